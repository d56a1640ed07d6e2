package io.clearline.matching;

import io.clearline.core.Confidence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a match pattern into a calibrated confidence: histogram binning over the pattern key, fitted on
 * a calibration split (never the evaluation split), smoothed towards a rule prior:
 * {@code (right + m·prior) / (seen + m)}. A bin with few samples stays near the prior; a bin seen
 * thousands of times says what it measured. The coarser back-off bin fills in for unseen fine bins.
 */
public final class Calibration {

    private static final double PRIOR_WEIGHT = 20;
    private final Map<String, long[]> bins;
    private final Double autoThreshold;

    private Calibration(Map<String, long[]> bins) {
        this(bins, null);
    }

    private Calibration(Map<String, long[]> bins, Double autoThreshold) {
        this.bins = bins;
        this.autoThreshold = autoThreshold;
    }

    /** The same table with the AUTO threshold chosen for it on the calibration split. */
    public Calibration withAutoThreshold(double threshold) {
        return new Calibration(bins, threshold);
    }

    /** The AUTO threshold chosen with this table, if one was. */
    public java.util.Optional<Double> autoThreshold() {
        return java.util.Optional.ofNullable(autoThreshold);
    }

    /** Rules only, before any calibration data. */
    public static Calibration rulesOnly() {
        return new Calibration(new HashMap<>());
    }

    /** The table shipped with the module (fitted by the matching evaluation), else rules only. */
    public static Calibration bundled() {
        InputStream in = Calibration.class.getResourceAsStream("calibration.tsv");
        if (in == null) {
            return rulesOnly();
        }
        // a fresh copy per call: recorded feedback must not leak between matchers
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Calibration parse(BufferedReader reader) throws IOException {
        Map<String, long[]> bins = new HashMap<>();
        Double threshold = null;
        String line;
        while ((line = reader.readLine()) != null) {
            String[] f = line.split("\t");
            if (f.length == 2 && f[0].equals("#auto_threshold")) {
                threshold = Double.parseDouble(f[1]);
            } else if (f.length == 3 && !line.startsWith("#")) {
                bins.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return new Calibration(bins, threshold);
    }

    /** Fits bins from labelled outcomes: pattern and whether the chosen allocation was exactly right. */
    public static Calibration fit(Iterable<Map.Entry<MatchPattern, Boolean>> outcomes) {
        Calibration c = new Calibration(new HashMap<>());
        for (var o : outcomes) {
            c.record(o.getKey(), o.getValue());
        }
        return c;
    }

    /**
     * Adds one labelled outcome, e.g. an analyst confirming or correcting a proposal: the bins are the
     * scorer's training data, so confirmations of a kind of match raise its confidence and corrections
     * lower it. Callers serialise access (one matcher per batch).
     */
    public void record(MatchPattern pattern, boolean right) {
        for (String key : new String[] {pattern.key(), "~" + pattern.backoffKey()}) {
            long[] b = bins.computeIfAbsent(key, k -> new long[2]);
            b[0] += right ? 1 : 0;
            b[1]++;
        }
    }

    public Confidence confidence(MatchPattern pattern) {
        double prior = prior(pattern);
        long[] back = bins.get("~" + pattern.backoffKey());
        if (back != null) {
            prior = (back[0] + PRIOR_WEIGHT * prior) / (back[1] + PRIOR_WEIGHT);
        }
        long[] fine = bins.get(pattern.key());
        if (fine != null) {
            return Confidence.clamped((fine[0] + PRIOR_WEIGHT * prior) / (fine[1] + PRIOR_WEIGHT));
        }
        return Confidence.clamped(prior);
    }

    /** Hand-set reliabilities per kind of evidence; only a starting point for the calibration. */
    static double prior(MatchPattern p) {
        double payer = switch (p.payer()) {
            case ACCOUNT -> 0.995;
            case NAME_AND_REFERENCE -> 0.995;
            case REFERENCE -> 0.98;
            case NAME -> 0.95;
            case AMOUNT_CONFIRMED -> 0.9;
            case AMBIGUOUS -> 0.5;
            case NONE -> 0.3;
        };
        double ref = switch (p.reference()) {
            case REMITTANCE_EXACT, EXACT -> 0.995;
            case NORMALISED -> 0.99;
            case OCR -> 0.97;
            case FUZZY -> 0.9;
            case PO -> 0.93;
            case NONE -> 0.95;
        };
        double amount = switch (p.amount()) {
            case EXACT -> 0.995;
            case DISCOUNT_EARNED -> 0.99;
            case DISCOUNT_UNEARNED, DEDUCTION -> 0.95;
            case PARTIAL, OVERPAYMENT -> 0.85;
            case UNIQUE_AMOUNT -> 0.9;
            case RUN -> 0.95;
            case RUN_GAPPED -> 0.9;
            case RUN_WINDOW -> 0.85;
            case SUBSET -> 0.85;
            case SUBSET_WIDE -> 0.6;
            case AMBIGUOUS -> 0.4;
            case UNEXPLAINED, SETTLED_ALREADY, NOTHING -> 0.2;
        };
        return payer * ref * amount;
    }

    /** The table as TSV (key, right, seen), for shipping as a resource. */
    public String toTsv() {
        StringBuilder out = new StringBuilder();
        if (autoThreshold != null) {
            out.append("#auto_threshold\t").append(autoThreshold).append('\n');
        }
        out.append("# key\tright\tseen\n");
        new TreeMap<>(bins).forEach((k, v) -> out.append(k).append('\t').append(v[0]).append('\t').append(v[1]).append('\n'));
        return out.toString();
    }
}
