package io.clearline.core.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment terms such as {@code 2/10 NET 30} (2 % off when paid within 10 days, due in 30) or
 * {@code NET 45}. Days count from the invoice's issue date.
 */
public record PaymentTerms(BigDecimal discountPercent, int discountDays, int netDays) {

    private static final Pattern DISCOUNT_NET = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*%?\\s*/\\s*(\\d+)\\s*,?\\s*(?:N(?:ET)?)?\\s*/?\\s*(\\d+)?");
    private static final Pattern NET = Pattern.compile("N(?:ET)?\\s*/?\\s*(\\d+)");

    public PaymentTerms {
        if (discountPercent == null) {
            discountPercent = BigDecimal.ZERO;
        }
        if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("discount percent out of range: " + discountPercent);
        }
        if (discountDays < 0 || netDays < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    public static PaymentTerms net(int days) {
        return new PaymentTerms(BigDecimal.ZERO, 0, days);
    }

    /** Parses {@code 2/10 NET 30}, {@code 2/10 N30}, {@code 1.5% 10 NET 30}, {@code NET 45}, {@code N30}, {@code DUE ON RECEIPT}. */
    public static Optional<PaymentTerms> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.contains("RECEIPT") || s.equals("COD") || s.equals("CIA")) {
            return Optional.of(net(0));
        }
        Matcher d = DISCOUNT_NET.matcher(s);
        if (d.lookingAt() && s.contains("/")) {
            BigDecimal pct = new BigDecimal(d.group(1).replace(',', '.'));
            int days = Integer.parseInt(d.group(2));
            int net = d.group(3) != null ? Integer.parseInt(d.group(3)) : days;
            return Optional.of(new PaymentTerms(pct, days, net));
        }
        Matcher n = NET.matcher(s);
        if (n.find()) {
            return Optional.of(net(Integer.parseInt(n.group(1))));
        }
        return Optional.empty();
    }

    public boolean hasDiscount() {
        return discountPercent.signum() > 0;
    }

    public LocalDate discountDeadline(LocalDate issueDate) {
        return issueDate.plusDays(discountDays);
    }

    public LocalDate dueDate(LocalDate issueDate) {
        return issueDate.plusDays(netDays);
    }

    /** Whether a payment made on {@code paidOn} earns the discount (paid on or before the deadline). */
    public boolean discountEarned(LocalDate issueDate, LocalDate paidOn) {
        return hasDiscount() && !paidOn.isAfter(discountDeadline(issueDate));
    }

    @Override
    public String toString() {
        return hasDiscount()
                ? discountPercent.stripTrailingZeros().toPlainString() + "/" + discountDays + " NET " + netDays
                : "NET " + netDays;
    }
}
