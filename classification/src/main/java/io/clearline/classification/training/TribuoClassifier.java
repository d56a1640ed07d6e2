package io.clearline.classification.training;

import io.clearline.classification.features.FeatureVector;
import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.FeaturizerSpec;
import io.clearline.classification.features.Lexicon;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.ONNXExportable;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.impl.ArrayExample;

/**
 * A Tribuo model with the featurizer and vocabulary it was trained with. Its raw outputs come in
 * the model's label order, the same order as the exported ONNX graph's output columns.
 */
public final class TribuoClassifier {

    private static final LabelFactory LABELS = new LabelFactory();

    private final Model<Label> model;
    private final Featurizer featurizer;
    private final Set<String> vocabulary;
    private final List<String> labels;
    private final List<String> features;

    private TribuoClassifier(Model<Label> model, Featurizer featurizer, Set<String> vocabulary) {
        this.model = model;
        this.featurizer = featurizer;
        this.vocabulary = vocabulary;
        List<String> l = new ArrayList<>();
        for (int i = 0; i < model.getOutputIDInfo().size(); i++) {
            l.add(model.getOutputIDInfo().getOutput(i).getLabel());
        }
        this.labels = List.copyOf(l);
        List<String> f = new ArrayList<>();
        for (int i = 0; i < model.getFeatureIDMap().size(); i++) {
            f.add(model.getFeatureIDMap().get(i).getName());
        }
        this.features = List.copyOf(f);
    }

    /** Keeps n-grams seen in at least {@code minDf} training texts, at most {@code maxFeatures} of them. */
    public static Set<String> vocabulary(Featurizer featurizer, List<LabelledExample> train, int minDf, int maxFeatures) {
        Map<String, Integer> df = new HashMap<>();
        for (LabelledExample e : train) {
            for (String name : featurizer.counts(e.text(), e.context()).keySet()) {
                df.merge(name, 1, Integer::sum);
            }
        }
        return df.entrySet().stream().filter(e -> e.getValue() >= minDf || e.getKey().startsWith("x:"))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(maxFeatures).map(Map.Entry::getKey)
                .collect(HashSet::new, Set::add, Set::addAll);
    }

    public static TribuoClassifier train(CandidateTrainer candidate, Featurizer featurizer, Set<String> vocabulary,
            List<LabelledExample> train, String dataDescription) {
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance(dataDescription, OffsetDateTime.now(), LABELS), LABELS);
        for (LabelledExample e : train) {
            FeatureVector v = featurizer.vectorize(e.text(), e.context(), vocabulary::contains);
            if (v.size() > 0) {
                data.add(new ArrayExample<>(new Label(e.label()), v.names(), v.values()));
            }
        }
        Model<Label> model = candidate.trainer().get().train(data);
        return new TribuoClassifier(model, featurizer, Set.copyOf(model.getFeatureIDMap().keySet()));
    }

    /** Tribuo's own serialised form, shipped as {@code model.tribuo} for parity checks of the .onnx. */
    public byte[] serialize() {
        return model.serialize().toByteArray();
    }

    public static TribuoClassifier deserialize(byte[] bytes, FeaturizerSpec spec) {
        return deserialize(bytes, spec, Lexicon.NONE);
    }

    /** With the lexicon shipped beside the model, so it featurizes as the ONNX path does. */
    @SuppressWarnings("unchecked")
    public static TribuoClassifier deserialize(byte[] bytes, FeaturizerSpec spec, Lexicon lexicon) {
        try {
            Model<?> model = Model.deserialize(org.tribuo.protos.core.ModelProto.parseFrom(bytes));
            if (!(model.getOutputIDInfo().getDomain().iterator().next() instanceof Label)) {
                throw new IllegalArgumentException("not a classification model");
            }
            Model<Label> labelModel = (Model<Label>) model;
            return new TribuoClassifier(labelModel, new Featurizer(spec, lexicon),
                    Set.copyOf(labelModel.getFeatureIDMap().keySet()));
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not a Tribuo model", e);
        }
    }

    /** The same model featurizing with {@code lexicon} (as the ONNX path of a version that ships one). */
    public TribuoClassifier withLexicon(Lexicon lexicon) {
        return new TribuoClassifier(model, new Featurizer(featurizer.spec(), lexicon), vocabulary);
    }

    public Model<Label> model() {
        return model;
    }

    public List<String> labels() {
        return labels;
    }

    public List<String> features() {
        return features;
    }

    public boolean outputsProbabilities() {
        return model.generatesProbabilities();
    }

    /** Raw scores in label order, or null when no feature of the text is known to the model. */
    public double[] raw(String text, Map<String, String> context) {
        FeatureVector v = featurizer.vectorize(text, context, vocabulary::contains);
        if (v.size() == 0) {
            return null;
        }
        Prediction<Label> p = model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, v.names(), v.values()));
        double[] out = new double[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.getOutputScores().get(labels.get(i)).getScore();
        }
        return out;
    }

    public byte[] toOnnx(String domain, long modelVersion) {
        if (!(model instanceof ONNXExportable exportable)) {
            throw new IllegalStateException(model.getClass().getSimpleName() + " cannot be exported to ONNX");
        }
        return exportable.exportONNXModel(domain, modelVersion).toByteArray();
    }

    /** The heaviest features per label, for the model card. */
    public Map<String, List<String>> topFeatures(int n) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        model.getTopFeatures(n).forEach((label, pairs) -> out.put(label,
                pairs.stream().sorted(Comparator.comparingDouble(p -> -p.getB())).map(p -> p.getA()).toList()));
        return out;
    }
}
