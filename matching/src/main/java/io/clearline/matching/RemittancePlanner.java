package io.clearline.matching;

import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import io.clearline.matching.MatchPattern.AmountFit;
import io.clearline.matching.MatchPattern.ReferenceQuality;
import io.clearline.matching.amount.Fit;
import io.clearline.matching.reference.ItemHit;
import io.clearline.matching.reference.References;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows the payer's remittance line by line: finds each referenced item, fits the line's paid amount
 * (discount, deduction with the line's reason, partial), and keeps what no line explains unapplied.
 * Lines that add up to more than the payment, or name one invoice twice, send the payment to a person.
 */
final class RemittancePlanner {

    private final Planner planner;

    RemittancePlanner(Planner planner) {
        this.planner = planner;
    }

    Plan plan(Payment p, int customer, long amount) {
        long tol = planner.settings().tolerance(p.amount().currency());
        List<String> notes = new ArrayList<>();
        boolean force = false;
        long stated = 0;
        for (RemittanceLine line : p.remittanceLines()) {
            long paid = Planner.paidOf(line, p);
            stated += paid == Long.MIN_VALUE ? 0 : paid;
        }
        if (stated > amount + tol) {
            notes.add("remittance lines sum to " + minor(p, stated) + ", more than the payment " + p.amount().toPlainString());
            force = true;
        }
        List<Fit> fits = new ArrayList<>();
        List<ItemHit> hits = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        long left = amount;
        ReferenceQuality worstRef = ReferenceQuality.REMITTANCE_EXACT;
        AmountFit worstFit = AmountFit.EXACT;
        for (RemittanceLine line : p.remittanceLines()) {
            long stated0 = Planner.paidOf(line, p);
            long hint = stated0 != Long.MIN_VALUE ? stated0 : line.grossAmount()
                    .filter(g -> g.currency().equals(p.amount().currency())).map(g -> g.minorUnits()).orElse(Long.MIN_VALUE);
            List<ItemHit> found = planner.resolve(customer, tokensOf(line), p, notes, hint);
            if (found.isEmpty()) {
                notes.add("remittance line '" + line.invoiceReference() + "' matches no open item");
                worstFit = Planner.worse(worstFit, AmountFit.UNEXPLAINED);
                continue;
            }
            ItemHit hit = found.get(0);
            if (!used.add(hit.item())) {
                notes.add("document " + planner.index().documentNumber(hit.item()) + " referenced twice in one remittance");
                force = true;
                continue;
            }
            long paid = Planner.paidOf(line, p);
            if (paid == Long.MIN_VALUE) {
                paid = p.remittanceLines().size() == 1 ? amount : planner.fitter().expected(hit.item(), p.valueDate());
            }
            if (force) {
                paid = Math.min(paid, left);
            }
            String memo = line.deductionReason().orElse(p.referenceText());
            Fit f = statedDeduction(planner.fitter().fit(hit.item(), paid, tol, p.valueDate(), memo), line, p, tol);
            if (f.kind() == AmountFit.SETTLED_ALREADY) {
                notes.add(f.explanation());
                worstFit = Planner.worse(worstFit, AmountFit.SETTLED_ALREADY);
                continue;
            }
            fits.add(f);
            hits.add(hit.quality() == ReferenceQuality.EXACT
                    ? new ItemHit(hit.item(), ReferenceQuality.REMITTANCE_EXACT, hit.written(), hit.how()) : hit);
            left -= f.applied();
            worstRef = hit.quality().ordinal() > worstRef.ordinal() && hit.quality() != ReferenceQuality.EXACT
                    ? hit.quality() : worstRef;
            worstFit = Planner.worse(worstFit, f.kind());
        }
        if (left > tol) {
            notes.add(minor(p, left) + " not explained by the remittance stays unapplied");
            worstFit = Planner.worse(worstFit, AmountFit.OVERPAYMENT);
        }
        return new Plan(fits, hits, Math.max(0, left), fits.isEmpty() ? ReferenceQuality.NONE : worstRef,
                fits.isEmpty() ? AmountFit.UNEXPLAINED : worstFit, notes, force, List.of());
    }

    /** A line that states its deduction is a deduction even when the memo names no reason we know. */
    private static Fit statedDeduction(Fit f, RemittanceLine line, Payment p, long tol) {
        if (f.kind() != AmountFit.PARTIAL || line.deductionAmount().isEmpty()) {
            return f;
        }
        var stated = line.deductionAmount().get();
        long shortfall = line.grossAmount().map(g -> g.minorUnits()).orElse(f.applied() + stated.minorUnits()) - f.applied();
        if (!stated.currency().equals(p.amount().currency()) || Math.abs(shortfall - stated.minorUnits()) > tol) {
            return f;
        }
        var reason = io.clearline.core.exception.ExceptionCategory.deductionReason("DEDUCTION_UNSPECIFIED");
        return new Fit(f.item(), f.applied(), 0, stated.minorUnits(), java.util.Optional.of(reason), AmountFit.DEDUCTION, 0,
                "short by " + stated.toPlainString() + ": deduction stated on the remittance ("
                        + line.deductionReason().orElse("no reason given") + ")");
    }

    private static List<References.Token> tokensOf(RemittanceLine line) {
        List<References.Token> tokens = References.tokens(line.invoiceReference());
        if (tokens.isEmpty() && !line.invoiceReference().isBlank()) {
            String key = References.canonical(line.invoiceReference());
            if (!key.isEmpty()) {
                tokens = List.of(new References.Token(line.invoiceReference(), key));
            }
        }
        return tokens;
    }

    private static String minor(Payment p, long minor) {
        return io.clearline.core.money.Money.of(minor, p.amount().currency()).toPlainString();
    }
}
