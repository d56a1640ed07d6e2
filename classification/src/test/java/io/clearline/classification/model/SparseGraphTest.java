package io.clearline.classification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl;
import io.clearline.classification.Classification;
import io.clearline.classification.ClassificationProperties;
import io.clearline.classification.ClassificationRequest;
import io.clearline.classification.Classifiers;
import io.clearline.classification.features.GeneratedTexts;
import io.clearline.classification.training.LabelledExample;
import io.clearline.classification.training.Parity;
import io.clearline.classification.training.TribuoClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The sparse graph form (ADR 008): the same weights as Tribuo's dense export, the same answers within
 * float rounding, the same explanations; dense graphs still load and score.
 */
class SparseGraphTest {

    private static final List<String> TEXTS = GeneratedTexts.generate(23, 400);
    private static final List<String> NAMES = List.of("deduction-reason", "order-exception", "document-type");

    @Test
    void theShippedVersionsAreSparseAndAgreeWithTheirTribuoModels() {
        for (String name : NAMES) {
            ModelArtifacts a = ModelFiles.fromClasspath(name, "current");
            assertThat(SparseGraph.isSparse(a.onnx())).as(name).isTrue();
            TribuoClassifier tribuo = TribuoClassifier.deserialize(gunzip(name + "/" + a.version() + "/model.tribuo.gz"),
                    a.featurizer(), a.lexicon());
            try (OnnxModel onnx = new OnnxModel(a)) {
                assertThat(onnx.sparse()).isTrue();
                Parity.Result parity = Parity.check(tribuo, onnx, examples(name));
                assertThat(parity.items()).isGreaterThan(TEXTS.size() / 2);
                assertThat(parity.agreement()).as(name).isEqualTo(1.0);
                assertThat(parity.maxDifference()).isLessThanOrEqualTo(Parity.TOLERANCE);
            }
        }
    }

    @Test
    void aRepackedDenseGraphScoresAsTheDenseOneWithinRounding() {
        for (String name : NAMES) {
            ModelArtifacts dense = ModelFiles.fromClasspath(name, OnnxModelParityTest.DENSE.get(name));
            assertThat(SparseGraph.isSparse(dense.onnx())).isFalse();
            assertThat(SparseGraph.canRewrite(dense.onnx())).isTrue();
            byte[] rewritten = SparseGraph.fromDense(dense.onnx());
            ModelArtifacts sparse = new ModelArtifacts(name, "sparse", dense.featurizer(), dense.features(),
                    dense.labels(), dense.calibration(), dense.thresholds(), dense.metrics(), rewritten);
            // same weight matrix, read from either graph
            LinearWeights before = LinearWeights.fromOnnx(dense.onnx(), dense.features().size(), dense.labels().size());
            LinearWeights after = LinearWeights.fromOnnx(rewritten, dense.features().size(), dense.labels().size());
            assertThat(after.byLabel()).isEqualTo(before.byLabel());
            assertThat(SparseGraph.canRewrite(rewritten)).isFalse();
            // plus a text of the model's own words, long enough for more known features than SparseRows keeps tensors for
            List<String> texts = new java.util.ArrayList<>(TEXTS);
            texts.add(String.join(" ", dense.features().stream().filter(f -> f.startsWith("w:")).limit(600)
                    .map(f -> f.substring(2)).toList()));
            List<Map<String, String>> contexts = texts.stream().map(t -> contextFor(name, t)).toList();
            try (OnnxModel d = new OnnxModel(dense); OnnxModel s = new OnnxModel(sparse)) {
                assertThat(d.sparse()).isFalse();
                assertThat(s.sparse()).isTrue();
                List<OnnxModel.Scored> ds = d.score(texts, contexts);
                List<OnnxModel.Scored> ss = s.score(texts, contexts);
                int differentBits = 0;
                int longest = 0;
                for (int i = 0; i < texts.size(); i++) {
                    longest = Math.max(longest, ds.get(i).indexed().size());
                    float[] x = ds.get(i).raw();
                    float[] y = ss.get(i).raw();
                    assertThat(y).hasSameSizeAs(x);
                    for (int k = 0; k < x.length; k++) {
                        assertThat((double) y[k]).as("%s text %d label %d", name, i, k).isCloseTo(x[k],
                                org.assertj.core.data.Offset.offset(1e-5));
                        differentBits += Float.compare(x[k], y[k]) != 0 ? 1 : 0;
                    }
                    // a text without known features scores the bias alone, exactly, in both forms
                    if (ds.get(i).indexed().size() == 0) {
                        assertThat(y).isEqualTo(x);
                    }
                }
                // the forms really are different computations (else this test would prove nothing)
                assertThat(differentBits).isPositive();
                assertThat(longest).as(name).isGreaterThan(512);
            }
        }
    }

