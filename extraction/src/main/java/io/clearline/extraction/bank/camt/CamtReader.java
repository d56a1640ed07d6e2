package io.clearline.extraction.bank.camt;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.extraction.bank.BankEntry;
import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import io.clearline.extraction.bank.BankFileSettings;
import io.clearline.extraction.bank.BankStatement;
import io.clearline.extraction.bank.ParsedFile;
import io.clearline.extraction.bank.PaymentIds;
import io.clearline.extraction.bank.PaymentTrace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads ISO 20022 camt.052 (account report), camt.053 (statement) and camt.054 (debit/credit
 * notification), namespace versions 01–08+, by element local names so one reader covers them all.
 * Booked, non-reversal credit entries become payments; batch entries whose transactions carry their
 * own amounts adding up to the entry become one payment per transaction.
 */
public final class CamtReader {

    private static final Map<BankFileFormat, String[]> ROOTS = Map.of(
            BankFileFormat.CAMT_052, new String[] {"BkToCstmrAcctRpt", "Rpt"},
            BankFileFormat.CAMT_053, new String[] {"BkToCstmrStmt", "Stmt"},
            BankFileFormat.CAMT_054, new String[] {"BkToCstmrDbtCdtNtfctn", "Ntfctn"});

    private final BankFileFormat format;
    private final PaymentIds ids;
    private final List<Payment> payments = new ArrayList<>();
    private final List<PaymentTrace> traces = new ArrayList<>();
    private final List<BankStatement> statements = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private CamtReader(BankFileFormat format, PaymentIds ids) {
        this.format = format;
        this.ids = ids;
    }

    public static ParsedFile read(byte[] bytes, BankFileFormat format, PaymentIds ids, BankFileSettings settings) {
        XmlNode document = SafeXml.parse(bytes, format, settings.maxRecords());
        String[] names = ROOTS.get(format);
        // Version 01 suffixed the message element (BkToCstmrStmtV01); later versions did not.
        XmlNode message = document.children.stream().filter(c -> c.name.equals(names[0]) || c.name.equals(names[0] + "V01"))
                .findFirst().orElseThrow(() -> new BankFileException(format,
                        "camt document has no " + names[0] + " message element under " + document.name));
        List<XmlNode> records = message.all(names[1]);
        if (records.isEmpty()) {
            throw new BankFileException(format, names[0] + " contains no " + names[1]
                    + " element (the schema requires at least one)");
        }
        CamtReader reader = new CamtReader(format, ids);
        Optional<LocalDate> created = CamtValues.parseDate(message.text("GrpHdr/CreDtTm"), format, "GrpHdr/CreDtTm");
        for (int r = 0; r < records.size(); r++) {
            reader.readRecord(records.get(r), r + 1, created, names[1]);
        }
        return new ParsedFile(format, reader.payments, reader.traces, reader.statements, reader.mismatches, reader.notes);
    }

    private void readRecord(XmlNode record, int number, Optional<LocalDate> created, String kind) {
        String account = record.firstText("Acct/Id/IBAN", "Acct/Id/Othr/Id");
        String where = kind + " " + number + " (" + record.text("Id") + ")";
        Optional<LocalDate> recordDate = CamtValues.parseDate(record.text("CreDtTm"), format, where).or(() -> created);
        List<BankEntry> entries = new ArrayList<>();
        List<XmlNode> ntries = record.all("Ntry");
        for (int e = 0; e < ntries.size(); e++) {
            readEntry(ntries.get(e), where + " entry " + (e + 1), "s" + number + ".e" + (e + 1), recordDate, entries,
                    account);
        }
        CamtTotals.check(record, entries, where, format, mismatches);
        statements.add(new BankStatement(account, record.text("Id"), balance(record, "OPBD", "PRCD"),
                balance(record, "CLBD", "CLAV"), entries));
    }

    private void readEntry(XmlNode ntry, String where, String position, Optional<LocalDate> recordDate,
                           List<BankEntry> entries, String account) {
        Money amount = CamtValues.money(ntry.at("Amt"), format, where)
                .orElseThrow(() -> new BankFileException(format, where + ": entry without an amount"));
        String indicator = ntry.text("CdtDbtInd");
        if (!indicator.equals("CRDT") && !indicator.equals("DBIT")) {
            throw new BankFileException(format, where + ": CdtDbtInd '" + indicator + "' is neither CRDT nor DBIT");
        }
        boolean credit = indicator.equals("CRDT");
        Optional<LocalDate> booking = CamtValues.date(ntry, "BookgDt", format);
        Optional<LocalDate> value = CamtValues.date(ntry, "ValDt", format);
        String status = ntry.firstText("Sts/Cd", "Sts");
        boolean reversal = ntry.text("RvslInd").equalsIgnoreCase("true");
        String bankRef = ntry.firstText("AcctSvcrRef", "NtryRef");
        List<XmlNode> txs = new ArrayList<>();
        ntry.all("NtryDtls").forEach(d -> txs.addAll(d.all("TxDtls")));
        String text = entryText(ntry, txs);
        entries.add(new BankEntry(credit ? BankEntry.Direction.CREDIT : BankEntry.Direction.DEBIT, amount.abs(),
                booking, value, ntry.firstText("BkTxCd/Domn/Cd", "BkTxCd/Prtry/Cd"), bankRef,
                txs.isEmpty() ? "" : txs.get(0).text("Refs/EndToEndId"), text));
        if (!credit || !amount.isPositive()) {
            return;
        }
        if (reversal || !(status.isEmpty() || status.equals("BOOK"))) {
            notes.add(where + ": credit " + amount + (reversal ? " is a reversal" : " has status " + status)
                    + "; not imported as a payment");
            return;
        }
        LocalDate date = value.or(() -> booking).or(() -> recordDate).orElseThrow(() ->
                new BankFileException(format, where + ": no value, booking or creation date"));
        CamtPayments.add(ntry, txs, amount, date, bankRef, position, ids, format, payments);
        CamtPayments.traces(payments.subList(traces.size(), payments.size()), account, ntry, txs, traces);
    }

    private static String entryText(XmlNode ntry, List<XmlNode> txs) {
        StringBuilder s = new StringBuilder();
        for (XmlNode tx : txs) {
            append(s, CamtRemittance.unstructured(tx));
            append(s, tx.text("AddtlTxInf"));
        }
        append(s, ntry.text("AddtlNtryInf"));
        return s.toString();
    }

    static void append(StringBuilder s, String part) {
        if (!part.isBlank()) {
            s.append(s.length() > 0 ? " | " : "").append(part.strip());
        }
    }

    private Optional<Money> balance(XmlNode record, String... codes) {
        for (String code : codes) {
            for (XmlNode bal : record.all("Bal")) {
                if (bal.firstText("Tp/CdOrPrtry/Cd", "Tp/Cd").equals(code)) {
                    Optional<Money> m = CamtValues.money(bal.at("Amt"), format, "balance " + code);
                    boolean debit = bal.text("CdtDbtInd").equals("DBIT");
                    return m.map(v -> debit ? v.negate() : v);
                }
            }
        }
        return Optional.empty();
    }
}
