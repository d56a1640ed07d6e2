package io.clearline.classification.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.features.GeneratedTexts;
import io.clearline.classification.features.Lexicon;
import io.clearline.classification.training.LabelledExample;
import io.clearline.classification.training.Parity;
import io.clearline.classification.training.TribuoClassifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version with {@code lexicon.tsv} serves it on both paths (Tribuo and ONNX agree, parity 1.0); a
 * version without one loads no lexicon; the file survives a write and a read.
 */
class LexiconVersionTest {

    static final String NAME = "deduction-reason";
    static final String PLAIN = "2026.12.07-xfit3-sparse1";
    static final String WITH_LEXICON = "2026.12.08-gloss2"; // the served version (ADR 014)

    @TempDir
    Path dir;

    @Test
    void aVersionWithoutTheFileHasNoLexicon() {
        assertThat(ModelFiles.fromClasspath(NAME, PLAIN).lexicon()).isSameAs(Lexicon.NONE);
    }

    @Test
    void theLexiconVersionServesItsLexiconOnBothPathsAndTheyAgree() throws IOException {
        ModelArtifacts a = ModelFiles.fromClasspath(NAME, WITH_LEXICON);
        // the same weights without the file: what the lexicon adds is all that differs
        ModelArtifacts plain = a.with(a.version(), Lexicon.NONE);
        assertThat(a.lexicon().size()).isGreaterThan(1000);
        // no word of the model's own vocabulary has an entry (training words featurize as they were trained)
        Map<String, List<String>> entries = a.lexicon().entries();
        assertThat(a.features().stream().filter(f -> f.startsWith("w:")).map(f -> f.substring(2)))
                .noneMatch(entries::containsKey);

        List<String> unseen = entries.keySet().stream().limit(400).toList();
        List<LabelledExample> texts = new ArrayList<>();
        List<String> generated = GeneratedTexts.generate(31, 200);
        for (int i = 0; i < generated.size(); i++) {
            texts.add(new LabelledExample(generated.get(i), "UNKNOWN", Map.of()));
            texts.add(new LabelledExample("REASON: CLAIM: " + unseen.get(i).toUpperCase() + " " + unseen.get(i + 200),
                    "UNKNOWN", Map.of()));
        }
        TribuoClassifier tribuo = TribuoClassifier.deserialize(gunzip(WITH_LEXICON), a.featurizer(), a.lexicon());
        try (OnnxModel onnx = new OnnxModel(a); OnnxModel without = new OnnxModel(plain)) {
            Parity.Result parity = Parity.check(tribuo, onnx, texts);
            assertThat(parity.items()).isGreaterThan(texts.size() / 2);
            assertThat(parity.agreement()).isEqualTo(1.0);
            String word = unseen.get(0);
            String anchor = a.lexicon().anchors(word).get(0);
            assertThat(onnx.features("claim: " + word, Map.of()).names()).contains("w:" + anchor);
            assertThat(without.features("claim: " + word, Map.of()).names()).doesNotContain("w:" + anchor);
        }
    }

    @Test
    void theFileIsWrittenOnlyWhenThereIsALexiconAndReadBack() {
        ModelArtifacts a = ModelFiles.fromClasspath(NAME, WITH_LEXICON);
        Path written = ModelFiles.write(dir, a.with("copy", a.lexicon()), "card");
        assertThat(ModelFiles.fromDirectory(dir, NAME, "copy").lexicon().entries()).isEqualTo(a.lexicon().entries());
        Path plain = ModelFiles.write(dir, a.with("plain", Lexicon.NONE), "card");
        assertThat(written.resolve(Lexicon.FILE)).exists();
        assertThat(plain.resolve(Lexicon.FILE)).doesNotExist();
        assertThat(Files.exists(plain.resolve("model.onnx"))).isTrue();
        assertThat(ModelFiles.fromDirectory(dir, NAME, "plain").lexicon()).isSameAs(Lexicon.NONE);
    }

    private static byte[] gunzip(String version) throws IOException {
        try (InputStream in = LexiconVersionTest.class.getClassLoader()
                .getResourceAsStream("models/" + NAME + "/" + version + "/model.tribuo.gz")) {
            return new GZIPInputStream(new ByteArrayInputStream(in.readAllBytes())).readAllBytes();
        }
    }
}
