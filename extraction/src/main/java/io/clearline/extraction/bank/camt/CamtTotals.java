package io.clearline.extraction.bank.camt;

import io.clearline.extraction.bank.BankEntry;
import io.clearline.extraction.bank.BankFileFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Checks a statement's {@code TxsSummry} against its entries: number and sum of all entries, of
 * credits, of debits, and the net amount. Absent summary fields are not checked.
 */
final class CamtTotals {

    private CamtTotals() {
    }

    static void check(XmlNode record, List<BankEntry> entries, String where, BankFileFormat format,
                      List<String> mismatches) {
        Optional<XmlNode> summary = record.at("TxsSummry");
        if (summary.isEmpty()) {
            return;
        }
        XmlNode s = summary.get();
        BigDecimal credits = sum(entries, BankEntry.Direction.CREDIT);
        BigDecimal debits = sum(entries, BankEntry.Direction.DEBIT);
        long creditCount = entries.stream().filter(e -> e.direction() == BankEntry.Direction.CREDIT).count();
        compareCount(s, "TtlNtries/NbOfNtries", entries.size(), where, mismatches);
        compareSum(s, "TtlNtries/Sum", credits.add(debits), where, format, mismatches);
        compareCount(s, "TtlCdtNtries/NbOfNtries", creditCount, where, mismatches);
        compareSum(s, "TtlCdtNtries/Sum", credits, where, format, mismatches);
        compareCount(s, "TtlDbtNtries/NbOfNtries", entries.size() - creditCount, where, mismatches);
        compareSum(s, "TtlDbtNtries/Sum", debits, where, format, mismatches);
        Optional<XmlNode> net = s.at("TtlNtries/TtlNetNtry/Amt").or(() -> s.at("TtlNtries/TtlNetNtryAmt"));
        if (net.isPresent()) {
            String indicator = s.firstText("TtlNtries/TtlNetNtry/CdtDbtInd", "TtlNtries/CdtDbtInd");
            BigDecimal stated = CamtValues.decimal(net.get(), format, where).orElse(BigDecimal.ZERO);
            stated = indicator.equals("DBIT") ? stated.negate() : stated;
            BigDecimal found = credits.subtract(debits);
            if (stated.compareTo(found) != 0) {
                mismatches.add(where + ": TxsSummry net amount states " + stated.toPlainString()
                        + ", entries net " + found.toPlainString());
            }
        }
    }

    private static BigDecimal sum(List<BankEntry> entries, BankEntry.Direction direction) {
        return entries.stream().filter(e -> e.direction() == direction).map(e -> e.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void compareCount(XmlNode s, String path, long found, String where, List<String> mismatches) {
        String stated = s.text(path);
        if (!stated.isEmpty() && !stated.equals(Long.toString(found))) {
            mismatches.add(where + ": TxsSummry " + path + " states " + stated + ", found " + found + " entries");
        }
    }

    private static void compareSum(XmlNode s, String path, BigDecimal found, String where, BankFileFormat format,
                                   List<String> mismatches) {
        Optional<XmlNode> node = s.at(path);
        if (node.isEmpty()) {
            return;
        }
        BigDecimal stated = CamtValues.decimal(node.get(), format, where).orElse(null);
        if (stated != null && stated.compareTo(found) != 0) {
            mismatches.add(where + ": TxsSummry " + path + " states " + stated.toPlainString() + ", entries add up to "
                    + found.toPlainString());
        }
    }
}
