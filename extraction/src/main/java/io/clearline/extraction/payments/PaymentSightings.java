package io.clearline.extraction.payments;

import io.clearline.core.PaymentId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.extraction.bank.PaymentTrace;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Payments seen again in a later file ({@code extraction.payment_sighting}) and what recognises them:
 * the stored payments' accounts and references ({@code extraction.payment_reference}).
 */
@Repository
public class PaymentSightings {

    /** Serialises the "seen before?" check and the insert across concurrent imports of different files. */
    private static final long LOCK = 0x636c_6561_7270_6d74L;

    private final JdbcClient jdbc;

    public PaymentSightings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Held until the importing transaction ends: two files carrying one booking cannot both store it. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
    }

    /** Stored payments of this amount whose value date is within {@code days} of {@code valueDate}, with their traces. */
    List<SameBooking.Known> candidates(Money amount, LocalDate valueDate, int days) {
        List<SameBooking.Known> out = new ArrayList<>();
        Map<String, String> accounts = new HashMap<>();
        List<Payment> found = jdbc.sql("select id, value_date, amount, currency, payer_name, payer_account, reference_text,"
                        + " account from extraction.payment where currency = ? and amount = ? and value_date between ? and ?"
                        + " order by value_date, id")
                .params(amount.currency().getCurrencyCode(), amount.amount(), valueDate.minusDays(days),
                        valueDate.plusDays(days))
                .query((rs, n) -> {
                    accounts.put(rs.getString("id"), rs.getString("account"));
                    return Payments.map(rs, n);
                }).list();
        if (found.isEmpty()) {
            return out;
        }
        Map<String, Map<PaymentTrace.Kind, String>> refs = new HashMap<>();
        jdbc.sql("select payment_id, kind, value from extraction.payment_reference where payment_id = any(?)")
                .param(found.stream().map(p -> p.id().value()).toArray(String[]::new))
                .query((ResultSet rs) -> {
                    refs.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(PaymentTrace.Kind.class))
                            .put(PaymentTrace.Kind.valueOf(rs.getString(2)), rs.getString(3));
                });
        for (Payment p : found) {
            out.add(new SameBooking.Known(p, new PaymentTrace(p.id(), accounts.get(p.id().value()),
                    refs.getOrDefault(p.id().value(), Map.of()))));
        }
        return out;
    }

    /** Stores what traces a new payment (its account is stored with the payment itself). */
    void insertReferences(PaymentTrace trace) {
        trace.references().forEach((kind, value) -> jdbc.sql(
                        "insert into extraction.payment_reference (payment_id, kind, value) values (?, ?, ?)")
                .params(trace.payment().value(), kind.name(), value).update());
    }

    void insert(UUID fileId, Sighting sighting) {
        jdbc.sql("insert into extraction.payment_sighting (id, payment_id, file_id, position, matched_on)"
                        + " values (?, ?, ?, ?, ?)")
                .params(sighting.sightingId().value(), sighting.paymentId().value(), fileId, sighting.position(),
                        sighting.matchedOn())
                .update();
    }

    /** The payments a file carried that had been imported before, in file order. */
    public List<Sighting> ofFile(UUID fileId) {
        return jdbc.sql("select id, payment_id, position, matched_on from extraction.payment_sighting where file_id = ?"
                        + " order by position")
                .param(fileId).query(PaymentSightings::map).list();
    }

    /** Every later sighting of a payment, oldest file first. */
    public List<Sighting> of(PaymentId payment) {
        return jdbc.sql("select s.id, s.payment_id, s.position, s.matched_on from extraction.payment_sighting s"
                        + " join extraction.payment_file f on f.id = s.file_id where s.payment_id = ?"
                        + " order by f.received_at, s.id")
                .param(payment.value()).query(PaymentSightings::map).list();
    }

    public Optional<String> account(PaymentId payment) {
        return jdbc.sql("select account from extraction.payment where id = ?").param(payment.value())
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(a -> a);
    }

    private static Sighting map(ResultSet rs, int row) throws SQLException {
        return new Sighting(new PaymentId(rs.getString("id")), new PaymentId(rs.getString("payment_id")),
                rs.getInt("position"), rs.getString("matched_on"));
    }
}
