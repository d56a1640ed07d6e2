package io.clearline.extraction.bank.bai2;

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
import io.clearline.extraction.bank.TextFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Reads a BAI2 file (01 file, 02 group, 03 account, 16 detail, 88 continuation, 49/98/99 trailers)
 * and checks every trailer: control totals (algebraic sum of all amounts in the 03, 16 and 88
 * records below it) and record counts (physical records, continuations included).
 * <p>
 * A blank 49 control total is read as "not stated", not as zero: the bank left the field empty, and
 * the group (98) and file (99) totals, which are always checked, still cover the account's amounts.
 * It becomes a warning, so the file is imported but the gap is visible.
 */
public final class Bai2Reader {

    private static final BankFileFormat F = BankFileFormat.BAI2;

    private final PaymentIds ids;
    private final List<Payment> payments = new ArrayList<>();
    private final List<PaymentTrace> traces = new ArrayList<>();
    private final List<BankStatement> statements = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Bai2Reader(PaymentIds ids) {
        this.ids = ids;
    }

    public static ParsedFile read(byte[] bytes, PaymentIds ids, BankFileSettings settings) {
        List<String> notes = new ArrayList<>();
        String text = TextFiles.decode(bytes, F, false, "", notes);
        List<Bai2Record> records = Bai2Tokens.read(text, settings.maxRecords());
        Bai2Reader reader = new Bai2Reader(ids);
        reader.notes.addAll(notes);
        records.stream().filter(r -> !r.wrappedLines().isEmpty()).forEach(r -> reader.notes.add(r.where()
                + ": text continued on line(s) " + r.wrappedLines() + " without an 88 record code; kept as text"));
        reader.walk(records);
        return new ParsedFile(F, reader.payments, reader.traces, reader.statements, reader.mismatches, reader.notes);
    }

    private void walk(List<Bai2Record> records) {
        if (records.isEmpty() || !records.get(0).code().equals("01")) {
            throw new BankFileException(F, records.isEmpty() ? "no records"
                    : "file must start with a 01 file header; found " + records.get(0).where());
        }
        int i = 1;
        long fileTotal = 0;
        int fileRecords = records.get(0).physicalCount();
        int groups = 0;
        while (i < records.size() && records.get(i).code().equals("02")) {
            groups++;
            GroupResult g = readGroup(records, i, groups);
            fileTotal += g.total;
            fileRecords += g.records;
            i = g.next;
        }
        Bai2Record trailer = expect(records, i, "99", "file trailer 99");
        fileRecords += trailer.physicalCount();
        checkTotal(trailer, trailer.field(1), fileTotal, "file control total");
        checkCount(trailer, trailer.field(2), groups, "number of groups");
        checkCount(trailer, trailer.field(3), fileRecords, "number of records");
        if (i + 1 < records.size()) {
            throw new BankFileException(F, "records after the 99 file trailer, starting at " + records.get(i + 1).where());
        }
    }

    private record GroupResult(long total, int records, int next) {
    }

    private GroupResult readGroup(List<Bai2Record> records, int start, int groupNo) {
        Bai2Record header = records.get(start);
        Optional<LocalDate> asOf = Bai2Fields.date(header.field(4), header);
        String groupCurrency = header.field(6);
        int i = start + 1;
        long total = 0;
        int count = header.physicalCount();
        int accounts = 0;
        while (i < records.size() && records.get(i).code().equals("03")) {
            accounts++;
            AccountResult a = readAccount(records, i, groupNo, accounts, asOf, groupCurrency);
            total += a.total;
            count += a.records;
            i = a.next;
        }
        Bai2Record trailer = expect(records, i, "98", "group trailer 98 (group " + groupNo + ")");
        count += trailer.physicalCount();
        checkTotal(trailer, trailer.field(1), total, "group control total");
        checkCount(trailer, trailer.field(2), accounts, "number of accounts");
        checkCount(trailer, trailer.field(3), count, "number of records");
        return new GroupResult(total, count, i + 1);
    }

    private record AccountResult(long total, int records, int next) {
    }

