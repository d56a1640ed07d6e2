package io.clearline.matching;

import io.clearline.core.Confidence;
import io.clearline.core.CustomerId;
import io.clearline.core.PaymentId;
import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.Payment;
import io.clearline.core.receivables.RemittanceLine;
import io.clearline.matching.MatchPattern.AmountFit;
import io.clearline.matching.MatchPattern.PayerEvidence;
import io.clearline.matching.MatchPattern.ReferenceQuality;
import io.clearline.matching.amount.AmountFitter;
import io.clearline.matching.amount.Fit;
import io.clearline.matching.index.CustomerDirectory;
import io.clearline.matching.index.OpenItemIndex;
import io.clearline.matching.payer.PayerIdentification;
import io.clearline.matching.payer.PayerVerdict;
import io.clearline.matching.reference.ItemHit;
import io.clearline.matching.reference.References;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cash-application engine: pure domain code, no Spring, no I/O, one instance per batch (or per
 * service, guarded by its caller; it is not thread-safe). {@link #match} identifies the payer, explains
 * the amount against the open items, scores the explanation with calibrated confidence and decides
 * AUTO or REVIEW; AUTO applications reduce the open amounts in the index at once, so later payments
 * in the batch see them. Matching a payment id twice returns the first answer and applies nothing.
 * {@link #learn} feeds an analyst's confirmed payer back (bank account and name memory).
 */
public final class CashMatcher {

    private final OpenItemIndex index;
    private final MatchSettings settings;
    private final Calibration calibration;
    private final PayerIdentification payers;
    private final Planner planner;
    private final Scoring scoring;
    private final Map<PaymentId, MatchResult> done = new HashMap<>();
    /** Items a pending review proposal already claims: a second payment for them needs a person. */
    private final Map<Integer, PaymentId> claims = new HashMap<>();

    public CashMatcher(OpenItemIndex index, MatchSettings settings, DeductionReasons reasons, Calibration calibration) {
        this.index = index;
        this.settings = settings;
        this.calibration = calibration;
        this.payers = new PayerIdentification(index.customers(), settings);
        this.planner = new Planner(index, new AmountFitter(index, reasons), settings);
        this.scoring = new Scoring(index, planner.lookup(), calibration);
    }

    /** Builds the index from master data; open items of unknown customers are returned as rejected. */
    public static CashMatcher of(List<Customer> customers, List<OpenItem> items, MatchSettings settings,
            DeductionReasons reasons, Calibration calibration) {
        CustomerDirectory directory = new CustomerDirectory();
        customers.forEach(directory::add);
        OpenItemIndex index = new OpenItemIndex(directory);
        for (OpenItem item : items) {
            index.add(item);
        }
        index.compact();
        return new CashMatcher(index, settings, reasons, calibration);
    }

    public OpenItemIndex index() {
        return index;
    }

    public MatchResult match(Payment payment) {
        MatchResult earlier = done.get(payment.id());
        if (earlier != null) {
            return earlier;
        }
        MatchResult result = decide(payment);
        done.put(payment.id(), result);
        if (result.decision() == Decision.AUTO) {
            apply(result);
        }
        return result;
    }

    private MatchResult decide(Payment payment) {
        long amount = payment.amount().minorUnits();
        if (amount <= 0) {
            return scoring.unapplied(payment, Optional.empty(), "amount " + payment.amount() + " is not positive: nothing to apply");
        }
        List<References.Token> tokens = References.tokens(payment.referenceText());
        Set<Integer> referenced = referencedCustomers(payment, tokens);
        PayerVerdict verdict = payers.identify(payment, referenced);
        if (!verdict.known()) {
            return scoring.unapplied(payment, Optional.empty(), verdict.explanation());
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean force = verdict.evidence() == PayerEvidence.AMBIGUOUS;
        if (force) {
            notes.add(verdict.explanation());
        }
        Plan plan = planner.plan(payment, verdict.customer(), tokens);
        notes.addAll(plan.notes());
        force |= plan.forceReview();
        plans.add(plan);
        candidates.add(scoring.candidate(payment, verdict.customer(), verdict.evidence(), plan));
        for (Plan alt : plan.alternatives()) {
            plans.add(alt);
            candidates.add(scoring.candidate(payment, verdict.customer(), verdict.evidence(), alt));
        }
        for (int rival : verdict.rivals()) {
            Plan rivalPlan = planner.plan(payment, rival, tokens);
            plans.add(rivalPlan);
            candidates.add(scoring.candidate(payment, rival, PayerEvidence.AMBIGUOUS, rivalPlan));
        }
        if (verdict.evidence() == PayerEvidence.AMBIGUOUS && plans.stream().allMatch(p -> p.fits().isEmpty())) {
            // the name was not conclusive and none of the customers it resembles is owed anything this
            // amount explains: naming one of them would only be a guess
            return scoring.unapplied(payment, Optional.empty(), verdict.explanation()
                    + "; no open item of theirs explains the amount, so no payer is named");
        }
        int best = 0;
        if (force && verdict.evidence() == PayerEvidence.AMBIGUOUS) {
            int confirmed = confirmedByAmount(plans);
            String why = " has an open item of exactly this amount";
            if (confirmed < 0) {
                confirmed = confirmedByRun(plans);
                why = "'s open items due in a run (an AP run) make exactly this amount";
            }
            if (confirmed >= 0 && !plans.get(confirmed).forceReview()) {
                // the evidence pointed to several customers, but only one of them is owed exactly this amount
                Plan p = plans.get(confirmed);
                int customer = index.customers().indexOf(candidates.get(confirmed).customer().orElseThrow());
                candidates.set(confirmed, scoring.candidate(payment, customer, PayerEvidence.AMOUNT_CONFIRMED, p));
                notes.clear();
                notes.add(verdict.explanation() + "; only " + index.customers().customer(customer).name() + why);
                force = false;
                best = confirmed;
            }
        }
        if (force && best == 0) {
            for (int i = 1; i < candidates.size(); i++) {
                if (Calibration.prior(candidates.get(i).pattern()) > Calibration.prior(candidates.get(best).pattern())) {
                    best = i;
                }
            }
        }
        Candidate chosen = candidates.get(best);
        Plan chosenPlan = plans.get(best);
        for (Fit f : chosenPlan.fits()) {
            PaymentId other = claims.get(f.item());
            if (other != null) {
                notes.add("document " + index.documentNumber(f.item()) + " is already proposed for payment " + other
                        + " (possible duplicate payment)");
                force = true;
            }
        }
        List<Candidate> others = new ArrayList<>(candidates);
        others.remove(best);
        Confidence confidence = calibration.confidence(chosen.pattern());
        boolean applies = chosen.allocations().stream().anyMatch(a -> !a.isRemainder());
        Decision decision = applies && !force && confidence.isAtLeast(settings.autoThreshold()) ? Decision.AUTO : Decision.REVIEW;
        if (decision == Decision.REVIEW && !force && applies) {
            notes.add(String.format(java.util.Locale.ROOT, "confidence %.3f below the %.3f threshold",
                    confidence.value(), settings.autoThreshold()));
        }
        if (decision == Decision.REVIEW && chosenPlan.reference() != ReferenceQuality.NONE) {
            // only documents the payer named: a guess by amount must not block a later payment that names them
            chosenPlan.fits().forEach(f -> claims.putIfAbsent(f.item(), payment.id()));
        }
        return new MatchResult(payment.id(), chosen.customer(), chosen, confidence, decision,
                others.subList(0, Math.min(others.size(), 2)), notes, force || !applies);
    }

    /** The one plan (by index) that explains the amount with a single open item, -1 if none or several. */
    private static int confirmedByAmount(List<Plan> plans) {
        int found = -1;
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            boolean explains = p.remainder() == 0 && p.fits().size() == 1 && (p.amount() == AmountFit.UNIQUE_AMOUNT
                    || p.amount() == AmountFit.EXACT || p.amount() == AmountFit.DISCOUNT_EARNED);
            if (explains) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * The one plan (by index) that explains the amount by a run of open items when no other plan involves
     * a run (the others explain it by an arbitrary combination, or not at all); -1 otherwise: two runs for
     * two customers stay a person's choice. Several customers' ledgers were searched, so only the stronger
     * kinds settle it: a plain run, or a gapped run of at most {@link #SETTLING_GAPPED_ITEMS} items (a
     * window combination, or a long gapped run, is too easily a coincidence in one of them).
     */
    static int confirmedByRun(List<Plan> plans) {
        int found = -1;
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            if (!involvesRun(p)) {
                continue;
            }
            if (found >= 0 || p.remainder() != 0 || !settles(p)) {
                return -1;
            }
            found = i;
        }
        return found;
    }

    static final int SETTLING_GAPPED_ITEMS = 4;

    private static boolean settles(Plan p) {
        return p.amount() == AmountFit.RUN
                || p.amount() == AmountFit.RUN_GAPPED && p.fits().size() <= SETTLING_GAPPED_ITEMS;
    }

    private static boolean involvesRun(Plan p) {
        return isRun(p.amount()) || p.alternatives().stream().anyMatch(a -> isRun(a.amount()));
    }

    private static boolean isRun(AmountFit f) {
        return f == AmountFit.RUN || f == AmountFit.RUN_GAPPED || f == AmountFit.RUN_WINDOW;
    }

    /** Customers whose documents (or POs) the payment text or remittance names exactly. */
    private Set<Integer> referencedCustomers(Payment payment, List<References.Token> tokens) {
        Set<Integer> out = new LinkedHashSet<>();
        List<References.Token> all = new ArrayList<>(tokens);
        for (RemittanceLine line : payment.remittanceLines()) {
            all.addAll(References.tokens(line.invoiceReference()));
        }
        for (References.Token t : all) {
            for (ItemHit h : planner.lookup().exact(t)) {
                out.add(index.customerOf(h.item()));
            }
        }
        if (out.isEmpty()) {
            for (References.Token t : all) {
                for (ItemHit h : planner.lookup().byPo(t)) {
                    out.add(index.customerOf(h.item()));
                }
            }
        }
        return out;
    }

    private void apply(MatchResult result) {
        for (Allocation a : result.allocations()) {
            if (a.isRemainder()) {
                continue;
            }
            int c = index.customers().indexOf(a.customer().orElseThrow());
            for (int id : index.byDocumentKey(References.canonical(a.documentNumber().orElseThrow()))) {
                if (index.customerOf(id) == c && index.documentNumber(id).equals(a.documentNumber().get())) {
                    index.apply(id, a.applied().plus(a.discount()).minorUnits());
                    break;
                }
            }
        }
    }

    /**
     * Forgets a payment's earlier answer and the items it claimed (its proposal was rejected or failed),
     * so matching it again looks afresh at the items as they stand.
     */
    public void forget(PaymentId payment) {
        done.remove(payment);
        claims.values().removeIf(payment::equals);
    }

    /**
     * An analyst confirmed (or corrected) who paid: remember the payer's bank account and name for this
     * customer, so the next payment from them is identified without a person.
     */
    public void learn(Payment payment, CustomerId confirmedCustomer) {
        int c = index.customers().indexOf(confirmedCustomer);
        if (c < 0) {
            return;
        }
        payment.payerAccount().ifPresent(a -> index.customers().learnAccount(a, c));
        payment.payerName().ifPresent(n -> index.customers().learnName(n, c));
    }

    /**
     * An analyst worked a proposal: who really paid, and whether the proposed allocations were right as
     * proposed. Feeds the payer memory and, for proposals no rule forced to a person, the scorer's
     * calibration, so kinds of match analysts keep confirming earn automation and corrected ones lose it.
     */
    public void learn(Payment payment, MatchResult proposal, CustomerId confirmedCustomer, boolean proposalConfirmed) {
        learn(payment, confirmedCustomer);
        if (!proposal.reviewRequired()) {
            calibration.record(proposal.chosen().pattern(), proposalConfirmed);
        }
    }

    static MatchPattern nothing() {
        return new MatchPattern(PayerEvidence.NONE, ReferenceQuality.NONE, AmountFit.NOTHING, 0);
    }
}
