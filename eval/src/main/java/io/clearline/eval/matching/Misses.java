package io.clearline.eval.matching;

import io.clearline.matching.Allocation;
import io.clearline.matching.Calibration;
import io.clearline.matching.MatchSettings;
import io.clearline.trainingdata.cash.CashWorld;
import io.clearline.trainingdata.cash.CashWorldGenerator;
import io.clearline.trainingdata.cash.CashWorldSpec;
import io.clearline.trainingdata.cash.PaymentTruth;
import io.clearline.trainingdata.cash.PaymentTruth.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A developer's tool, not a figure: runs the matcher with the bundled calibration over a generated world
 * and prints, per scenario, the payments it got wrong (an AUTO allocation that is not the truth) and the
 * ones it left untouched, with what it proposed, what was true and why. Used to find the causes behind
 * the per-scenario figures; it changes nothing.
 *
 * <pre>java -cp ... io.clearline.eval.matching.Misses [seed] [scenario|ALL] [max per scenario] [--small] [--heldout=N]
 *     [--calibrate [--save=FILE]]</pre>
 * {@code --calibrate} refits the calibration as the evaluation does instead of using the bundled one;
 * {@code --heldout=N} uses the N-th held-out world of {@link HeldOut} instead of the seed's benchmark world.
 */
public final class Misses {

    private Misses() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : MatchingEval.EVAL_SEED;
        Scenario only = args.length > 1 && !args[1].equals("ALL") ? Scenario.valueOf(args[1]) : null;
        int max = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        boolean small = List.of(args).contains("--small");
        CashWorldSpec spec = small ? CashWorldSpec.small(seed) : CashWorldSpec.benchmark(seed);
        for (String a : args) {
            if (a.startsWith("--heldout=")) {
                spec = HeldOut.specs(small).get(Integer.parseInt(a.substring("--heldout=".length())));
            }
        }
        System.out.println("world " + HeldOut.label(spec));
        CashWorld world = CashWorldGenerator.generate(spec);
        Calibration calibration = Calibration.bundled();
        if (List.of(args).contains("--calibrate")) {
            // refit as the evaluation does (calibration world of its own seed), without writing anything
            CashWorld calWorld = CashWorldGenerator.generate(small ? CashWorldSpec.small(MatchingEval.CALIBRATION_SEED)
                    : CashWorldSpec.benchmark(MatchingEval.CALIBRATION_SEED));
            calibration = Runs.calibrate(calWorld, MatchSettings.defaults());
            calibration = calibration.withAutoThreshold(Runs.chooseThreshold(calWorld, calibration, MatchSettings.defaults(),
                    MatchingEval.TARGET_PRECISION, MatchingEval.THRESHOLD_FLOOR));
            System.out.println("refitted calibration, AUTO threshold " + calibration.autoThreshold().orElseThrow());
            for (String a : args) {
                if (a.startsWith("--save=")) {
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of(a.substring("--save=".length())), calibration.toTsv());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }
        MatchSettings settings = MatchSettings.defaults()
                .withAutoThreshold(calibration.autoThreshold().orElse(MatchSettings.defaults().autoThreshold()));
        io.clearline.matching.CashMatcher matcher = Runs.matcher(world, calibration, settings);
        List<Outcome> outcomes = new ArrayList<>();
        for (var p : world.payments()) {
            outcomes.add(Outcome.judge(matcher.match(p), world.truth().get(p.id().value())));
        }
        Scorecard card = new Scorecard(outcomes);
        boolean neighbours = List.of(args).contains("--neighbours");
        System.out.println(summary(card));
        Map<String, long[]> kinds = new java.util.TreeMap<>();
        for (Outcome o : card.outcomes) {
            if (!o.result().reviewRequired()) {
                long[] k = kinds.computeIfAbsent(o.result().chosen().pattern().amount() + "|"
                        + o.result().chosen().pattern().payer(), x -> new long[3]);
                k[0]++;
                k[1] += o.paymentRight() ? 1 : 0;
                k[2] += o.auto() ? 1 : 0;
            }
        }
        kinds.forEach((k, v) -> System.out.printf(Locale.ROOT, "  kind %-32s seen %6d right %6d auto %6d%n", k, v[0], v[1], v[2]));
        for (Map.Entry<Scenario, List<Outcome>> e : card.byScenario().entrySet()) {
            if (only != null && e.getKey() != only) {
                continue;
            }
            List<Outcome> wrong = new ArrayList<>();
            List<Outcome> untouched = new ArrayList<>();
            List<Outcome> payer = new ArrayList<>();
            for (Outcome o : e.getValue()) {
                if (!o.payerRight()) {
                    payer.add(o);
                }
                if (o.auto() && o.rightAllocations() < o.allocations()) {
                    wrong.add(o);
                } else if (!o.result().isTouchless() && !o.truth().allocations().isEmpty()) {
                    untouched.add(o);
                }
            }
            System.out.printf(Locale.ROOT, "%n== %s: %d payments, %d wrong AUTO, %d applicable not touchless%n",
                    e.getKey(), e.getValue().size(), wrong.size(), untouched.size());
            System.out.printf(Locale.ROOT, "   %d with the wrong payer%n", payer.size());
            wrong.stream().limit(max).forEach(o -> System.out.println("WRONG " + describe(o)));
            payer.stream().limit(max).forEach(o -> System.out.println("PAYER " + describe(o)));
            untouched.stream().limit(max).forEach(o -> {
                System.out.println("UNTOUCHED " + describe(o));
                if (neighbours) {
                    System.out.print(neighbours(matcher.index(), o, world));
                }
            });
            if (untouched.size() > 0) {
                Map<String, Long> why = untouched.stream().collect(Collectors.groupingBy(
                        o -> o.result().chosen().pattern().key(), Collectors.counting()));
                System.out.println("  untouched by pattern: " + why);
            }
        }
    }

