package io.clearline.extraction.bank.x12;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import io.clearline.extraction.bank.BankEntry;
import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import io.clearline.extraction.bank.BankStatement;
import io.clearline.extraction.bank.PaymentIds;
import io.clearline.extraction.bank.PaymentTrace;
import io.clearline.extraction.bank.x12.X12Segments.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One 820 transaction: BPR (amount, credit/debit, method, effective date), TRN trace, CUR currency,
 * N1*PR payer, and per invoice an RMR (reference, paid RMR04, invoice total RMR05, discount RMR06)
 * with its DTM date and ADX adjustments (negative ADX01 reduces the payment; ADX02 is the reason).
 * Checks BPR02 = Σ RMR04 + Σ ADX01 not tied to an invoice, when RMRs are present.
 */
final class Transaction820 {

    private static final BankFileFormat F = BankFileFormat.X12_820;

    private Transaction820() {
    }

    static void read(List<Segment> tx, String position, PaymentIds ids, List<Payment> payments, List<PaymentTrace> traces,
                     List<BankStatement> statements, List<String> mismatches, List<String> notes) {
        Segment bpr = tx.stream().filter(s -> s.id().equals("BPR")).findFirst().orElseThrow(() ->
                new BankFileException(F, "segment " + tx.get(0).number() + ": 820 transaction without a BPR segment"));
        String ccy = tx.stream().filter(s -> s.id().equals("CUR")).map(s -> s.el(2)).findFirst().orElse("USD");
        Currency currency;
        try {
            currency = Currency.getInstance(ccy.isEmpty() ? "USD" : ccy);
        } catch (IllegalArgumentException e) {
            throw new BankFileException(F, "CUR segment: unknown currency '" + ccy + "'");
        }
        BigDecimal total = number(bpr.el(2), bpr, "BPR02");
        Money amount = new Money(total, currency);
        String trace = tx.stream().filter(s -> s.id().equals("TRN")).map(s -> s.el(2)).findFirst().orElse("");
        Optional<String> payer = tx.stream().filter(s -> s.id().equals("N1") && s.el(1).equals("PR"))
                .map(s -> s.el(2)).findFirst();
        Optional<String> payerAccount = Optional.of(bpr.el(9)).filter(a -> !a.isEmpty())
                .or(() -> tx.stream().filter(s -> s.id().equals("N1") && s.el(1).equals("PR")).map(s -> s.el(4)).findFirst());
        LocalDate date = date(bpr.el(16), bpr).or(() -> tx.stream().filter(s -> s.id().equals("DTM"))
                        .filter(s -> s.el(1).equals("405") || s.el(1).equals("009")).findFirst().flatMap(s -> date(s.el(2), s)))
                .orElseThrow(() -> new BankFileException(F, "segment " + bpr.number()
                        + " (BPR): no effective date (BPR16) and no DTM*405 date"));

        List<RemittanceLine> lines = new ArrayList<>();
        BigDecimal remitted = remittance(tx, currency, lines);
        if (!lines.isEmpty() && remitted.compareTo(total) != 0) {
            mismatches.add("segment " + bpr.number() + " (BPR): payment amount BPR02 states " + total.toPlainString()
                    + ", remittance lines (RMR04 + unattached ADX01) add up to " + remitted.toPlainString());
        }
        boolean credit = bpr.el(3).equals("C");
        String reference = String.join(" | ", List.of("TRN " + trace, "BPR " + bpr.el(4)).stream()
                .filter(s -> s.length() > 4).toList());
        BankEntry entry = new BankEntry(credit ? BankEntry.Direction.CREDIT : BankEntry.Direction.DEBIT, amount.abs(),
                Optional.of(date), Optional.of(date), bpr.el(4), trace, "", reference);
        statements.add(new BankStatement(payer.orElse(""), trace, Optional.empty(), Optional.empty(), List.of(entry)));
        if (!credit) {
            notes.add("segment " + bpr.number() + " (BPR): BPR03 is '" + bpr.el(3) + "', not a credit; not imported as a payment");
        } else if (amount.isPositive()) {
            Payment payment = new Payment(ids.at(position), date, amount, payer, payerAccount, reference, lines);
            payments.add(payment);
            // BPR15: the receiver's account number (ours), where the payment was credited
            traces.add(PaymentTrace.of(payment.id(), bpr.el(15)).with(PaymentTrace.Kind.TRACE_NUMBER, trace).build());
        }
    }

