package io.clearline.eval.matching;

import io.clearline.matching.MatchSettings;
import io.clearline.trainingdata.cash.CashWorldSpec;
import io.clearline.trainingdata.cash.PaymentTruth.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the matching evaluation as JSON (keys as issue 6 spells them), Markdown and an SVG curve. */
record MatchingReport(CashWorldSpec spec, CashWorldSpec calibrationSpec, MatchSettings settings, Scorecard matcher,
        Scorecard baseline, Speed.Figures speed, Double heapMb, LearningDemo.Result learning, PersistedRun.Figures persisted, double seconds,
        List<HeldOut.World> heldOut) {

    String batchNote() {
        return "batch_seconds: the evaluation world's payments through the persisted path on an embedded PostgreSQL "
                + "(same machine): CashApplication.matchAll matches them and submits cash.apply proposals (proposer "
                + "matcher:cash-matcher) to the governance gateway in chunks of 250 (ActionGateway.submitAll: "
                + "proposals, decisions and audit events in JDBC batches; the approved ones of a chunk executed by the "
                + "cash.apply handler as one batch: items locked once, each payment checked in order, writes batched); "
                + "the policy auto-approves from the bundled calibration's threshold. "
                + "Timed: matchAll only (not loading the ledger, not the chain check). " + persisted.summary() + ".";
    }

    Map<String, Object> figures() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("auto_precision", matcher.autoPrecision());
        f.put("touchless_rate", matcher.touchless());
        f.put("top3_recall", matcher.top3Recall());
        f.put("payer_id_accuracy", matcher.payerAccuracy());
        f.put("payments_per_second", speed.paymentsPerSecond());
        f.put("p99_ms", speed.p99Ms());
        f.put("batch_seconds", persisted.batchSeconds());
        f.put("heap_mb_1m_open_items", heapMb);
        f.put("baseline_auto_precision", baseline.autoPrecision());
        f.put("baseline_touchless_rate", baseline.touchless());
        f.put("heldout_auto_precision_min", HeldOut.minAutoPrecision(heldOut));
        f.put("heldout_touchless_min", HeldOut.minTouchless(heldOut));
        f.put("payment_accuracy", matcher.paymentAccuracy());
        f.put("auto_allocations", matcher.autoAllocations());
        f.put("deduction_reason_accuracy", matcher.reasonAccuracy());
        f.put("p50_ms", speed.p50Ms());
        f.put("max_ms", speed.maxMs());
        f.put("auto_threshold", settings.autoThreshold());
        f.put("learning_touchless_first_batch", learning.firstBatch());
        f.put("learning_touchless_second_batch_without", learning.secondWithoutLearning());
        f.put("learning_touchless_second_batch_with", learning.secondWithLearning());
        f.put("payments", (long) matcher.outcomes.size());
        f.put("open_items", (long) spec.openItems());
        f.put("customers", (long) spec.customers());
        f.put("seed", spec.seed());
        f.put("calibration_seed", calibrationSpec.seed());
        f.put("eval_seconds", seconds);
        f.put("batch_applied", (long) persisted.outcome().applied());
        f.put("batch_queued", (long) persisted.outcome().queued());
        f.put("batch_failed", (long) persisted.outcome().failed());
        f.put("batch_audit_events", persisted.auditEvents());
        f.put("batch_audit_chain_intact", persisted.chainIntact());
        f.put("batch_seconds_note", batchNote());
        return f;
    }

    String json() {
        StringBuilder s = new StringBuilder("{\n");
        var entries = List.copyOf(figures().entrySet());
        for (int i = 0; i < entries.size(); i++) {
            Object v = entries.get(i).getValue();
            String value = v == null || v instanceof Double d && d.isNaN() ? "null"
                    : v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d)
                    : v instanceof String str ? '"' + str.replace("\"", "\\\"") + '"' : v.toString();
            s.append("  \"").append(entries.get(i).getKey()).append("\": ").append(value).append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        return s.append("}\n").toString();
    }

    String svg() {
        return CurveChart.svg(matcher.curve(), new double[] {matcher.touchless(), matcher.autoPrecision()},
                new double[] {baseline.touchless(), baseline.autoPrecision()}, 0.9);
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Matching evaluation (issue 6)\n\n");
        s.append(String.format(Locale.ROOT, "Benchmark world: %,d customers, %,d open items, %,d payments (seed %d); "
                + "confidence calibrated on a separate world (seed %d: %,d customers, %,d open items, %,d payments). "
                + "AUTO threshold %.4f, chosen on the calibration world as the lowest at which its AUTO precision stays ≥ "
                + "0.998 (floor 0.95); the evaluation world played no part in it. Run took %.0f s.%n%n", spec.customers(), spec.openItems(), matcher.outcomes.size(),
                spec.seed(), calibrationSpec.seed(), calibrationSpec.customers(), calibrationSpec.openItems(),
                calibrationSpec.payments(), settings.autoThreshold(), seconds));
        s.append("| key | value | goal | met |\n| --- | --- | --- | --- |\n");
        row(s, "auto_precision", matcher.autoPrecision(), "≥ 0.995", matcher.autoPrecision() >= 0.995);
        row(s, "touchless_rate", matcher.touchless(), "≥ 0.90", matcher.touchless() >= 0.90);
        row(s, "top3_recall", matcher.top3Recall(), "≥ 0.98", matcher.top3Recall() >= 0.98);
        row(s, "payer_id_accuracy", matcher.payerAccuracy(), "≥ 0.99", matcher.payerAccuracy() >= 0.99);
        row(s, "payments_per_second", speed.paymentsPerSecond(), "≥ 1,000", speed.paymentsPerSecond() >= 1000);
        row(s, "p99_ms", speed.p99Ms(), "≤ 20", speed.p99Ms() <= 20);
        row(s, "batch_seconds", persisted.batchSeconds(), "≤ 120", persisted.batchSeconds() <= 120);
        if (heapMb == null) {
            s.append("| heap_mb_1m_open_items | null (quick run) | ≤ 1,024 | — |\n");
        } else {
            row(s, "heap_mb_1m_open_items", heapMb, "≤ 1,024", heapMb <= 1024);
        }
        row(s, "baseline_auto_precision", baseline.autoPrecision(), "report", null);
        row(s, "baseline_touchless_rate", baseline.touchless(), "report", null);
        row(s, "heldout_auto_precision_min", HeldOut.minAutoPrecision(heldOut), "≥ 0.995", HeldOut.minAutoPrecision(heldOut) >= 0.995);
        row(s, "heldout_touchless_min", HeldOut.minTouchless(heldOut), "report", null);
        s.append("\n").append(batchNote()).append("\n\n");
        s.append("Definitions: an AUTO allocation is *right* when its customer, document and applied amount all equal the "
                + "truth. `touchless_rate` = payments whose allocations are all AUTO with nothing unapplied, over all "
                + "payments (duplicates and unapplicable money can never be touchless: they need a person). `top3_recall` = "
                + "payments that should be applied whose exact allocation set (documents and amounts, right customer) is "
                + "the chosen candidate or one of the next two. `payer_id_accuracy` = proposed customer equals the truth "
                + "(no customer for money nobody in the ledger sent). Speed is matching alone on one thread after two "
                + "warm-up passes over the 20,000 payments; heap is used heap after GC holding the index of a generated "
                + "1,000,000-item ledger (10,000 customers).\n\n");
        s.append(String.format(Locale.ROOT, "Other figures: whole-payment accuracy of the chosen candidate %.4f; "
                + "deduction reason right on correctly matched short pays %.4f; %d AUTO allocations; p50 %.3f ms, max %.1f ms.%n%n",
                matcher.paymentAccuracy(), matcher.reasonAccuracy(), matcher.autoAllocations(), speed.p50Ms(), speed.maxMs()));
        s.append("## Per scenario\n\n| scenario | payments | touchless | AUTO precision | chosen candidate right | payer right | top-3 | baseline touchless | baseline AUTO precision |\n");
        s.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        var base = baseline.byScenario();
        for (var e : matcher.byScenario().entrySet()) {
            Scorecard m = new Scorecard(e.getValue());
            Scorecard b = new Scorecard(base.getOrDefault(e.getKey(), List.of()));
            s.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", e.getKey(), e.getValue().size(),
                    f(m.touchless()), f(m.autoPrecision()), f(m.paymentAccuracy()), f(m.payerAccuracy()),
                    e.getKey() == Scenario.DUPLICATE || e.getKey() == Scenario.UNAPPLICABLE ? "—" : f(m.top3Recall()),
                    f(b.touchless()), f(b.autoPrecision())));
        }
        s.append("\n## Held-out worlds\n\nThe same matcher, calibration and threshold on worlds of other seeds and mixes "
                + "that played no part in developing the matcher or fitting the calibration (the scenario shares are the "
                + "generator's; what changes is the ledger, its density, how many payments come from a known bank account "
                + "and how many payer names are badly printed). `heldout_auto_precision_min` and `heldout_touchless_min` "
                + "are the worst of them.\n\n| world | AUTO precision | touchless | top-3 | payer right | multi-invoice without remittance touchless |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        for (HeldOut.World w : heldOut) {
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", w.label(), f(w.autoPrecision()),
                    f(w.touchless()), f(w.top3()), f(w.payer()), f(w.multiNoRemittanceTouchless())));
        }
        s.append("\n## Precision vs automation\n\n![precision vs automation](matching-curve.svg)\n\n");
        s.append("Each point is a confidence threshold: automation = share of all payments that would be fully applied "
                + "without a person at that threshold (payments that a rule sends to a person are never counted), "
                + "precision = share of those AUTO allocations that are right. Selected points:\n\n");
        s.append("| threshold | automation | precision |\n| --- | --- | --- |\n");
        List<double[]> curve = matcher.curve();
        int step = Math.max(1, curve.size() / 12);
        for (int i = 0; i < curve.size(); i += step) {
            double[] p = curve.get(i);
            s.append(String.format(Locale.ROOT, "| %.4f | %.4f | %.4f |%n", p[0], p[1], p[2]));
        }
        s.append(String.format(Locale.ROOT, "%n## Learning from analysts%n%nA small world (seed %d) where no payment comes from a "
                + "bank account the customer master lists and every payer name is printed badly mangled (truncated, abbreviated, misspelt, reordered); the payments are bank lines "
                + "without references or remittance, so account, name and amount are all the matcher has. First batch touchless: %.3f. An analyst confirms the payer of "
                + "the %d payments that were not touchless. Second batch touchless without that feedback: %.3f; with it: %.3f.%n",
                MatchingEval.LEARNING_SEED, learning.firstBatch(), learning.corrections(), learning.secondWithoutLearning(), learning.secondWithLearning()));
        double[] at99 = pointAt(matcher.curve(), 0.99);
        s.append("\n## Notes and limits\n\n");
        s.append(String.format(Locale.ROOT, "- At the rule-of-thumb threshold 0.99 the same run's curve gives automation %.4f at "
                + "precision %.4f; the threshold above trades a little precision for automation, on calibration data only.%n",
                at99[1], at99[2]));
        s.append("- Multi-invoice payments without remittance are the hard case: the amount alone is explained first "
                + "by an AP run (consecutive open items by due date; else with one block left out; else a combination "
                + "of items due within a few days of the value date; ADR 010), only then by a bounded subset-sum (items "
                + "due near the value date first, fewest items first, unique only if no one-larger combination fits), "
                + "where coincidental sums are common when a customer has many open items of similar size. What is "
                + "left is mostly payments whose invoices are spread among others the payer did not pay; remittance "
                + "capture or learning each payer's settlement habits would close most of it.\n");
        s.append("- Duplicates and unapplicable money (about 4 % of the mix) need a person by definition, which caps "
                + "touchless near 0.96 on this mix.\n");
        s.append("- Speed is measured on a shared 2-core machine; across runs the same code measured between about 1,100 "
                + "and 7,700 payments/s. The per-payment tail comes from subset searches for customers with thousands of "
                + "open items (node budget 200,000 per search).\n");
        s.append("- The evaluation world's per-scenario results were looked at while the matcher was developed; the "
                + "calibration table and the threshold were fitted on the calibration world only.\n");
        s.append("\n## Baseline\n\nThe rule open-source ERPs use: a reference equal to a document number and an amount equal "
                + "to the open amount(s) → apply; else, when the bank account names the customer, allocate to that "
                + "customer's open invoices oldest first; else unapplied. Same data, same run.\n");
        return s.toString();
    }

    /** The curve point of the lowest threshold at or above {@code threshold}. */
    private static double[] pointAt(List<double[]> curve, double threshold) {
        double[] best = {threshold, 0, Double.NaN};
        for (double[] p : curve) {
            if (p[0] >= threshold) {
                best = p;
            }
        }
        return best;
    }

    private static void row(StringBuilder s, String key, double v, String goal, Boolean met) {
        s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", key, v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : f(v),
                goal, met == null ? "—" : met ? "yes" : "**no**"));
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.4f", v);
    }
}
