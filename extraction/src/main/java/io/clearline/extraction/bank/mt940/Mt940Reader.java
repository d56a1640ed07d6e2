package io.clearline.extraction.bank.mt940;

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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SWIFT MT940 statements and MT942 interim reports. Checks, where the statement states them:
 * opening balance + entries = closing balance (:60a:/:62a:), and for MT942 the number and sum of
 * debit and credit entries (:90D:/:90C:).
 */
public final class Mt940Reader {

    private static final Pattern ENTRY_SUM = Pattern.compile("^\\s*(\\d{1,9})([A-Z]{3})(\\d[\\d,]*)\\s*$");
    private static final Pattern BALANCE_CCY = Pattern.compile("^\\s*[CD]\\d{6}([A-Z]{3}).*", Pattern.DOTALL);
    private static final Pattern FLOOR = Pattern.compile("^\\s*([A-Z]{3}).*", Pattern.DOTALL);

    private final BankFileFormat format;
    private final PaymentIds ids;
    private final List<Payment> payments = new ArrayList<>();
    private final List<PaymentTrace> traces = new ArrayList<>();
    private final List<BankStatement> statements = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Mt940Reader(BankFileFormat format, PaymentIds ids) {
        this.format = format;
        this.ids = ids;
    }

    public static ParsedFile read(byte[] bytes, BankFileFormat format, PaymentIds ids, BankFileSettings settings) {
        Mt940Reader reader = new Mt940Reader(format, ids);
        String text = TextFiles.decode(bytes, format, true, "\u0001\u0003", reader.notes);
        List<SwiftTags.Tag> tags;
        try {
            tags = SwiftTags.read(text, settings.maxRecords());
        } catch (IllegalStateException e) {
            throw new BankFileException(format, e.getMessage());
        }
        List<List<SwiftTags.Tag>> groups = new ArrayList<>();
        for (SwiftTags.Tag tag : tags) {
            if (tag.name().equals("20") || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(tag);
        }
        if (groups.isEmpty()) {
            throw new BankFileException(format, "no SWIFT fields found");
        }
        for (int s = 0; s < groups.size(); s++) {
            reader.readStatement(groups.get(s), s + 1);
        }
        return new ParsedFile(format, reader.payments, reader.traces, reader.statements, reader.mismatches, reader.notes);
    }

    private void readStatement(List<SwiftTags.Tag> tags, int number) {
        String where = "statement " + number + " (line " + tags.get(0).line() + ")";
        if (!tags.get(0).name().equals("20")) {
            notes.add(where + ": does not start with the :20: transaction reference");
        }
        String account = value(tags, "25").strip();
        Currency currency = currencyOf(tags).orElseThrow(() -> new BankFileException(format,
                where + ": no currency (no :60a:/:62a: balance, :34F: floor limit or :90a: sum), so its amounts"
                        + " cannot be imported"));
        Optional<Mt940Values.Balance> opening = balance(tags, currency, "60F", "60M");
        Optional<Mt940Values.Balance> closing = balance(tags, currency, "62F", "62M");
        List<BankEntry> entries = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            SwiftTags.Tag tag = tags.get(i);
            if (!tag.name().equals("61")) {
                continue;
            }
            StatementLine line = StatementLine.parse(tag, currency, format, notes);
            String info = i + 1 < tags.size() && tags.get(i + 1).name().equals("86") ? tags.get(i + 1).value() : "";
            Details86 details = Details86.parse(info);
            String text = (line.supplementary() + "\n" + info).strip();
            entries.add(new BankEntry(line.direction(), line.amount(), line.entryDate(), Optional.of(line.valueDate()),
                    line.typeCode(), line.bankReference(), line.customerReference(), text));
            if (line.direction() == BankEntry.Direction.CREDIT && line.amount().isPositive()) {
                Payment payment = new Payment(ids.at("s" + number + ".e" + entries.size()), line.valueDate(), line.amount(),
                        details.payerName(), details.payerAccount(), reference(line, details), List.of());
                payments.add(payment);
                traces.add(PaymentTrace.of(payment.id(), account)
                        .with(PaymentTrace.Kind.BANK_REFERENCE, line.bankReference())
                        .with(PaymentTrace.Kind.END_TO_END_ID, Details86.endToEndId(info).orElse("")).build());
            }
        }
        if (entries.isEmpty() && opening.isEmpty() && closing.isEmpty() && value(tags, "90C").isEmpty()
                && value(tags, "90D").isEmpty()) {
            throw new BankFileException(format, where + ": neither balances nor entries; nothing to import");
        }
        checkBalances(opening, closing, entries, where);
        checkEntrySums(tags, entries, currency, where);
        statements.add(new BankStatement(account, value(tags, "28C").strip(), opening.map(Mt940Values.Balance::signed),
                closing.map(Mt940Values.Balance::signed), entries));
    }

