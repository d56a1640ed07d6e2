package io.clearline.classification.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.classification.model.ModelArtifacts;
import io.clearline.classification.model.ModelFiles;
import io.clearline.trainingdata.text.LabelledText;
import io.clearline.trainingdata.text.Partition;
import io.clearline.trainingdata.text.TextSets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A word with a lexicon entry adds its anchors' features, the same way on the reference path and on
 * serving's fast path; a word without one, or a featurizer without a lexicon, changes nothing.
 */
class LexiconTest {

    private static final FeaturizerSpec SPEC = FeaturizerSpec.defaults(1000, List.of());
    private static final Lexicon WORDS = Lexicon.of(Map.of("haulage", List.of("freight"),
            "dupe", List.of("duplicate", "double")), false);
    private static final Lexicon WORDS_AND_GRAMS = Lexicon.of(Map.of("haulage", List.of("freight"),
            "dupe", List.of("duplicate", "double")), true);

    @Test
    void aWordWithAnEntryAddsItsAnchorsWordFeatures() {
        Map<String, Integer> counts = new Featurizer(SPEC, WORDS).counts("REASON: CLAIM: HAULAGE", Map.of());
        assertThat(counts).containsKeys("w:haulage", "w:freight", "c:hau").doesNotContainKey("c:fre");
        assertThat(new Featurizer(SPEC, WORDS).counts("dupe dupe", Map.of()))
                .containsEntry("w:duplicate", 2).containsEntry("w:double", 2).containsEntry("w:dupe", 2);
        assertThat(new Featurizer(SPEC, WORDS_AND_GRAMS).counts("haulage", Map.of())).containsKeys("c:fre", "c:ght ");
    }

    @Test
    void withoutAnEntryOrALexiconNothingChanges() {
        String text = "Freight charge deducted, haul age, Kürzung 12,50 EUR";
        Map<String, Integer> plain = new Featurizer(SPEC).counts(text, Map.of());
        assertThat(new Featurizer(SPEC, WORDS).counts(text, Map.of())).isEqualTo(plain);
        assertThat(new Featurizer(SPEC, Lexicon.NONE).counts(text, Map.of())).isEqualTo(plain);
    }

    @Test
    void theFastPathAddsTheSameFeaturesAsTheReferencePath() {
        ModelArtifacts a = ModelFiles.fromClasspath("deduction-reason", "current");
        Vocabulary vocabulary = Vocabulary.of(a.features());
        Set<String> known = Set.copyOf(a.features());
        List<String> texts = new ArrayList<>();
        for (LabelledText t : TextSets.generate("deduction-reason", 991, 300, Partition.CALIBRATION)) {
            texts.add(t.text());
            texts.add(t.text() + " haulage; DUPE invoice, Haulage");
        }
        texts.add("haulage");
        texts.add("");
        // the shipped lexicon version's entries too (words and char n-grams of up to two anchors)
        Lexicon shipped = ModelFiles.fromClasspath("deduction-reason", "2026.12.08-caltpl-lex2").lexicon();
        List<String> entries = List.copyOf(shipped.entries().keySet());
        for (int i = 0; i + 3 < entries.size(); i += 37) {
            texts.add("Deduction: " + entries.get(i) + " " + entries.get(i + 1).toUpperCase() + ", ref " + i
                    + " - " + entries.get(i + 2) + "/" + entries.get(i + 3));
        }
        for (Lexicon lexicon : List.of(WORDS, WORDS_AND_GRAMS, shipped)) {
            Featurizer featurizer = new Featurizer(a.featurizer(), lexicon);
            for (String text : texts) {
                FeatureVector expected = featurizer.vectorize(text, Map.of(), known::contains);
                IndexedFeatures actual = featurizer.vectorize(text, Map.of(), vocabulary);
                assertThat(actual.vector()).as(text).isEqualTo(expected);
            }
        }
        assertThat(new Featurizer(a.featurizer(), WORDS).vectorize("haulage", Map.of(), vocabulary).vector().names())
                .contains("w:freight");
    }

    @Test
    void theFileRoundTripsAndSaysWhatAnAnchorAdds() {
        Lexicon read = Lexicon.parse(WORDS_AND_GRAMS.toTsv());
        assertThat(read.entries()).isEqualTo(WORDS_AND_GRAMS.entries());
        assertThat(read.charGrams()).isTrue();
        assertThat(new String(WORDS.toTsv(), StandardCharsets.UTF_8))
                .isEqualTo("#adds\tw\ndupe\tduplicate\tdouble\nhaulage\tfreight\n");
        assertThat(Lexicon.parse("# a comment\n\nhaulage\tfreight\n".getBytes(StandardCharsets.UTF_8)).anchors("haulage"))
                .containsExactly("freight");
        assertThatThrownBy(() -> Lexicon.parse("haulage\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("haulage");
    }
}
