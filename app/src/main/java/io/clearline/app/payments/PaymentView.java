package io.clearline.app.payments;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored payment as the API shows it; amounts are exact decimals in the payment's currency. */
record PaymentView(
        String id,
        UUID fileId,
        String status,
        LocalDate valueDate,
        BigDecimal amount,
        String currency,
        String payerName,
        String payerAccount,
        String referenceText,
        List<Line> remittanceLines) {

    static PaymentView of(Payment p, UUID fileId, String status) {
        return new PaymentView(p.id().value(), fileId, status, p.valueDate(), p.amount().amount(),
                p.amount().currency().getCurrencyCode(), p.payerName().orElse(null), p.payerAccount().orElse(null),
                p.referenceText(), p.remittanceLines().stream().map(Line::of).toList());
    }

    /** One remittance line: the invoice the payer means and how the paid amount breaks down. */
    record Line(String invoiceReference, LocalDate invoiceDate, BigDecimal grossAmount, BigDecimal discountAmount,
                BigDecimal deductionAmount, String deductionReason, BigDecimal paidAmount) {

        static Line of(RemittanceLine l) {
            return new Line(l.invoiceReference(), l.invoiceDate().orElse(null),
                    l.grossAmount().map(Money::amount).orElse(null), l.discountAmount().map(Money::amount).orElse(null),
                    l.deductionAmount().map(Money::amount).orElse(null), l.deductionReason().orElse(null),
                    l.paidAmount().map(Money::amount).orElse(null));
        }
    }
}
