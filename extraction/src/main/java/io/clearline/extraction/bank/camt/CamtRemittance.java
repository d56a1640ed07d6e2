package io.clearline.extraction.bank.camt;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.RemittanceLine;
import io.clearline.extraction.bank.BankFileFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remittance from a camt transaction's {@code RmtInf}: structured {@code Strd/RfrdDocInf} documents
 * with their amounts become lines; a creditor reference ({@code CdtrRefInf/Ref}) stands in when no
 * document number is given. Unstructured {@code Ustrd} text goes to the payment's reference text.
 */
final class CamtRemittance {

    private CamtRemittance() {
    }

    static List<RemittanceLine> lines(XmlNode tx, BankFileFormat format) {
        List<RemittanceLine> lines = new ArrayList<>();
        Optional<XmlNode> rmt = tx.at("RmtInf");
        if (rmt.isEmpty()) {
            return lines;
        }
        for (XmlNode strd : rmt.get().all("Strd")) {
            List<XmlNode> docs = strd.all("RfrdDocInf");
            XmlNode amounts = strd.at("RfrdDocAmt").orElse(null);
            if (docs.isEmpty()) {
                String ref = strd.text("CdtrRefInf/Ref");
                if (!ref.isEmpty()) {
                    lines.add(line(ref, Optional.empty(), amounts, format));
                }
                continue;
            }
            for (XmlNode doc : docs) {
                // Only a single referred document can own the block's amounts unambiguously.
                lines.add(line(doc.text("Nb"), CamtValues.parseDate(doc.text("RltdDt"), format, "RltdDt"),
                        docs.size() == 1 ? amounts : null, format));
            }
        }
        return lines;
    }

    /** Free text: every {@code Ustrd} and every structured block's {@code AddtlRmtInf}. */
    static String unstructured(XmlNode tx) {
        return tx.at("RmtInf").map(r -> {
            List<String> parts = new ArrayList<>(r.all("Ustrd").stream().map(XmlNode::ownText).toList());
            r.all("Strd").forEach(s -> s.all("AddtlRmtInf").forEach(a -> parts.add(a.ownText())));
            return String.join(" ", parts.stream().filter(p -> !p.isBlank()).toList());
        }).orElse("").strip();
    }

    private static RemittanceLine line(String reference, Optional<java.time.LocalDate> date, XmlNode amounts,
                                       BankFileFormat format) {
        Optional<Money> due = Optional.empty();
        Optional<Money> discount = Optional.empty();
        Optional<Money> creditNote = Optional.empty();
        Optional<Money> paid = Optional.empty();
        if (amounts != null) {
            due = CamtValues.money(amounts.at("DuePyblAmt"), format, "RfrdDocAmt/DuePyblAmt");
            discount = CamtValues.money(amounts.at("DscntApldAmt/Amt").or(() -> amounts.at("DscntApldAmt")),
                    format, "RfrdDocAmt/DscntApldAmt");
            creditNote = CamtValues.money(amounts.at("CdtNoteAmt"), format, "RfrdDocAmt/CdtNoteAmt");
            paid = CamtValues.money(amounts.at("RmtdAmt"), format, "RfrdDocAmt/RmtdAmt");
        }
        return new RemittanceLine(reference, date, due, discount, creditNote,
                creditNote.map(c -> "credit note"), paid);
    }
}
