package io.clearline.extraction.bank;

import io.clearline.core.receivables.Payment;
import java.util.List;

/** What reading one payment file came to: all of it, or none of it with the reason. */
public sealed interface BankFileResult {

    BankFileFormat format();

    /** SHA-256 of the file bytes (hex); the same file always has the same digest. */
    String contentSha256();

    /**
     * Accepted as a whole; {@code payments} are the incoming credits, {@code traces} their accounts and
     * references (what recognises the same booking in another file), {@code statements} everything read.
     */
    record Accepted(BankFileFormat format, String contentSha256, List<Payment> payments, List<PaymentTrace> traces,
                    List<BankStatement> statements, List<String> warnings) implements BankFileResult {
        public Accepted {
            payments = List.copyOf(payments);
            traces = List.copyOf(traces);
            statements = List.copyOf(statements);
            warnings = List.copyOf(warnings);
        }
    }

    /** Refused as a whole; {@code reason} names the record/line and, for totals, expected vs found. */
    record Rejected(BankFileFormat format, String contentSha256, String reason) implements BankFileResult {
    }
}
