package io.clearline.eval.intake;

import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import io.clearline.extraction.bank.BankEntry;
import io.clearline.extraction.bank.BankFileResult;
import io.clearline.extraction.bank.BankStatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What "agrees" means per family. Returns the first disagreement, or empty when the parse agrees.
 * <ul>
 * <li>BAI2 with an expected.json: accepted; same number of accounts; per account the number of 16
 *     details and the sum of their amounts (minor units) as transcribed.</li>
 * <li>BAI2 marked must-parse-and-validate (moov): every record read; with default settings accepted, or refused
 *     for its trailers only (moov's validation is structural, see {@link #moov}).</li>
 * <li>camt with a genkgo snapshot: accepted; same entries in order: signed amount in minor units,
 *     currency, credit/debit, booking date.</li>
 * <li>MT940 with a wolph golden: same transactions in order: signed amount (SWIFT's sign, see {@link #swiftSigned}),
 *     currency, value date.
 *     When the golden has no transactions, a rejection agrees too (nothing to import either way).
 *     Without a golden: accepted (balances check).</li>
 * <li>X12 820: accepted; payment amount, date, payer; each RMR: invoice, paid, original, discount,
 *     and its ADX adjustments as the deduction.</li>
 * </ul>
 */
final class Agreement {

    private Agreement() {
    }

    /**
     * @param strict  the result with default settings: files known only by their control totals must be accepted
     * @param lenient the result accepting totals mismatches as warnings: compared with parse-only goldens, which
     *                say nothing about totals (the policy outcome is reported next to it)
     */
    static Optional<String> check(CorpusFile file, BankFileResult strict, BankFileResult lenient) {
        JsonNode expected = file.expected().filter(java.nio.file.Files::exists)
                .map(p -> JsonMapper.shared().readTree(p.toFile())).orElse(null);
        BankFileResult result = expected == null ? strict : lenient;
        if (file.family().equals("MT940") && expected != null) {
            return mt940(expected, result);
        }
        if (file.family().equals("BAI2") && expected == null) {
            return moov(strict, lenient);
        }
        if (!(result instanceof BankFileResult.Accepted accepted)) {
            return Optional.of("rejected: " + ((BankFileResult.Rejected) result).reason());
        }
        if (expected == null) {
            return Optional.empty();
        }
        return switch (file.family()) {
            case "BAI2" -> bai2(expected, accepted);
            case "camt" -> camt(expected, accepted);
            case "X12 820" -> x12(expected, accepted);
            default -> Optional.of("no comparison defined for " + file.family());
        };
    }

    /**
     * moov's "must parse and validate": its Validate checks each record's fields and the file's structure, not
     * control totals (at the corpus commit it has no totals check; later versions add one behind an option that
     * is off by default "because many production files have incorrect trailers"). So: every record is read
     * (the parse accepts it once totals are only warnings), and the default policy either accepts the file or
     * refuses it for its trailers, naming the record - never for anything else.
     */
    private static Optional<String> moov(BankFileResult strict, BankFileResult lenient) {
        if (lenient instanceof BankFileResult.Rejected r) {
            return Optional.of("not read: " + r.reason());
        }
        if (strict instanceof BankFileResult.Rejected r && !r.reason().startsWith("totals do not agree: record ")) {
            return Optional.of("rejected for something other than its trailers: " + r.reason());
        }
        return Optional.empty();
    }

    private static Optional<String> bai2(JsonNode expected, BankFileResult.Accepted accepted) {
        List<JsonNode> accounts = new ArrayList<>();
        expected.path("groups").values().forEach(g -> accounts.addAll(g.path("accounts").values()));
        List<BankStatement> found = accepted.statements();
        if (accounts.size() != found.size()) {
            return Optional.of("accounts: expected " + accounts.size() + ", found " + found.size());
        }
        for (int i = 0; i < accounts.size(); i++) {
            JsonNode a = accounts.get(i);
            BankStatement s = found.get(i);
            long sum = s.entries().stream().mapToLong(e -> e.amount().minorUnits()).sum();
            if (!a.path("account").asString().equals(s.account()) || a.path("detail_count").asInt() != s.entries().size()
                    || a.path("detail_amount_sum_minor_units").asLong() != sum) {
                return Optional.of("account " + a.path("account").asString() + ": expected " + a.path("detail_count").asInt()
                        + " details summing " + a.path("detail_amount_sum_minor_units").asLong() + ", found "
                        + s.entries().size() + " summing " + sum);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> camt(JsonNode expected, BankFileResult.Accepted accepted) {
        List<JsonNode> want = new ArrayList<>(expected.path("getEntries").values());
        // genkgo's snapshot lists the entries of one record (the last); compare with that record when named.
        String recordId = want.isEmpty() ? null : text(want.get(0).path("getRecord").path("getId"));
        List<BankEntry> got = accepted.statements().stream()
                .filter(s -> recordId == null || accepted.statements().size() == 1 || s.statementId().equals(recordId))
                .flatMap(s -> s.entries().stream()).toList();
        if (want.size() != got.size()) {
            return Optional.of("entries: expected " + want.size() + ", found " + got.size());
        }
        for (int i = 0; i < want.size(); i++) {
            JsonNode w = want.get(i);
            BankEntry g = got.get(i);
            long minor = Long.parseLong(w.path("getAmount").path("getAmount").asString());
            String ccy = w.path("getAmount").path("getCurrency").path("getCode").asString();
            String cd = w.path("getCreditDebitIndicator").asString();
            String booking = text(w.path("getBookingDate").path("0"));
            String gotBooking = g.bookingDate().map(Object::toString).orElse(null);
            boolean sameCd = cd.equals(g.direction() == BankEntry.Direction.CREDIT ? "CRDT" : "DBIT");
            if (minor != g.signedAmount().minorUnits() || !ccy.equals(g.amount().currency().getCurrencyCode()) || !sameCd
                    || booking != null && !booking.startsWith(String.valueOf(gotBooking))) {
                return Optional.of("entry " + (i + 1) + ": expected " + cd + " " + minor + " " + ccy + " booked " + booking
                        + ", found " + g.signedAmount().minorUnits() + " " + g.amount().currency() + " booked " + gotBooking);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mt940(JsonNode expected, BankFileResult result) {
        List<JsonNode> want = new ArrayList<>(expected.path("transactions").values());
        if (!(result instanceof BankFileResult.Accepted accepted)) {
            boolean noCurrency = !want.isEmpty() && want.stream().allMatch(w -> text(w.path("amount").path("currency")) == null);
            return want.isEmpty() || noCurrency && ((BankFileResult.Rejected) result).reason().contains("no currency")
                    ? Optional.empty()
                    : Optional.of("rejected (" + ((BankFileResult.Rejected) result).reason() + ") but the golden has "
                    + want.size() + " transactions");
        }
        List<BankEntry> got = accepted.statements().stream().flatMap(s -> s.entries().stream()).toList();
        if (want.size() != got.size()) {
            return Optional.of("transactions: expected " + want.size() + ", found " + got.size());
        }
        for (int i = 0; i < want.size(); i++) {
            JsonNode w = want.get(i);
            BankEntry g = got.get(i);
            BigDecimal amount = swiftSigned(new BigDecimal(w.path("amount").path("amount").asString()),
                    w.path("status").asString());
            String ccy = w.path("amount").path("currency").asString();
            String date = text(w.path("date"));
            if (amount.compareTo(g.signedAmount().amount()) != 0 || !ccy.equals(g.amount().currency().getCurrencyCode())
                    || date != null && !date.equals(g.valueDate().map(Object::toString).orElse(""))) {
                return Optional.of("transaction " + (i + 1) + ": expected " + amount + " " + ccy + " on " + date + ", found "
                        + g.signedAmount().toPlainString() + " " + g.amount().currency() + " on " + g.valueDate().orElse(null));
            }
        }
        return Optional.empty();
    }

    /**
     * The golden's amount in SWIFT's sign. wolph's {@code Amount} negates only the mark {@code D} (its documented
     * default: "a reversal of a credit (RC) ... came back positive"), while SWIFT defines RC, the reversal of a
     * credit, as a debit. The golden's {@code status} keeps the mark, so the comparison uses it; the statements'
     * own balances (opening + entries = closing) hold only with RC as a debit.
     */
    static BigDecimal swiftSigned(BigDecimal goldenAmount, String mark) {
        return mark.equals("RC") ? goldenAmount.abs().negate() : goldenAmount;
    }

    private static Optional<String> x12(JsonNode expected, BankFileResult.Accepted accepted) {
        if (accepted.payments().size() != 1) {
            return Optional.of("payments: expected 1, found " + accepted.payments().size());
        }
        Payment p = accepted.payments().get(0);
        JsonNode pay = expected.path("payment");
        if (new BigDecimal(pay.path("amount").asString()).compareTo(p.amount().amount()) != 0
                || !pay.path("effective_date").asString().equals(p.valueDate().toString().replace("-", ""))
                || !expected.path("payer").asString().equals(p.payerName().orElse(""))) {
            return Optional.of("payment: expected " + pay + " payer " + expected.path("payer") + ", found " + p.amount()
                    + " " + p.valueDate() + " " + p.payerName());
        }
        List<JsonNode> lines = new ArrayList<>(expected.path("remittance_lines").values());
        if (lines.size() != p.remittanceLines().size()) {
            return Optional.of("remittance lines: expected " + lines.size() + ", found " + p.remittanceLines().size());
        }
        for (int i = 0; i < lines.size(); i++) {
            JsonNode w = lines.get(i);
            RemittanceLine g = p.remittanceLines().get(i);
            BigDecimal adjustments = BigDecimal.ZERO;
            for (JsonNode adx : w.path("adjustments").values()) {
                adjustments = adjustments.add(new BigDecimal(adx.path("amount").asString()));
            }
            if (!w.path("invoice_number").asString().equals(g.invoiceReference())
                    || !same(w.path("amount_paid"), g.paidAmount()) || !same(w.path("invoice_amount"), g.grossAmount())
                    || !same(w.path("discount_taken"), g.discountAmount())
                    || adjustments.negate().compareTo(g.deductionAmount().map(Money::amount).orElse(BigDecimal.ZERO)) != 0) {
                return Optional.of("line " + (i + 1) + ": expected " + w.path("invoice_number").asString() + ", found " + g);
            }
        }
        return Optional.empty();
    }

    private static boolean same(JsonNode expected, Optional<Money> found) {
        String t = text(expected);
        return t == null ? found.isEmpty() : found.isPresent() && new BigDecimal(t).compareTo(found.get().amount()) == 0;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asString();
    }
}
