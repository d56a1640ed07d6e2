package io.clearline.extraction.payments;

import io.clearline.core.PaymentId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Imported payments ({@code extraction.payment} and their remittance lines) in the {@code core}
 * shape cash application consumes. Matching reads {@link #unapplied(int)} and {@link #find}.
 */
@Repository
public class Payments {

    private static final String COLUMNS =
            "id, value_date, amount, currency, payer_name, payer_account, reference_text";

    private final JdbcClient jdbc;

    public Payments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Payment> find(PaymentId id) {
        return withLines(jdbc.sql("select " + COLUMNS + " from extraction.payment where id = ?")
                .param(id.value()).query(Payments::map).list()).stream().findFirst();
    }

    /** Payments not yet applied, oldest value date first (then by id, so pages are stable). */
    public List<Payment> unapplied(int limit) {
        return withLines(jdbc.sql("select " + COLUMNS + " from extraction.payment where status = 'UNAPPLIED'"
                + " order by value_date, id limit ?").param(Math.max(0, limit)).query(Payments::map).list());
    }

    /** A file's payments in file order. */
    public List<Payment> ofFile(UUID fileId) {
        return withLines(jdbc.sql("select " + COLUMNS + " from extraction.payment where file_id = ? order by position")
                .param(fileId).query(Payments::map).list());
    }

    public Optional<PaymentStatus> status(PaymentId id) {
        return jdbc.sql("select status from extraction.payment where id = ?").param(id.value())
                .query((rs, n) -> PaymentStatus.valueOf(rs.getString(1))).optional();
    }

    /**
     * Records whether cash application has used the payment (called in the applying or reversing
     * transaction, so the flag commits with the application). Returns false for an unknown payment.
     */
    public boolean markStatus(PaymentId id, PaymentStatus status) {
        return jdbc.sql("update extraction.payment set status = ? where id = ?").params(status.name(), id.value())
                .update() == 1;
    }

    /** The file a payment came from. */
    public Optional<UUID> fileOf(PaymentId id) {
        return jdbc.sql("select file_id from extraction.payment where id = ?").param(id.value())
                .query((rs, n) -> rs.getObject(1, UUID.class)).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from extraction.payment").query(Long.class).single();
    }

    /**
     * Stores a file's new payments as unapplied, with the receiving account; called inside the file's
     * import transaction.
     *
     * @param positions each payment's place among the file's payments (seen-before ones are not stored)
     */
    void insertAll(UUID fileId, List<Payment> payments, List<Integer> positions, List<String> accounts) {
        for (int i = 0; i < payments.size(); i++) {
            Payment p = payments.get(i);
            String account = accounts.get(i);
            jdbc.sql("insert into extraction.payment (id, file_id, position, value_date, amount, currency,"
                    + " payer_name, payer_account, reference_text, account) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(p.id().value(), fileId, positions.get(i), Date.valueOf(p.valueDate()), p.amount().amount(),
                            p.amount().currency().getCurrencyCode(), p.payerName().orElse(null),
                            p.payerAccount().orElse(null), p.referenceText(), account.isBlank() ? null : account)
                    .update();
            List<RemittanceLine> lines = p.remittanceLines();
            for (int n = 0; n < lines.size(); n++) {
                RemittanceLineRows.insert(jdbc, p.id(), n, lines.get(n));
            }
        }
    }

    private List<Payment> withLines(List<Payment> payments) {
        if (payments.isEmpty()) {
            return payments;
        }
        Map<String, List<RemittanceLine>> lines = RemittanceLineRows.of(jdbc,
                payments.stream().map(p -> p.id().value()).toArray(String[]::new));
        List<Payment> out = new ArrayList<>(payments.size());
        for (Payment p : payments) {
            out.add(p.withRemittanceLines(lines.getOrDefault(p.id().value(), List.of())));
        }
        return out;
    }

    static Payment map(ResultSet rs, int row) throws SQLException {
        return new Payment(
                new PaymentId(rs.getString("id")),
                rs.getObject("value_date", java.time.LocalDate.class),
                Money.of(rs.getBigDecimal("amount"), rs.getString("currency")),
                Optional.ofNullable(rs.getString("payer_name")),
                Optional.ofNullable(rs.getString("payer_account")),
                rs.getString("reference_text"),
                List.of());
    }
}
