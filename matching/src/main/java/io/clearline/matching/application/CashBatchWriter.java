package io.clearline.matching.application;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.OpenItem;
import io.clearline.governance.ActionContext;
import io.clearline.governance.ActionOutcome;
import io.clearline.governance.BatchActionHandler;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code cash.apply} for a batch of approved proposals: the same checks as one at a time, against the
 * items locked once for the batch and kept up to date in memory as each payment is accepted (so two
 * payments of one batch on the same item are checked in order), then every write as a JDBC batch. A
 * refused payment writes nothing; the others go on.
 */
final class CashBatchWriter {

    private final JdbcClient jdbc;
    private final OpenItemRows items;

    CashBatchWriter(JdbcClient jdbc, OpenItemRows items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    /** The accepted applications, for the events. */
    record Accepted(ActionContext<ApplyCash> action) {
    }

    List<BatchActionHandler.Result> apply(List<ActionContext<ApplyCash>> actions, Instant now, List<Accepted> accepted) {
        Set<OpenItemRows.ItemKey> keys = new HashSet<>();
        actions.forEach(a -> a.payload().allocations().forEach(l -> keys.add(key(l))));
        Map<OpenItemRows.ItemKey, OpenItemRows.Stored> state = items.lockAll(keys);
        Set<String> paid = new HashSet<>(jdbc.sql("select payment_id from matching.applied_payment where payment_id = any(:ids)")
                .param("ids", actions.stream().map(a -> a.payload().paymentId()).toArray(String[]::new))
                .query(String.class).list());
        Map<OpenItemRows.ItemKey, OpenItemRows.Stored> changed = new LinkedHashMap<>();
        List<MapSqlParameterSource> payments = new ArrayList<>();
        List<MapSqlParameterSource> applications = new ArrayList<>();
        List<BatchActionHandler.Result> results = new ArrayList<>(actions.size());
        for (ActionContext<ApplyCash> action : actions) {
            ApplyCash cash = action.payload();
            try {
                ApplyCashHandler.checkWhole(cash, paid.contains(cash.paymentId()));
                List<OpenItemRows.Stored> after = new ArrayList<>();
                for (ApplyCash.Line line : cash.allocations()) {
                    OpenItemRows.Stored now0 = state.get(key(line));
                    Money reduced = ApplyCashHandler.checkLine(cash, line, java.util.Optional.ofNullable(now0));
                    after.add(new OpenItemRows.Stored(withOpen(now0.item(), reduced), now0.version() + 1));
                }
                for (int i = 0; i < after.size(); i++) {
                    OpenItemRows.ItemKey k = key(cash.allocations().get(i));
                    state.put(k, after.get(i));
                    changed.put(k, after.get(i));
                }
                paid.add(cash.paymentId());
                payments.add(paymentRow(action, now));
                cash.allocations().forEach(l -> applications.add(applicationRow(action.proposalId(), cash, l, now)));
                accepted.add(new Accepted(action));
                results.add(BatchActionHandler.Result.done(ApplyCashHandler.outcome(cash)));
            } catch (ApplicationRefused e) {
                results.add(BatchActionHandler.Result.refused(e));
            }
        }
        items.write("insert into matching.applied_payment (payment_id, proposal_id, currency, amount, unapplied_amount, "
                + "applied_by, applied_at) values (:p, :proposal, :cur, :amount, :unapplied, :by, :now)", payments);
        items.setAll(changed, now);
        items.write(ApplyCashHandler.INSERT_APPLICATION, applications);
        return results;
    }

    private static MapSqlParameterSource paymentRow(ActionContext<ApplyCash> action, Instant now) {
        ApplyCash cash = action.payload();
        return new MapSqlParameterSource().addValue("p", cash.paymentId()).addValue("proposal", action.proposalId())
                .addValue("cur", cash.currency()).addValue("amount", cash.amount()).addValue("unapplied", cash.unapplied())
                .addValue("by", action.approvedBy().id()).addValue("now", Timestamp.from(now));
    }

    static MapSqlParameterSource applicationRow(UUID proposal, ApplyCash cash, ApplyCash.Line line, Instant now) {
        return new MapSqlParameterSource().addValue("id", UUID.randomUUID()).addValue("p", cash.paymentId())
                .addValue("proposal", proposal).addValue("c", line.customerId()).addValue("d", line.documentNumber())
                .addValue("cur", cash.currency()).addValue("applied", line.applied()).addValue("discount", line.discount())
                .addValue("deduction", line.deduction()).addValue("reason", line.deductionReason())
                .addValue("now", Timestamp.from(now));
    }

    private static OpenItemRows.ItemKey key(ApplyCash.Line line) {
        return new OpenItemRows.ItemKey(new CustomerId(line.customerId()), line.documentNumber());
    }

    private static OpenItem withOpen(OpenItem i, Money open) {
        return new OpenItem(i.customerId(), i.documentNumber(), i.type(), i.poNumber(), i.issueDate(), i.dueDate(),
                i.terms(), i.originalAmount(), open);
    }

}
