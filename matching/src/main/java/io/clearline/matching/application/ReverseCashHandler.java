package io.clearline.matching.application;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.governance.ActionContext;
import io.clearline.governance.ActionHandler;
import io.clearline.governance.ActionOutcome;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Executes {@code cash.reverse}: records a reversal next to the payment's application (never editing
 * it) and gives the open items back what the application took ({@code applied + discount}). Refuses a
 * payment never applied, one already reversed, and a restore that would leave an item owing more than
 * its original amount (the ERP changed it meanwhile: a person sorts that out).
 */
@Component
public class ReverseCashHandler implements ActionHandler<ReverseCash> {

    private final JdbcClient jdbc;
    private final OpenItemRows items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReverseCashHandler(JdbcClient jdbc, OpenItemRows items, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public String kind() {
        return ReverseCash.KIND;
    }

    @Override
    public Class<ReverseCash> payloadType() {
        return ReverseCash.class;
    }

    private record Applied(String customerId, String documentNumber, String currency, BigDecimal applied,
            BigDecimal discount) {
    }

    @Override
    public ActionOutcome execute(ActionContext<ReverseCash> action) {
        String payment = action.payload().paymentId().strip();
        // the lock makes two concurrent reversals of one payment wait for each other
        boolean applied = jdbc.sql("select payment_id from matching.applied_payment where payment_id = :p for update")
                .param("p", payment).query(String.class).optional().isPresent();
        if (!applied) {
            throw new ApplicationRefused("payment " + payment + " has no application to reverse");
        }
        if (jdbc.sql("select count(*) from matching.reversal where payment_id = :p").param("p", payment)
                .query(Long.class).single() > 0) {
            throw new ApplicationRefused("payment " + payment + " is already reversed");
        }
        List<Applied> rows = jdbc.sql("select customer_id, document_number, currency, applied_amount, discount_amount "
                + "from matching.application where payment_id = :p order by customer_id, document_number")
                .param("p", payment)
                .query((rs, n) -> new Applied(rs.getString(1), rs.getString(2), rs.getString(3).strip(),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
        List<Money> restoredAmounts = new ArrayList<>();
        for (Applied a : rows) {
            OpenItemRows.Stored stored = items.lock(new CustomerId(a.customerId()), a.documentNumber())
                    .orElseThrow(() -> new ApplicationRefused("open item " + a.documentNumber() + " no longer exists"));
            Money restored = stored.item().openAmount().plus(Money.of(a.applied().add(a.discount()), a.currency()));
            if (restored.abs().isGreaterThan(stored.item().originalAmount().abs())) {
                throw new ApplicationRefused("open item " + a.documentNumber() + " would owe " + restored.toPlainString()
                        + ", more than its original " + stored.item().originalAmount().toPlainString());
            }
            restoredAmounts.add(restored);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("insert into matching.reversal (payment_id, proposal_id, reason, reversed_by, reversed_at) "
                + "values (:p, :proposal, :reason, :by, :now)")
                .param("p", payment).param("proposal", action.proposalId()).param("reason", action.payload().reason())
                .param("by", action.approvedBy().id()).param("now", Timestamp.from(now)).update();
        List<ApplyCash.Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Applied a = rows.get(i);
            items.setOpenAmount(new CustomerId(a.customerId()), a.documentNumber(), restoredAmounts.get(i).amount(), now);
            lines.add(new ApplyCash.Line(a.customerId(), a.documentNumber(), a.applied(), a.discount(), BigDecimal.ZERO,
                    null, restoredAmounts.get(i).amount(), 0));
        }
        events.publishEvent(new CashReversed(payment, action.proposalId(), lines));
        return new ActionOutcome("application of payment " + payment + " reversed; " + rows.size()
                + " open item(s) restored", payment);
    }
}