    private AccountResult readAccount(List<Bai2Record> records, int start, int groupNo, int accountNo,
                                      Optional<LocalDate> asOf, String groupCurrency) {
        Bai2Record header = records.get(start);
        String account = header.field(1);
        Currency currency = currency(header.field(2).isEmpty() ? groupCurrency : header.field(2), header);
        long total = summaryTotal(header);
        int count = header.physicalCount();
        List<BankEntry> entries = new ArrayList<>();
        int i = start + 1;
        List<Bai2Record> details = new ArrayList<>();
        while (i < records.size() && records.get(i).code().equals("16")) {
            Bai2Record detail = records.get(i);
            total += Bai2Fields.amount(detail.field(2), detail).orElse(0L);
            count += detail.physicalCount();
            details.add(detail);
            i++;
        }
        // Lockbox: when the items of a deposit (116) are reported, they are the payments (one payer each) and
        // the deposit (115) is their total; taking both would pay every item twice.
        boolean itemised = details.stream().anyMatch(r -> r.field(1).equals(Bai2Fields.LOCKBOX_ITEM));
        for (Bai2Record detail : details) {
            addEntry(Bai2Detail.of(detail), detail, currency, asOf, account, groupNo, accountNo, entries, itemised);
        }
        Bai2Record trailer = expect(records, i, "49", "account trailer 49 (account " + account + ")");
        count += trailer.physicalCount();
        if (trailer.field(1).isEmpty()) {
            notes.add(trailer.where() + ": account " + account + " states no control total (computed "
                    + total + " minor units); covered by the group and file totals");
        } else {
            checkTotal(trailer, trailer.field(1), total, "account control total for " + account);
        }
        checkCount(trailer, trailer.field(2), count, "number of records for account " + account);
        statements.add(new BankStatement(account, "group " + groupNo + " account " + accountNo,
                Optional.empty(), Optional.empty(), entries));
        return new AccountResult(total, count, i + 1);
    }

    private void addEntry(Bai2Detail d, Bai2Record detail, Currency currency, Optional<LocalDate> asOf,
                          String account, int groupNo, int accountNo, List<BankEntry> entries, boolean itemised) {
        boolean credit = Bai2Fields.isCredit(d.typeCode());
        if (!credit && !Bai2Fields.isDebit(d.typeCode())) {
            notes.add(detail.where() + ": type code " + d.typeCode() + " is neither credit nor debit; not imported");
            return;
        }
        Money amount = Money.of(Math.abs(d.amountMinor()), currency);
        Optional<LocalDate> value = d.valueDate().or(() -> asOf);
        entries.add(new BankEntry(credit ? BankEntry.Direction.CREDIT : BankEntry.Direction.DEBIT, amount,
                asOf, value, d.typeCode(), d.bankReference(), d.customerReference(), d.text()));
        if (itemised && d.typeCode().equals(Bai2Fields.LOCKBOX_DEPOSIT)) {
            notes.add(detail.where() + ": lockbox deposit " + amount + " is itemised by 116 records; the items are"
                    + " the payments");
            return;
        }
        if (credit && amount.isPositive()) {
            LocalDate date = value.orElseThrow(() -> new BankFileException(F, detail.where() + ": no value date and no group as-of date"));
            Payment payment = new Payment(ids.at("g" + groupNo + ".a" + accountNo + ".r" + detail.number()), date, amount,
                    d.tagged("DBNM"), d.tagged("DACT"), d.referenceText(), List.of());
            payments.add(payment);
            traces.add(PaymentTrace.of(payment.id(), account).with(PaymentTrace.Kind.BANK_REFERENCE, d.bankReference())
                    .with(PaymentTrace.Kind.END_TO_END_ID, d.tagged("EREF").orElse("")).build());
        }
    }

    /** Sum of every amount in an 03 record and its continuations (type, amount, count, funds[, extra]). */
    private static long summaryTotal(Bai2Record header) {
        List<String> f = header.mergedFields();
        long total = 0;
        int i = 3;
        while (i < f.size()) {
            String type = f.get(i).strip();
            String amount = i + 1 < f.size() ? f.get(i + 1) : "";
            if (type.isEmpty()) {
                // Empty fields between groups (a trailing ",/" or ",,,,," after the currency) carry no amount.
                i++;
                continue;
            }
            total += Bai2Fields.amount(amount, header).orElse(0L);
            i += 4 + Bai2Fields.fundsExtra(f, i + 3, header);
        }
        return total;
    }

    private Bai2Record expect(List<Bai2Record> records, int i, String code, String what) {
        if (i >= records.size()) {
            throw new BankFileException(F, "file is truncated: it ends before the " + what
                    + " (last record read: " + records.get(records.size() - 1).where() + ")");
        }
        Bai2Record r = records.get(i);
        if (!r.code().equals(code)) {
            throw new BankFileException(F, r.where() + ": expected the " + what + " here");
        }
        return r;
    }

    private void checkTotal(Bai2Record trailer, String stated, long computed, String what) {
        Optional<Long> expected = Bai2Fields.amount(stated, trailer);
        if (expected.isEmpty()) {
            mismatches.add(trailer.where() + ": " + what + " is blank; records add up to " + computed);
        } else if (expected.get() != computed) {
            mismatches.add(trailer.where() + ": " + what + " states " + expected.get() + ", records add up to " + computed);
        }
    }

    private void checkCount(Bai2Record trailer, String stated, long computed, String what) {
        long expected = Bai2Fields.count(stated, trailer, what);
        if (expected != computed) {
            mismatches.add(trailer.where() + ": " + what + " states " + expected + ", found " + computed);
        }
    }

    private static Currency currency(String code, Bai2Record where) {
        if (code.isEmpty()) {
            return Currency.getInstance("USD"); // BAI2: an omitted currency code means US dollars
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new BankFileException(F, where.where() + ": unknown currency code '" + code + "'");
        }
    }
}
