package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.model.OnnxModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retrain's {@code --lexicon-words}: the new version gets its lexicon before parity and the gate, its
 * Tribuo model featurizes with it too (parity stays 1.0 on texts with lexicon words), and the card says so.
 */
class RetrainLexiconTest {

    @TempDir
    Path dir;

    @Test
    void theLexiconIsAttachedToTheVersionAndToItsTribuoModel() throws Exception {
        DataSplits data = ModelBuilderTest.DATA;
        ModelBuilder.Built built = ModelBuilder.build("tiny", "1.0", data,
                ModelBuilderTest.settings(List.of(CandidateTrainer.standard(5, 1).get(1))));
        Path words = Files.write(dir.resolve("words"), List.of("haulage", "zebra", "spoilage", "consignment"));
        // a stand-in embedder: every word near every anchor (cosine -1 passes), one anchor per word
        LexiconBuilder.Embedder embedder = batch -> batch.stream()
                .map(w -> new float[] {1f, (w.hashCode() & 0xFF) / 255f}).toArray(float[][]::new);
        RetrainLexicon.Attached attached = RetrainLexicon.attach(built, data, List.of(words),
                new LexiconBuilder.Settings(2, 0.5, 4, -1.0, 1, true), embedder, "a test embedder");

        ModelBuilder.Built withLexicon = attached.built();
        assertThat(withLexicon.artifacts().lexicon().entries()).containsKeys("haulage", "zebra", "spoilage");
        assertThat(withLexicon.artifacts().onnx()).isEqualTo(built.artifacts().onnx());
        assertThat(withLexicon.artifacts().metrics()).containsKeys("macro_f1", "ece", "test_items");
        assertThat(built.artifacts().lexicon().isEmpty()).isTrue();
        assertThat(attached.card()).contains("## Lexicon", "a test embedder", "| with lexicon |");

        List<LabelledExample> texts = new ArrayList<>(data.test());
        for (LabelledExample e : data.test().subList(0, 50)) {
            texts.add(new LabelledExample(e.text() + " haulage spoilage", e.label(), Map.of()));
        }
        try (OnnxModel onnx = new OnnxModel(withLexicon.artifacts())) {
            Parity.Result parity = Parity.check(withLexicon.chosen().classifier(), onnx, texts);
            assertThat(parity.agreement()).isEqualTo(1.0);
            String anchor = withLexicon.artifacts().lexicon().anchors("haulage").get(0);
            assertThat(onnx.features("haulage", Map.of()).names()).contains("w:" + anchor);
        }
    }

    @Test
    void aGlossaryAddsItsWordsAndTheCardSaysSo() throws Exception {
        DataSplits data = ModelBuilderTest.DATA;
        ModelBuilder.Built built = ModelBuilder.build("tiny", "1.0", data,
                ModelBuilderTest.settings(List.of(CandidateTrainer.standard(5, 1).get(1))));
        Glossary glossary = Glossary.of(Map.of("demurrage", "demurrage: a charge for the delay of a freight car"));
        List<String> embedded = new ArrayList<>();
        LexiconBuilder.Embedder embedder = batch -> {
            embedded.addAll(batch);
            return batch.stream().map(w -> new float[] {1f, (w.hashCode() & 0xFF) / 255f}).toArray(float[][]::new);
        };
        RetrainLexicon.Attached attached = RetrainLexicon.attach(built, data, List.of(), glossary,
                new LexiconBuilder.Settings(2, 0.5, 4, 2.0, 1, true, -1.0, 1), embedder, "a test embedder");

        assertThat(attached.built().artifacts().lexicon().entries()).containsOnlyKeys("demurrage");
        assertThat(embedded).contains(glossary.gloss("demurrage")).doesNotContain("demurrage");
        assertThat(attached.card()).contains("WordNet glossary (1 words", "cosine >= -1.00");
    }
}