    private static String reference(StatementLine line, Details86 details) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {details.text(), line.customerReference(), line.bankReference()}) {
            if (!part.isBlank() && !part.equals("NONREF")) {
                s.append(s.length() > 0 ? " | " : "").append(part.strip());
            }
        }
        return s.toString();
    }

    private void checkBalances(Optional<Mt940Values.Balance> opening, Optional<Mt940Values.Balance> closing,
                               List<BankEntry> entries, String where) {
        if (opening.isEmpty() || closing.isEmpty()
                || !opening.get().signed().currency().equals(closing.get().signed().currency())) {
            return;
        }
        Money sum = opening.get().signed();
        for (BankEntry e : entries) {
            sum = sum.plus(e.signedAmount());
        }
        if (!sum.equals(closing.get().signed())) {
            mismatches.add(where + ": opening balance " + opening.get().signed().toPlainString() + " plus "
                    + entries.size() + " entries gives " + sum.toPlainString() + ", closing balance states "
                    + closing.get().signed().toPlainString());
        }
    }

    private void checkEntrySums(List<SwiftTags.Tag> tags, List<BankEntry> entries, Currency currency, String where) {
        for (String name : new String[] {"90D", "90C"}) {
            for (SwiftTags.Tag tag : tags) {
                if (!tag.name().equals(name)) {
                    continue;
                }
                Matcher m = ENTRY_SUM.matcher(tag.value());
                if (!m.matches()) {
                    throw new BankFileException(format, "field :" + name + ": (line " + tag.line() + ") is not count+currency+amount");
                }
                BankEntry.Direction d = name.equals("90C") ? BankEntry.Direction.CREDIT : BankEntry.Direction.DEBIT;
                List<BankEntry> side = entries.stream().filter(e -> e.direction() == d).toList();
                Money stated = Mt940Values.money(m.group(3), Mt940Values.currency(m.group(2), tag, format), tag, format);
                Money found = side.stream().map(BankEntry::amount).reduce(Money.zero(currency), Money::plus);
                if (Integer.parseInt(m.group(1)) != side.size() || !stated.equals(found)) {
                    mismatches.add(where + ": :" + name + ": states " + m.group(1) + " entries totalling "
                            + stated.toPlainString() + ", found " + side.size() + " totalling " + found.toPlainString());
                }
            }
        }
    }

    private Optional<Mt940Values.Balance> balance(List<SwiftTags.Tag> tags, Currency currency, String... names) {
        for (String name : names) {
            for (SwiftTags.Tag tag : tags) {
                if (tag.name().equals(name)) {
                    return Optional.of(Mt940Values.balance(tag, currency, format, notes));
                }
            }
        }
        return Optional.empty();
    }

    /** The statement currency: from the first balance, else the :34F: floor limit or a :90a: sum. */
    private Optional<Currency> currencyOf(List<SwiftTags.Tag> tags) {
        for (SwiftTags.Tag tag : tags) {
            if (tag.name().matches("6[0245][FM]?")) {
                Matcher m = BALANCE_CCY.matcher(tag.value());
                if (m.matches()) {
                    return Optional.of(Mt940Values.currency(m.group(1), tag, format));
                }
            }
        }
        for (SwiftTags.Tag tag : tags) {
            if (tag.name().equals("34F") || tag.name().equals("90C") || tag.name().equals("90D")) {
                Matcher m = FLOOR.matcher(tag.value().replaceFirst("^\\d+", ""));
                if (m.matches()) {
                    return Optional.of(Mt940Values.currency(m.group(1), tag, format));
                }
            }
        }
        return Optional.empty();
    }

    private static String value(List<SwiftTags.Tag> tags, String name) {
        return tags.stream().filter(t -> t.name().equals(name)).map(SwiftTags.Tag::value).findFirst().orElse("");
    }
}
