package io.clearline.matching.batch;

import io.clearline.core.exception.ExceptionCategory;
import io.clearline.matching.Allocation;
import io.clearline.matching.MatchResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes proposals.csv: one row per allocation, the unapplied remainder with an empty document number. */
public final class ProposalWriter implements AutoCloseable {

    public static final String[] HEADER = {"payment_id", "customer_id", "document_number", "applied_amount",
        "discount_amount", "deduction_amount", "deduction_reason_code", "confidence", "decision", "explanation"};

    private final CSVPrinter printer;

    public ProposalWriter(Writer out) throws IOException {
        printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out);
    }

    public void write(MatchResult result) throws IOException {
        String confidence = String.format(Locale.ROOT, "%.4f", result.confidence().value());
        for (Allocation a : result.allocations()) {
            String explanation = a.explanation();
            if (!a.isRemainder() && !result.notes().isEmpty()) {
                explanation += " [review: " + String.join("; ", result.notes()) + "]";
            }
            printer.printRecord(result.paymentId().value(), a.customer().map(Object::toString).orElse(""),
                    a.documentNumber().orElse(""), a.applied().toPlainString(),
                    a.isRemainder() ? "" : a.discount().toPlainString(), a.isRemainder() ? "" : a.deduction().toPlainString(),
                    a.deductionReason().map(ExceptionCategory::code).orElse(""), confidence,
                    result.decisionFor(a).name(), explanation);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
