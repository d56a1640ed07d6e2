package io.clearline.classification;

import io.clearline.classification.Classification.ModelRef;
import io.clearline.classification.Classification.ScoredLabel;
import io.clearline.classification.Classification.WeightedFeature;
import io.clearline.classification.features.IndexedFeatures;
import io.clearline.classification.model.ModelArtifacts;
import io.clearline.classification.model.ModelFiles;
import io.clearline.classification.model.OnnxModel;
import io.clearline.classification.routing.Router;
import io.clearline.core.Confidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The classification service: one loaded model version per configured classifier, served by ONNX
 * Runtime. Every answer names the model version; below a label's threshold the answer is
 * {@link Classification#NEEDS_REVIEW}, never a forced guess. Thread-safe.
 */
public final class Classifiers implements AutoCloseable {

    private final ClassificationProperties properties;
    private final Map<String, OnnxModel> models = new LinkedHashMap<>();
    private final Router router;

    /** @param loader (model name, version) → artifacts */
    public Classifiers(ClassificationProperties properties, BiFunction<String, String, ModelArtifacts> loader) {
        this.properties = properties;
        properties.classifiers().forEach((name, settings) -> models.put(name,
                new OnnxModel(loader.apply(settings.model() == null ? name : settings.model(), settings.version()))));
        // routing is checked against the labels the loaded models answer with
        try {
            this.router = Router.of(properties.routing(), names().stream().collect(
                    java.util.stream.Collectors.toMap(n -> n, this::labels)));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public static Classifiers fromClasspath(ClassificationProperties properties) {
        return new Classifiers(properties, ModelFiles::fromClasspath);
    }

    public Set<String> names() {
        return models.keySet();
    }

    public ModelRef model(String classifier) {
        ModelArtifacts a = model0(classifier).artifacts();
        return new ModelRef(a.name(), a.version());
    }

    /** The labels a classifier answers with, in its model's order. */
    public List<String> labels(String classifier) {
        return model0(classifier).artifacts().labels();
    }

    /** Bytes of the loaded model files (graph, feature map), a lower bound of their memory. */
    public long modelBytes() {
        return models.values().stream().mapToLong(m -> m.artifacts().onnx().length
                + m.artifacts().features().stream().mapToLong(f -> 40 + 2L * f.length()).sum()).sum();
    }

    public Classification classify(String classifier, ClassificationRequest request) {
        return classifyBatch(classifier, List.of(request)).get(0);
    }

    public List<Classification> classifyBatch(String classifier, List<ClassificationRequest> batch) {
        OnnxModel model = model0(classifier);
        // a null item is an empty text (answered NEEDS_REVIEW), not a crash of the whole batch
        List<ClassificationRequest> requests = batch.stream().map(r -> r == null ? ClassificationRequest.of("") : r).toList();
        if (requests.size() > properties.maxBatchSize()) {
            throw new IllegalArgumentException("batch of " + requests.size() + " exceeds the maximum of "
                    + properties.maxBatchSize());
        }
        List<String> texts = requests.stream().map(r -> r.text().length() > properties.maxTextChars()
                ? r.text().substring(0, properties.maxTextChars()) : r.text()).toList();
        List<OnnxModel.Scored> scored = model.score(texts, requests.stream().map(ClassificationRequest::context).toList());
        List<Classification> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            Classification answer = answer(classifier, model, requests.get(i), scored.get(i));
            // which team queue and how urgent: configuration over the answer and its context (package routing)
            out.add(answer.withRoute(router.route(classifier, answer.label(), requests.get(i).context())));
        }
        return out;
    }

    private Classification answer(String classifier, OnnxModel model, ClassificationRequest request,
            OnnxModel.Scored scored) {
        ModelArtifacts a = model.artifacts();
        ClassificationProperties.Classifier settings = properties.classifiers().get(classifier);
        double[] p = scored.probabilities();
        int[] order = ranked(p);
        int best = order[0];
        String predicted = a.labels().get(best);
        double threshold = settings.thresholds().getOrDefault(predicted, a.thresholds().getOrDefault(predicted, 1.0));
        String reason = null;
        if (scored.indexed().size() == 0) {
            reason = request.text().isBlank() ? "empty text" : "no known words in the text";
        } else if (p[best] < threshold) {
            reason = String.format("confidence %.3f below the %s threshold %.3f", p[best], predicted, threshold);
        }
        List<ScoredLabel> topK = new ArrayList<>();
        for (int k = 0; k < Math.min(properties.topK(), p.length); k++) {
            topK.add(new ScoredLabel(a.labels().get(order[k]), p[order[k]]));
        }
        String customer = request.context().get(ClassificationProperties.CUSTOMER_ID);
        String customerCode = customer == null ? null
                : settings.customerCodes().getOrDefault(customer, Map.of()).get(predicted);
        return new Classification(classifier, reason == null ? predicted : Classification.NEEDS_REVIEW, predicted,
                Confidence.clamped(p[best]), threshold, reason != null, reason, topK, new ModelRef(a.name(), a.version()),
                topFeatures(model, scored, best), customerCode);
    }

    /**
     * The heaviest positive features for the answered label: only the text's own (nonzero) features can
     * weigh, read from that label's weights (LinearWeights keeps them label by label); one pass keeps the
     * best few in order, ties to the earlier feature (name order), as the stable sort this replaces did.
     * Names are looked up for those few only.
     */
    private List<WeightedFeature> topFeatures(OnnxModel model, OnnxModel.Scored scored, int label) {
        int wanted = properties.topFeatures();
        if (model.weights() == null || wanted == 0) {
            return List.of();
        }
        IndexedFeatures features = scored.indexed();
        double[] values = features.values();
        int[] columns = features.columns();
        int[] best = new int[wanted];
        double[] weights = new double[wanted];
        int kept = 0;
        for (int k = 0; k < columns.length; k++) {
            double w = model.weights().weight(columns[k], label) * values[k];
            if (w <= 0 || kept == wanted && w <= weights[kept - 1]) {
                continue;
            }
            int at = kept == wanted ? kept - 1 : kept++;
            while (at > 0 && weights[at - 1] < w) {
                best[at] = best[at - 1];
                weights[at] = weights[at - 1];
                at--;
            }
            best[at] = k;
            weights[at] = w;
        }
        List<WeightedFeature> top = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            top.add(new WeightedFeature(features.name(best[i]), weights[i]));
        }
        return top;
    }

    /** Label indexes by descending probability, ties in label order (what the stable sort before gave). */
    private static int[] ranked(double[] values) {
        int[] order = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            int at = i;
            // insertion sort: a handful of labels
            while (at > 0 && Double.compare(-values[order[at - 1]], -values[i]) > 0) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        return order;
    }

    private OnnxModel model0(String classifier) {
        OnnxModel model = classifier == null ? null : models.get(classifier);
        if (model == null) {
            throw new UnknownClassifierException(classifier, models.keySet());
        }
        return model;
    }

    @Override
    public void close() {
        models.values().forEach(OnnxModel::close);
    }
}
