package io.clearline.core.receivables;

import io.clearline.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A payer's statement of what a payment covers, from a document, an e-mail or an EDI 820. */
public record RemittanceAdvice(
        Optional<String> payerName,
        Optional<LocalDate> paymentDate,
        Optional<Money> paymentAmount,
        Optional<String> paymentReference,
        List<RemittanceLine> lines) {

    public RemittanceAdvice {
        payerName = payerName == null ? Optional.empty() : payerName;
        paymentDate = paymentDate == null ? Optional.empty() : paymentDate;
        paymentAmount = paymentAmount == null ? Optional.empty() : paymentAmount;
        paymentReference = paymentReference == null ? Optional.empty() : paymentReference;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
