package io.clearline.extraction.bank;

import io.clearline.core.receivables.Payment;
import java.util.List;

/**
 * What a format reader found, before policy: totals disagreements are listed, not yet judged, so
 * {@link PaymentFiles} alone decides between rejecting and accepting with warnings.
 * {@code traces} has one entry per payment, in the same order.
 */
public record ParsedFile(BankFileFormat format, List<Payment> payments, List<PaymentTrace> traces,
                         List<BankStatement> statements, List<String> totalsMismatches, List<String> notes) {

    public ParsedFile {
        payments = List.copyOf(payments);
        traces = List.copyOf(traces);
        if (traces.size() != payments.size()) {
            throw new IllegalArgumentException("one trace per payment: " + traces.size() + " for " + payments.size());
        }
        for (int i = 0; i < traces.size(); i++) {
            if (!traces.get(i).payment().equals(payments.get(i).id())) {
                throw new IllegalArgumentException("trace " + i + " is not for payment " + payments.get(i).id());
            }
        }
        statements = List.copyOf(statements);
        totalsMismatches = List.copyOf(totalsMismatches);
        notes = List.copyOf(notes);
    }
}