    /** Builds remittance lines and returns Σ RMR04 + Σ ADX01 outside any RMR. */
    private static BigDecimal remittance(List<Segment> tx, Currency currency, List<RemittanceLine> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        Rmr open = null;
        for (Segment s : tx) {
            switch (s.id()) {
                case "ENT" -> {
                    open = close(open, lines, currency);
                }
                case "RMR" -> {
                    open = close(open, lines, currency);
                    open = new Rmr(s);
                    sum = sum.add(optionalNumber(s.el(4), s, "RMR04").orElse(BigDecimal.ZERO));
                }
                case "DTM" -> {
                    if (open != null && open.date == null && (s.el(1).equals("003") || s.el(1).equals("097"))) {
                        open.date = date(s.el(2), s).orElse(null);
                    }
                }
                case "ADX" -> {
                    BigDecimal adx = number(s.el(1), s, "ADX01");
                    if (open != null) {
                        open.adjustment = open.adjustment.add(adx);
                        open.reasons.add(s.el(2));
                    } else {
                        sum = sum.add(adx);
                        lines.add(new RemittanceLine(s.el(4), Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.of(new Money(adx.negate(), currency)), Optional.of(s.el(2)),
                                Optional.of(new Money(adx, currency))));
                    }
                }
                default -> {
                }
            }
        }
        close(open, lines, currency);
        return sum;
    }

    private static final class Rmr {
        final Segment segment;
        LocalDate date;
        BigDecimal adjustment = BigDecimal.ZERO;
        final List<String> reasons = new ArrayList<>();

        Rmr(Segment segment) {
            this.segment = segment;
        }
    }

    private static Rmr close(Rmr rmr, List<RemittanceLine> lines, Currency currency) {
        if (rmr == null) {
            return null;
        }
        Segment s = rmr.segment;
        Optional<Money> paid = optionalNumber(s.el(4), s, "RMR04").map(v -> new Money(v, currency));
        Optional<Money> gross = optionalNumber(s.el(5), s, "RMR05").map(v -> new Money(v, currency));
        Optional<Money> discount = optionalNumber(s.el(6), s, "RMR06").map(v -> new Money(v, currency));
        Optional<Money> deduction = rmr.reasons.isEmpty() ? Optional.empty()
                : Optional.of(new Money(rmr.adjustment.negate(), currency));
        lines.add(new RemittanceLine(s.el(2), Optional.ofNullable(rmr.date), gross, discount, deduction,
                rmr.reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(",", rmr.reasons)), paid));
        return null;
    }

    private static BigDecimal number(String raw, Segment s, String what) {
        return optionalNumber(raw, s, what).orElseThrow(() -> new BankFileException(F,
                "segment " + s.number() + " (" + s.id() + "): " + what + " is empty"));
    }

    private static Optional<BigDecimal> optionalNumber(String raw, Segment s, String what) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!raw.matches("-?\\d{0,15}(\\.\\d{0,6})?") || raw.equals("-") || raw.equals(".")) {
            throw new BankFileException(F, "segment " + s.number() + " (" + s.id() + "): " + what + " '" + raw
                    + "' is not a number");
        }
        return Optional.of(new BigDecimal(raw));
    }

    private static Optional<LocalDate> date(String raw, Segment s) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            throw new BankFileException(F, "segment " + s.number() + " (" + s.id() + "): date '" + raw + "' is not CCYYMMDD");
        }
    }
}
