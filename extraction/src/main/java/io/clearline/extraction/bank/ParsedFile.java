package io.clearline.extraction.bank;

import io.clearline.core.receivables.Payment;
import java.util.List;

/**
 * What a format reader found, before policy: totals disagreements are listed, not yet judged, so
 * {@link PaymentFiles} alone decides between rejecting and accepting with warnings.
 */
public record ParsedFile(BankFileFormat format, List<Payment> payments, List<BankStatement> statements,
                         List<String> totalsMismatches, List<String> notes) {

    public ParsedFile {
        payments = List.copyOf(payments);
        statements = List.copyOf(statements);
        totalsMismatches = List.copyOf(totalsMismatches);
        notes = List.copyOf(notes);
    }
}