    static String summary(Scorecard card) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "auto_precision %.4f touchless %.4f top3 %.4f payer %.4f%n", card.autoPrecision(), card.touchless(),
                card.top3Recall(), card.payerAccuracy()));
        card.byScenario().forEach((s, list) -> out.append(String.format(Locale.ROOT,
                "  %-20s n=%5d touchless %.4f autoPrec %.4f payer %.4f top3 %.4f%n", s, list.size(),
                Scorecard.share(list, o -> o.result().isTouchless()), new Scorecard(list).autoPrecision(),
                Scorecard.share(list, Outcome::payerRight), Scorecard.share(list, Outcome::inTopThree))));
        return out.toString();
    }

    private static String describe(Outcome o) {
        PaymentTruth t = o.truth();
        var r = o.result();
        String proposed = r.allocations().stream().map(Misses::alloc).collect(Collectors.joining(", "));
        String truth = t.allocations().stream().map(a -> a.documentNumber() + "=" + a.applied().toPlainString())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s %s conf %.3f %s%n    proposed %s: %s%n    truth    %s: %s%n    notes %s",
                r.paymentId(), r.decision(), r.confidence().value(), r.chosen().pattern().key(),
                r.customer().map(Object::toString).orElse("-"), proposed,
                t.customer().map(Object::toString).orElse("-"), truth, r.notes());
    }

    /** The truth customer's items in due-date order around the true ones, as the ledger stands after the batch. */
    private static String neighbours(io.clearline.matching.index.OpenItemIndex index, Outcome o, CashWorld world) {
        if (o.truth().customer().isEmpty()) {
            return "";
        }
        int c = index.customers().indexOf(o.truth().customer().get());
        java.util.Set<String> truthDocs = o.truth().allocations().stream().map(PaymentTruth.Allocation::documentNumber)
                .collect(Collectors.toSet());
        var payment = world.payments().stream().filter(p -> p.id().equals(o.result().paymentId())).findFirst().orElseThrow();
        int day = (int) payment.valueDate().toEpochDay();
        List<Integer> ids = new ArrayList<>();
        var items = index.itemsOf(c);
        for (int k = 0; k < items.size(); k++) {
            ids.add(items.get(k));
        }
        ids.sort(java.util.Comparator.<Integer>comparingInt(index::dueDay).thenComparingInt(index::issueDay).thenComparingInt(i -> i));
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int i = 0; i < ids.size(); i++) {
            if (truthDocs.contains(index.documentNumber(ids.get(i)))) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        StringBuilder out = new StringBuilder("    value " + payment.valueDate() + ":");
        for (int i = Math.max(0, first - 2); i <= Math.min(ids.size() - 1, last + 2); i++) {
            int id = ids.get(i);
            out.append(String.format(Locale.ROOT, " %s%s(due%+d iss%+d %s)", truthDocs.contains(index.documentNumber(id)) ? "*" : "",
                    index.documentNumber(id), index.dueDay(id) - day, index.issueDay(id) - day,
                    index.openMinor(id) == 0 ? "paid" : Long.toString(index.openMinor(id))));
        }
        return out.append('\n').toString();
    }

    private static String alloc(Allocation a) {
        return a.isRemainder() ? "unapplied " + a.applied().amount().toPlainString()
                : a.documentNumber().orElse("?") + "=" + a.applied().amount().toPlainString();
    }
}