    @Test
    void explanationsAndAnswersAreTheDenseVersionsOnes() {
        ClassificationProperties properties = ClassificationProperties.defaultsOnly();
        // the dense versions and the same weights repacked as sparse graphs (the shipped versions have no dense twin)
        try (Classifiers sparse = new Classifiers(properties, (name, version) -> {
                    ModelArtifacts d = ModelFiles.fromClasspath(name, OnnxModelParityTest.DENSE.get(name));
                    return new ModelArtifacts(name, d.version(), d.featurizer(), d.features(), d.labels(), d.calibration(),
                            d.thresholds(), d.metrics(), SparseGraph.fromDense(d.onnx()));
                });
                Classifiers dense = new Classifiers(properties,
                        (name, version) -> ModelFiles.fromClasspath(name, OnnxModelParityTest.DENSE.get(name)))) {
            int explained = 0;
            for (String name : NAMES) {
                for (String text : TEXTS) {
                    ClassificationRequest request = new ClassificationRequest(text, contextFor(name, text));
                    Classification s = sparse.classify(name, request);
                    Classification d = dense.classify(name, request);
                    assertThat(s.predictedLabel()).as("%s: %s", name, text).isEqualTo(d.predictedLabel());
                    assertThat(s.needsReview()).isEqualTo(d.needsReview());
                    assertThat(s.topFeatures()).isEqualTo(d.topFeatures());
                    assertThat(s.confidence().value()).isCloseTo(d.confidence().value(),
                            org.assertj.core.data.Offset.offset(1e-5));
                    explained += s.topFeatures().isEmpty() ? 0 : 1;
                }
            }
            assertThat(explained).isGreaterThan(NAMES.size() * TEXTS.size() / 2);
        }
    }

    @Test
    void onlyALinearGemmOnTheOnlyInputIsRewritten() throws Exception {
        byte[] dense = ModelFiles.fromClasspath("order-exception", OnnxModelParityTest.DENSE.get("order-exception")).onnx();
        OnnxMl.ModelProto model = OnnxMl.ModelProto.parseFrom(dense);
        OnnxMl.NodeProto gemm = model.getGraph().getNode(0);
        assertThat(gemm.getOpType()).isEqualTo("Gemm");
        byte[] transposed = model.toBuilder().setGraph(model.getGraph().toBuilder().setNode(0, gemm.toBuilder()
                .addAttribute(OnnxMl.AttributeProto.newBuilder().setName("transB").setI(1)
                        .setType(OnnxMl.AttributeProto.AttributeType.INT)))).build().toByteArray();
        assertThat(SparseGraph.canRewrite(transposed)).isFalse();
        assertThatThrownBy(() -> SparseGraph.fromDense(transposed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a linear graph");
        assertThat(SparseGraph.canRewrite(new byte[] {1, 2, 3})).isFalse();
        // the sparse graph keeps the output, the opset and Tribuo's provenance
        OnnxMl.ModelProto sparse = OnnxMl.ModelProto.parseFrom(SparseGraph.fromDense(dense));
        assertThat(sparse.getGraph().getOutputList()).isEqualTo(model.getGraph().getOutputList());
        assertThat(sparse.getOpsetImportList()).isEqualTo(model.getOpsetImportList());
        assertThat(sparse.getMetadataPropsList()).containsAll(model.getMetadataPropsList());
        assertThat(sparse.getGraph().getInputList()).extracting(OnnxMl.ValueInfoProto::getName)
                .containsExactly(SparseGraph.COLUMNS, SparseGraph.VALUES);
    }

    private static List<LabelledExample> examples(String name) {
        return TEXTS.stream().map(t -> new LabelledExample(t, "?", contextFor(name, t))).toList();
    }

    private static Map<String, String> contextFor(String name, String text) {
        return name.equals("order-exception") && text.length() % 3 == 0 ? Map.of("rule_signals", "PO_SEEN_BEFORE")
                : Map.of();
    }

    static byte[] gunzip(String resource) {
        try (InputStream in = new GZIPInputStream(SparseGraphTest.class.getClassLoader()
                .getResourceAsStream("models/" + resource))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
