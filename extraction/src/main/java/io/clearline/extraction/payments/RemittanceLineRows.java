package io.clearline.extraction.payments;

import io.clearline.core.PaymentId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.RemittanceLine;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of {@code extraction.payment_remittance_line}: one currency per line, each figure optional. */
final class RemittanceLineRows {

    private RemittanceLineRows() {
    }

    static void insert(JdbcClient jdbc, PaymentId payment, int position, RemittanceLine line) {
        List<Money> figures = Stream.of(line.grossAmount(), line.discountAmount(), line.deductionAmount(),
                line.paidAmount()).flatMap(Optional::stream).toList();
        String currency = figures.isEmpty() ? null : figures.get(0).currency().getCurrencyCode();
        if (figures.stream().anyMatch(m -> !m.currency().getCurrencyCode().equals(currency))) {
            // the parsers state a line in one currency; anything else would be lost in this shape
            throw new IllegalArgumentException("remittance line " + position + " of payment " + payment
                    + " mixes currencies " + figures);
        }
        jdbc.sql("insert into extraction.payment_remittance_line (payment_id, position, invoice_reference,"
                + " invoice_date, currency, gross_amount, discount_amount, deduction_amount, deduction_reason,"
                + " paid_amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(payment.value(), position, line.invoiceReference(),
                        line.invoiceDate().map(Date::valueOf).orElse(null), currency,
                        amount(line.grossAmount()), amount(line.discountAmount()), amount(line.deductionAmount()),
                        line.deductionReason().orElse(null), amount(line.paidAmount()))
                .update();
    }

    /** The lines of the given payments, in line order, by payment id. */
    static Map<String, List<RemittanceLine>> of(JdbcClient jdbc, String[] paymentIds) {
        Map<String, List<RemittanceLine>> byPayment = new HashMap<>();
        jdbc.sql("select * from extraction.payment_remittance_line where payment_id = any(?) order by payment_id, position")
                .param(paymentIds)
                .query((ResultSet rs) -> {
                    byPayment.computeIfAbsent(rs.getString("payment_id"), k -> new ArrayList<>()).add(map(rs));
                });
        return byPayment;
    }

    private static RemittanceLine map(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        return new RemittanceLine(
                rs.getString("invoice_reference"),
                Optional.ofNullable(rs.getObject("invoice_date", LocalDate.class)),
                money(rs.getBigDecimal("gross_amount"), currency),
                money(rs.getBigDecimal("discount_amount"), currency),
                money(rs.getBigDecimal("deduction_amount"), currency),
                Optional.ofNullable(rs.getString("deduction_reason")),
                money(rs.getBigDecimal("paid_amount"), currency));
    }

    private static Optional<Money> money(BigDecimal amount, String currency) {
        return amount == null ? Optional.empty() : Optional.of(Money.of(amount, currency));
    }

    private static BigDecimal amount(Optional<Money> money) {
        return money.map(Money::amount).orElse(null);
    }
}
