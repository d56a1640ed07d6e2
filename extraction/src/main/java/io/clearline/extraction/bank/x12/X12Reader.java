package io.clearline.extraction.bank.x12;

import io.clearline.core.receivables.Payment;
import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import io.clearline.extraction.bank.BankFileSettings;
import io.clearline.extraction.bank.BankStatement;
import io.clearline.extraction.bank.ParsedFile;
import io.clearline.extraction.bank.PaymentIds;
import io.clearline.extraction.bank.PaymentTrace;
import io.clearline.extraction.bank.TextFiles;
import io.clearline.extraction.bank.x12.X12Segments.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads X12 interchanges and their 820 (payment order / remittance advice) transactions. The
 * envelope is checked first and whole: ISA/IEA (group count, control number), GS/GE (transaction
 * count, control number), ST/SE (segment count, control number). Any other transaction set is refused:
 * this is the payment intake, not an EDI translator.
 */
public final class X12Reader {

    private static final BankFileFormat F = BankFileFormat.X12_820;

    private X12Reader() {
    }

    public static ParsedFile read(byte[] bytes, PaymentIds ids, BankFileSettings settings) {
        List<String> notes = new ArrayList<>();
        String text = TextFiles.decode(bytes, F, false, "", notes);
        List<Segment> segments = X12Segments.read(text, settings.maxRecords());
        List<String> mismatches = new ArrayList<>();
        List<List<Segment>> transactions = new ArrayList<>();
        Envelope.check(segments, mismatches, transactions);
        if (!mismatches.isEmpty() && settings.rejectsMismatchesIn(F)) {
            return new ParsedFile(F, List.of(), List.of(), List.of(), mismatches, notes); // envelope first: its reason wins
        }
        List<Payment> payments = new ArrayList<>();
        List<PaymentTrace> traces = new ArrayList<>();
        List<BankStatement> statements = new ArrayList<>();
        for (int t = 0; t < transactions.size(); t++) {
            List<Segment> tx = transactions.get(t);
            String type = tx.get(0).el(1);
            if (!type.equals("820")) {
                throw new BankFileException(F, "segment " + tx.get(0).number() + ": transaction set " + type
                        + " is not a payment order/remittance advice (820); only 820 is accepted as a payment file");
            }
            Transaction820.read(tx, "t" + (t + 1), ids, payments, traces, statements, mismatches, notes);
        }
        return new ParsedFile(F, payments, traces, statements, mismatches, notes);
    }
}
