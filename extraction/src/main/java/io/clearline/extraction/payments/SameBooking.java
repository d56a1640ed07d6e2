package io.clearline.extraction.payments;

import io.clearline.core.receivables.Payment;
import io.clearline.extraction.bank.PaymentTrace;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a payment read from a new file is a booking already imported from another file (ADR 003).
 * Both must have the same amount and currency and, where both files name it, the same receiving account.
 * Then:
 * <ol>
 * <li>a reference of the same kind (bank/account-servicer reference, end-to-end id, UETR, trace number)
 *     that is equal in both, with value dates at most {@link #REFERENCE_DAYS} days apart, makes them one;</li>
 * <li>references of the same kind that differ make them two (two bookings of the same amount);</li>
 * <li>with no reference kind in common: the same value date, both accounts known and agreeing, and
 *     reference texts that agree (the words of the shorter found in the longer).</li>
 * </ol>
 * A plain function so the rule is tested on its own; {@link PaymentFileIntake} applies it.
 */
final class SameBooking {

    /** A notification, a statement and a BAI2 report of one booking may date it a day or two apart. */
    static final int REFERENCE_DAYS = 3;

    private SameBooking() {
    }

    /** A payment already stored, with what it was traced by. */
    record Known(Payment payment, PaymentTrace trace) {
    }

    /** @return why {@code seen} is the booking {@code known}, or empty when they are two payments */
    static Optional<String> matchedOn(Payment seen, PaymentTrace seenTrace, Known known) {
        Payment first = known.payment();
        if (!seen.amount().equals(first.amount()) || !accountsAgree(seenTrace.account(), known.trace().account())) {
            return Optional.empty();
        }
        List<String> equal = new ArrayList<>();
        boolean conflicting = false;
        for (PaymentTrace.Kind kind : PaymentTrace.Kind.values()) {
            Optional<String> a = seenTrace.reference(kind);
            Optional<String> b = known.trace().reference(kind);
            if (a.isPresent() && b.isPresent()) {
                if (normalised(a.get()).equals(normalised(b.get()))) {
                    equal.add(kind + " " + a.get());
                } else {
                    conflicting = true;
                }
            }
        }
        long days = Math.abs(ChronoUnit.DAYS.between(seen.valueDate(), first.valueDate()));
        if (!equal.isEmpty()) {
            return days <= REFERENCE_DAYS ? Optional.of(String.join(", ", equal)) : Optional.empty();
        }
        if (conflicting || days != 0 || seenTrace.account().isBlank() || known.trace().account().isBlank()
                || !textsAgree(seen.referenceText(), first.referenceText())) {
            return Optional.empty();
        }
        return Optional.of("amount, value date, account and reference text");
    }

    /**
     * Equal, or one ends with the other: an IBAN ends with the domestic account number another format
     * names ({@code DE89370400440532013000} and {@code 37040044/0532013000}).
     */
    static boolean accountsAgree(String a, String b) {
        String x = alnum(a);
        String y = alnum(b);
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return longer.equals(shorter) || shorter.length() >= 6 && longer.endsWith(shorter);
    }

    /** At least 80% of the shorter text's words (3+ letters or digits) appear in the longer one. */
    static boolean textsAgree(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        if (small.isEmpty()) {
            return false;
        }
        long found = small.stream().filter(large::contains).count();
        return found * 5 >= small.size() * 4L;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !w.equals("NONREF") && !w.equals("NOTPROVIDED")) {
                out.add(w);
            }
        }
        return out;
    }

    private static String normalised(String reference) {
        return reference.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String alnum(String s) {
        return s == null ? "" : s.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }
}
