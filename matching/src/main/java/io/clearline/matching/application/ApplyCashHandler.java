package io.clearline.matching.application;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.governance.ActionContext;
import io.clearline.governance.BatchActionHandler;
import io.clearline.governance.ActionOutcome;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Executes {@code cash.apply} inside the gateway's transaction: records the payment as applied (once:
 * its primary key), one {@code matching.application} row per allocation, and reduces each open item.
 * Refuses (the gateway then rolls these writes back and marks the proposal FAILED) when an item is
 * unknown, changed since the proposal, in another currency, or would be over-applied.
 */
@Component
public class ApplyCashHandler implements BatchActionHandler<ApplyCash> {

    static final String INSERT_APPLICATION = "insert into matching.application (id, payment_id, proposal_id, customer_id, "
            + "document_number, currency, applied_amount, discount_amount, deduction_amount, deduction_reason, created_at) "
            + "values (:id, :p, :proposal, :c, :d, :cur, :applied, :discount, :deduction, :reason, :now)";

    private final JdbcClient jdbc;
    private final OpenItemRows items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ApplyCashHandler(JdbcClient jdbc, OpenItemRows items, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public String kind() {
        return ApplyCash.KIND;
    }

    @Override
    public Class<ApplyCash> payloadType() {
        return ApplyCash.class;
    }

    /** All checks come before the first write (see {@link #execute}). */
    @Override
    public boolean refusesBeforeWriting() {
        return true;
    }

    @Override
    public ActionOutcome execute(ActionContext<ApplyCash> action) {
        ApplyCash cash = action.payload();
        checkWhole(cash, jdbc.sql("select count(*) from matching.applied_payment where payment_id = :p")
                .param("p", cash.paymentId()).query(Long.class).single() > 0);
        // every check before any write, so a refusal leaves nothing even outside the gateway's savepoint
        List<Money> reduced = new ArrayList<>();
        for (ApplyCash.Line line : cash.allocations()) {
            reduced.add(checkLine(cash, line, items.lock(new CustomerId(line.customerId()), line.documentNumber())));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean first = jdbc.sql("insert into matching.applied_payment (payment_id, proposal_id, currency, amount, "
                + "unapplied_amount, applied_by, applied_at) values (:p, :proposal, :cur, :amount, :unapplied, :by, :now) "
                + "on conflict (payment_id) do nothing")
                .param("p", cash.paymentId()).param("proposal", action.proposalId()).param("cur", cash.currency())
                .param("amount", cash.amount()).param("unapplied", cash.unapplied())
                .param("by", action.approvedBy().id()).param("now", Timestamp.from(now)).update() == 1;
        if (!first) {
            throw new ApplicationRefused("payment " + cash.paymentId() + " is already applied");
        }
        for (int i = 0; i < reduced.size(); i++) {
            ApplyCash.Line line = cash.allocations().get(i);
            items.setOpenAmount(new CustomerId(line.customerId()), line.documentNumber(), reduced.get(i).amount(), now);
            jdbc.sql(INSERT_APPLICATION).paramSource(CashBatchWriter.applicationRow(action.proposalId(), cash, line, now))
                    .update();
        }
        events.publishEvent(new CashApplied(cash.paymentId(), action.proposalId(), cash.allocations()));
        return outcome(cash);
    }

    /** Many at once, as the gateway hands a batch over: one lock, one read, batched writes. */
    @Override
    public List<Result> executeAll(List<ActionContext<ApplyCash>> actions) {
        List<CashBatchWriter.Accepted> accepted = new ArrayList<>();
        List<Result> results = new CashBatchWriter(jdbc, items).apply(actions,
                clock.instant().truncatedTo(ChronoUnit.MICROS), accepted);
        accepted.forEach(a -> events.publishEvent(new CashApplied(a.action().payload().paymentId(),
                a.action().proposalId(), a.action().payload().allocations())));
        return results;
    }

    static ActionOutcome outcome(ApplyCash cash) {
        return new ActionOutcome("payment " + cash.paymentId() + " applied to " + cash.allocations().size()
                + " open item(s), " + cash.unapplied().toPlainString() + " " + cash.currency() + " unapplied",
                cash.paymentId());
    }

    /** Checks on the payload as a whole: it balances, the payment is not applied yet, no item twice. */
    static void checkWhole(ApplyCash cash, boolean alreadyApplied) {
        if (total(cash).compareTo(cash.amount()) != 0) {
            throw new ApplicationRefused("allocations and unapplied add up to " + total(cash).toPlainString()
                    + ", the payment is " + cash.amount().toPlainString());
        }
        if (alreadyApplied) {
            throw new ApplicationRefused("payment " + cash.paymentId() + " is already applied");
        }
        long documents = cash.allocations().stream().map(l -> l.customerId() + "\u0000" + l.documentNumber()).distinct().count();
        if (documents != cash.allocations().size()) {
            throw new ApplicationRefused("an open item appears twice in the allocations of payment " + cash.paymentId());
        }
    }

    /** Checks one line against the item as it stands and returns its open amount after the line, or refuses. */
    static Money checkLine(ApplyCash cash, ApplyCash.Line line, Optional<OpenItemRows.Stored> current) {
        String what = "open item " + line.documentNumber() + " of " + line.customerId();
        OpenItemRows.Stored stored = current.orElseThrow(() -> new ApplicationRefused(what + " does not exist"));
        Money open = stored.item().openAmount();
        if (!open.currency().getCurrencyCode().equals(cash.currency())) {
            throw new ApplicationRefused(what + " is in " + open.currency() + ", the payment in " + cash.currency());
        }
        Money expected = Money.of(line.expectedOpenAmount(), cash.currency());
        if (stored.version() != line.expectedVersion() || open.compareTo(expected) != 0) {
            throw new ApplicationRefused(what + " changed since the proposal (open " + open.toPlainString()
                    + ", version " + stored.version() + "; proposed against " + expected.toPlainString() + ", version "
                    + line.expectedVersion() + ")");
        }
        Money reduced = open.minus(Money.of(line.applied().add(line.discount()), cash.currency()));
        // an invoice cannot be paid below zero, a credit memo (negative) cannot be used above zero
        if (open.signum() >= 0 ? reduced.isNegative() : reduced.isPositive()) {
            throw new ApplicationRefused(what + ": applying " + line.applied().add(line.discount()).toPlainString()
                    + " to an open amount of " + open.toPlainString() + " would leave " + reduced.toPlainString());
        }
        return reduced;
    }

    /** What the payload accounts for: every allocation plus the unapplied remainder. */
    private static BigDecimal total(ApplyCash cash) {
        return cash.allocations().stream().map(ApplyCash.Line::applied).reduce(cash.unapplied(), BigDecimal::add);
    }
}
