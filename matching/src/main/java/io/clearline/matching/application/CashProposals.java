package io.clearline.matching.application;

import io.clearline.core.Confidence;
import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.Payment;
import io.clearline.governance.Actor;
import io.clearline.governance.ProposeAction;
import io.clearline.matching.Allocation;
import io.clearline.matching.Candidate;
import io.clearline.matching.Decision;
import io.clearline.matching.MatchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a match into the {@code cash.apply} proposal the matcher submits: payload, confidence, evidence. */
final class CashProposals {

    static final Actor MATCHER = Actor.matcher("cash-matcher");

    private final double autoThreshold;

    CashProposals(double autoThreshold) {
        this.autoThreshold = autoThreshold;
    }

    /** The open items a result would apply cash to. */
    static List<OpenItemRows.ItemKey> items(MatchResult result) {
        return result.allocations().stream().filter(a -> !a.isRemainder())
                .map(a -> new OpenItemRows.ItemKey(a.customer().orElseThrow(), a.documentNumber().orElseThrow()))
                .toList();
    }

    /**
     * The proposal, checked against the items as stored ({@code stored} must hold every item of the result).
     *
     * @param key the idempotency key (one per attempt to apply this payment)
     */
    ProposeAction propose(Payment payment, MatchResult result, Map<OpenItemRows.ItemKey, OpenItemRows.Stored> stored,
            String key) {
        return new ProposeAction(ApplyCash.KIND, subject(payment), payload(payment, result, stored), MATCHER,
                confidence(result), evidence(result), payment.amount(), key, null);
    }

    static String subject(Payment payment) {
        return "payment:" + payment.id().value();
    }

    private static ApplyCash payload(Payment payment, MatchResult result,
            Map<OpenItemRows.ItemKey, OpenItemRows.Stored> stored) {
        List<ApplyCash.Line> lines = new ArrayList<>();
        Money unapplied = Money.zero(payment.amount().currency());
        for (Allocation a : result.allocations()) {
            if (a.isRemainder()) {
                unapplied = unapplied.plus(a.applied());
                continue;
            }
            CustomerId customer = a.customer().orElseThrow();
            String document = a.documentNumber().orElseThrow();
            OpenItemRows.Stored item = stored.get(new OpenItemRows.ItemKey(customer, document));
            if (item == null) {
                throw new IllegalStateException("matched " + document + " is not stored");
            }
            lines.add(new ApplyCash.Line(customer.value(), document, a.applied().amount(), a.discount().amount(),
                    a.deduction().amount(), a.deductionReason().map(r -> r.code()).orElse(null),
                    item.item().openAmount().amount(), item.version()));
        }
        // within the rounding tolerance the matcher settles an item at its open amount: the cent or two it
        // differs from the payment is left unapplied (paid more) or left open on the last item (paid less)
        java.math.BigDecimal allocated = lines.stream().map(ApplyCash.Line::applied)
                .reduce(unapplied.amount(), java.math.BigDecimal::add);
        java.math.BigDecimal difference = payment.amount().amount().subtract(allocated);
        if (difference.signum() > 0) {
            unapplied = unapplied.plus(Money.of(difference, payment.amount().currency().getCurrencyCode()));
        } else if (difference.signum() < 0 && !lines.isEmpty()) {
            ApplyCash.Line last = lines.remove(lines.size() - 1);
            lines.add(new ApplyCash.Line(last.customerId(), last.documentNumber(), last.applied().add(difference),
                    last.discount(), last.deduction().subtract(difference),
                    last.deductionReason() != null ? last.deductionReason() : "ROUNDING_DIFFERENCE",
                    last.expectedOpenAmount(), last.expectedVersion()));
        }
        return new ApplyCash(payment.id().value(), payment.amount().currency().getCurrencyCode(),
                payment.amount().amount(), lines, unapplied.amount(),
                new ApplyCash.Payer(payment.payerName().map(n -> clip(n, 200)).orElse(null),
                        payment.payerAccount().map(a -> clip(a, 100)).orElse(null)));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * The calibrated confidence, except that a result a rule sent to a person (ambiguous payer, a
     * document another pending proposal claims) is proposed just under the AUTO threshold, so a policy
     * at that threshold never applies what the matcher itself would not.
     */
    private Confidence confidence(MatchResult result) {
        if (result.decision() == Decision.AUTO) {
            return result.confidence();
        }
        return result.confidence().min(Confidence.of(Math.nextDown(autoThreshold)));
    }

    private List<String> evidence(MatchResult result) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "matcher decision %s, calibrated confidence %.4f (AUTO from %.4f)",
                result.decision(), result.confidence().value(), autoThreshold));
        result.allocations().forEach(a -> out.add(a.explanation()));
        out.addAll(result.notes());
        int rank = 2;
        for (Candidate alt : result.alternatives()) {
            out.add("candidate " + rank++ + ": " + alt.customer().map(CustomerId::value).orElse("unknown customer")
                    + " " + alt.documents() + " (" + alt.pattern() + ")");
        }
        return out;
    }
}
