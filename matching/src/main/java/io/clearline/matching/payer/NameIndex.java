package io.clearline.matching.payer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer names (and learned aliases) by token prefix, with an IDF-weighted soft-Dice similarity:
 * rare tokens ("HARBOR") count more than common ones ("SUPPLY").
 */
public final class NameIndex {

    private final List<List<String>> namesOf = new ArrayList<>();
    private final List<Integer> ownerOf = new ArrayList<>();
    private final Map<String, List<Integer>> byPrefix = new HashMap<>();
    private final Map<String, Integer> tokenCounts = new HashMap<>();

    /** Registers a name for a customer (by directory index). */
    public void add(int customer, String name) {
        List<String> tokens = PayerNames.tokens(name);
        if (tokens.isEmpty()) {
            return;
        }
        int entry = namesOf.size();
        namesOf.add(tokens);
        ownerOf.add(customer);
        for (String t : tokens) {
            tokenCounts.merge(t, 1, Integer::sum);
            byPrefix.computeIfAbsent(prefix(t), k -> new ArrayList<>()).add(entry);
        }
    }

    private static String prefix(String t) {
        return t.length() <= 3 ? t : t.substring(0, 3);
    }

    /** Best similarity per customer for the payer name, only customers sharing a token prefix. */
    public Map<Integer, Double> similar(String payerName) {
        List<String> query = PayerNames.tokens(payerName);
        Map<Integer, Double> best = new HashMap<>();
        if (query.isEmpty()) {
            return best;
        }
        // common prefixes ("SUP", "FOO") would pull in much of the ledger: use them only when nothing rarer hits
        java.util.Set<Integer> entries = new java.util.HashSet<>();
        for (int limit : new int[] {400, Integer.MAX_VALUE}) {
            for (String t : query) {
                List<Integer> hits = byPrefix.get(prefix(t));
                if (hits != null && hits.size() < limit) {
                    entries.addAll(hits);
                }
            }
            if (!entries.isEmpty()) {
                break;
            }
        }
        for (int e : entries) {
            double s = similarity(query, namesOf.get(e));
            best.merge(ownerOf.get(e), s, Math::max);
        }
        return best;
    }

    private double idf(String token) {
        int n = tokenCounts.getOrDefault(token, 0);
        return Math.log(1.0 + (namesOf.size() + 1.0) / (n + 1.0));
    }

    double similarity(List<String> query, List<String> name) {
        double matched = 0;
        double total = 0;
        for (String q : query) {
            double w = idf(q);
            total += w;
            double agree = 0;
            for (String n : name) {
                agree = Math.max(agree, PayerNames.tokenAgreement(q, n));
            }
            matched += w * agree;
        }
        double nameWeight = 0;
        double nameMatched = 0;
        for (String n : name) {
            double w = idf(n);
            nameWeight += w;
            double agree = 0;
            for (String q : query) {
                agree = Math.max(agree, PayerNames.tokenAgreement(q, n));
            }
            nameMatched += w * agree;
        }
        return (matched + nameMatched) / (total + nameWeight);
    }
}
