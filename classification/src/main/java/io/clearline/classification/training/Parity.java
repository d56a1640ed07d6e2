package io.clearline.classification.training;

import io.clearline.classification.model.OnnxModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tribuo and ONNX Runtime must give the same label and probabilities within a tolerance. */
public final class Parity {

    public static final double TOLERANCE = 1e-5;

    /** @param agreement share of items with the same top label and every output within tolerance */
    public record Result(int items, double agreement, double maxDifference) {
    }

    private Parity() {
    }

    public static Result check(TribuoClassifier tribuo, OnnxModel onnx, List<LabelledExample> items) {
        if (!tribuo.labels().equals(onnx.artifacts().labels())) {
            return new Result(items.size(), 0, Double.POSITIVE_INFINITY);
        }
        List<LabelledExample> scorable = new ArrayList<>();
        List<double[]> expected = new ArrayList<>();
        for (LabelledExample e : items) {
            double[] raw = tribuo.raw(e.text(), e.context());
            if (raw != null) { // Tribuo refuses texts without a known feature; nothing to compare
                scorable.add(e);
                expected.add(raw);
            }
        }
        List<OnnxModel.Scored> actual = onnx.score(scorable.stream().map(LabelledExample::text).toList(),
                scorable.stream().map(e -> (Map<String, String>) e.context()).toList());
        int agree = 0;
        double max = 0;
        for (int i = 0; i < scorable.size(); i++) {
            double[] t = expected.get(i);
            float[] o = actual.get(i).raw();
            double diff = 0;
            int bestT = 0;
            int bestO = 0;
            for (int k = 0; k < t.length; k++) {
                diff = Math.max(diff, Math.abs(t[k] - o[k]));
                bestT = t[k] > t[bestT] ? k : bestT;
                bestO = o[k] > o[bestO] ? k : bestO;
            }
            max = Math.max(max, diff);
            agree += bestT == bestO && diff <= TOLERANCE ? 1 : 0;
        }
        return new Result(scorable.size(), scorable.isEmpty() ? 1.0 : (double) agree / scorable.size(), max);
    }
}
