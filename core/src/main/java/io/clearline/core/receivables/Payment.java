package io.clearline.core.receivables;

import io.clearline.core.PaymentId;
import io.clearline.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received: from a bank or EDI file, a remittance document, or the API. Remittance lines,
 * when the source carried them, say which invoices the payer means.
 */
public record Payment(
        PaymentId id,
        LocalDate valueDate,
        Money amount,
        Optional<String> payerName,
        Optional<String> payerAccount,
        String referenceText,
        List<RemittanceLine> remittanceLines) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
        payerName = payerName == null ? Optional.empty() : payerName.filter(n -> !n.isBlank());
        payerAccount = payerAccount == null ? Optional.empty() : payerAccount.filter(a -> !a.isBlank());
        referenceText = referenceText == null ? "" : referenceText;
        remittanceLines = remittanceLines == null ? List.of() : List.copyOf(remittanceLines);
    }

    public boolean hasRemittance() {
        return !remittanceLines.isEmpty();
    }

    public Payment withRemittanceLines(List<RemittanceLine> lines) {
        return new Payment(id, valueDate, amount, payerName, payerAccount, referenceText, lines);
    }
}
