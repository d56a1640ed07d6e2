package io.clearline.matching.payer;

import io.clearline.core.receivables.Payment;
import io.clearline.matching.MatchPattern.PayerEvidence;
import io.clearline.matching.MatchSettings;
import io.clearline.matching.index.CustomerDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the customer behind a payment from three kinds of evidence: a known bank account, the payer
 * name, and references that point to one customer's documents. When they disagree or are too weak,
 * the verdict is AMBIGUOUS with the rivals, so a person decides; it never silently guesses.
 */
public final class PayerIdentification {

    private final CustomerDirectory customers;
    private final MatchSettings settings;

    public PayerIdentification(CustomerDirectory customers, MatchSettings settings) {
        this.customers = customers;
        this.settings = settings;
    }

    /** @param referenced customers whose documents the payment's references name exactly */
    public PayerVerdict identify(Payment payment, Set<Integer> referenced) {
        Optional<Integer> byAccount = payment.payerAccount().flatMap(customers::byAccount);
        if (byAccount.isPresent()) {
            int c = byAccount.get();
            if (!referenced.isEmpty() && !referenced.contains(c)) {
                List<Integer> rivals = new ArrayList<>(referenced);
                return new PayerVerdict(c, PayerEvidence.AMBIGUOUS, rivals,
                        "account belongs to " + name(c) + " but the references point to another customer");
            }
            // a known account settles it; comparing names would only cost time
            return new PayerVerdict(c, PayerEvidence.ACCOUNT, List.of(), "payer account known for " + name(c));
        }
        Map<Integer, Double> names = payment.payerName().map(n -> customers.names().similar(n)).orElse(Map.of());
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(names.entrySet());
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()));
        double top = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
        double second = ranked.size() < 2 ? 0 : ranked.get(1).getValue();
        if (referenced.size() == 1) {
            int r = referenced.iterator().next();
            double s = names.getOrDefault(r, 0.0);
            if (payment.payerName().isEmpty() || s >= settings.nameMatchMinimum()) {
                return new PayerVerdict(r, payment.payerName().isEmpty() ? PayerEvidence.REFERENCE
                        : PayerEvidence.NAME_AND_REFERENCE, List.of(), "references and payer name point to " + name(r));
            }
            if (top >= settings.nameMatchMinimum() && ranked.get(0).getKey() != r) {
                return new PayerVerdict(r, PayerEvidence.AMBIGUOUS, List.of(ranked.get(0).getKey()),
                        "references point to " + name(r) + " but the payer name to " + name(ranked.get(0).getKey()));
            }
            return new PayerVerdict(r, PayerEvidence.REFERENCE, List.of(), "references point to " + name(r));
        }
        if (referenced.size() > 1) {
            List<Integer> rivals = new ArrayList<>(referenced);
            rivals.sort(Comparator.comparingDouble(c -> -names.getOrDefault(c, 0.0)));
            int best = rivals.get(0);
            if (names.getOrDefault(best, 0.0) >= settings.nameMatchMinimum()) {
                return new PayerVerdict(best, PayerEvidence.NAME_AND_REFERENCE, List.of(),
                        "payer name picks " + name(best) + " among the referenced customers");
            }
            return new PayerVerdict(best, PayerEvidence.AMBIGUOUS, rivals.subList(1, rivals.size()),
                    "references point to several customers");
        }
        if (top >= settings.nameMatchMinimum() && top - second >= settings.nameMatchMargin()) {
            int c = ranked.get(0).getKey();
            return new PayerVerdict(c, PayerEvidence.NAME, List.of(),
                    String.format("payer name matches %s (similarity %.2f)", name(c), top));
        }
        if (top >= 0.5) {
            int c = ranked.get(0).getKey();
            List<Integer> rivals = ranked.stream().skip(1).limit(2).filter(e -> e.getValue() >= 0.4)
                    .map(Map.Entry::getKey).toList();
            return new PayerVerdict(c, PayerEvidence.AMBIGUOUS, rivals,
                    String.format("payer name is close to %s (%.2f) but not conclusive", name(c), top));
        }
        return new PayerVerdict(-1, PayerEvidence.NONE, List.of(), "payer not identified");
    }

    private String name(int c) {
        return customers.customer(c).name() + " (" + customers.id(c) + ")";
    }
}
