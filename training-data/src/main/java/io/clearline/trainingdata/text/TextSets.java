package io.clearline.trainingdata.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the labelled text sets as JSON lines ({@code <dir>/<set>/{train,calibration,test}.jsonl}),
 * the hand-over format to the retrain command, which must not depend on this module.
 * {@code java ... TextSets OUT_DIR [SEED [TRAIN CALIBRATION TEST [CALIBRATION_TEMPLATES_IN_TRAIN]]]} (default 6000
 * 1500 2000 items per set, 0). With {@code CALIBRATION_TEMPLATES_IN_TRAIN} > 0 the training split also holds that
 * many texts built from the calibration partition's templates (another seed than the calibration split's), so
 * training covers every template but the test partition's; the calibration split then shares its templates with
 * training and the retrain calibrates on held-out template folds instead (ADR 013). The test split is unchanged.
 */
public final class TextSets {

    public static final String DEDUCTION_REASON = "deduction-reason";
    public static final String ORDER_EXCEPTION = "order-exception";
    public static final String DOCUMENT_TYPE = "document-type";
    public static final List<String> NAMES = List.of(DEDUCTION_REASON, ORDER_EXCEPTION, DOCUMENT_TYPE);
    /** Mixed into the seed of training texts built from calibration templates, so they are not the calibration split's. */
    static final long CALIBRATION_TEMPLATES_IN_TRAIN_SEED = 0x7E_A1CA_1B00L;

    private TextSets() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/text-sets");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261123L;
        int[] sizes = args.length > 4
                ? new int[] {Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4])}
                : new int[] {6000, 1500, 2000};
        writeAll(dir, seed, sizes[0], sizes[1], sizes[2], args.length > 5 ? Integer.parseInt(args[5]) : 0);
        System.out.println("text sets written to " + dir.toAbsolutePath());
    }

    public static void writeAll(Path dir, long seed, int train, int calibration, int test) {
        writeAll(dir, seed, train, calibration, test, 0);
    }

    public static void writeAll(Path dir, long seed, int train, int calibration, int test,
            int calibrationTemplatesInTrain) {
        for (String name : NAMES) {
            write(dir.resolve(name).resolve("train.jsonl"), training(name, seed, train, calibrationTemplatesInTrain));
            write(dir.resolve(name).resolve("calibration.jsonl"),
                    generate(name, seed, calibration, Partition.CALIBRATION));
            write(dir.resolve(name).resolve("test.jsonl"), generate(name, seed, test, Partition.TEST));
            try {
                Files.writeString(dir.resolve(name).resolve("MANIFEST.txt"), String.format(
                        "io.clearline.trainingdata.text.TextSets set=%s seed=%d train=%d calibration=%d test=%d;"
                                + (calibrationTemplatesInTrain > 0 ? " train also holds " + calibrationTemplatesInTrain
                                        + " texts from the calibration partition's templates, so calibration shares"
                                        + " templates with train; test uses phrasings, frames and layouts neither uses"
                                        : " train, calibration and test use disjoint phrasings, frames and layouts")
                                + " (Partition)%n",
                        name, seed, train, calibration, test));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The training split: {@code train} texts of the training partition's templates, then {@code fromCalibration}
     * texts of the calibration partition's templates (seeded apart from the calibration split).
     */
    public static List<LabelledText> training(String set, long seed, int train, int fromCalibration) {
        List<LabelledText> out = new java.util.ArrayList<>(generate(set, seed, train, Partition.TRAIN));
        if (fromCalibration > 0) {
            out.addAll(generate(set, seed ^ CALIBRATION_TEMPLATES_IN_TRAIN_SEED, fromCalibration, Partition.CALIBRATION));
        }
        return out;
    }

    public static List<LabelledText> generate(String set, long seed, int count, Partition partition) {
        return switch (set) {
            case DEDUCTION_REASON -> DeductionReasonGenerator.generate(seed, count, partition);
            case ORDER_EXCEPTION -> OrderExceptionGenerator.generate(seed, count, partition);
            case DOCUMENT_TYPE -> DocumentSnippetGenerator.generate(seed, count, partition);
            default -> throw new IllegalArgumentException("unknown text set '" + set + "', known: " + NAMES);
        };
    }

    static void write(Path file, List<LabelledText> texts) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (LabelledText t : texts) {
                    out.write(toJson(t));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String toJson(LabelledText t) {
        StringBuilder context = new StringBuilder("{");
        for (Map.Entry<String, String> e : t.context().entrySet()) {
            context.append(context.length() > 1 ? "," : "").append(quote(e.getKey())).append(':')
                    .append(quote(e.getValue()));
        }
        context.append('}');
        return "{\"text\":" + quote(t.text()) + ",\"label\":" + quote(t.label()) + ",\"family\":"
                + quote(t.family()) + ",\"language\":" + quote(t.language()) + ",\"context\":" + context + "}";
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
