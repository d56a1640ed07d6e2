package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.FeaturizerSpec;
import io.clearline.classification.features.Lexicon;
import io.clearline.trainingdata.text.LabelledText;
import io.clearline.trainingdata.text.Partition;
import io.clearline.trainingdata.text.TextSets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lexicon is built from the training texts and the word list alone: with MiniLM it maps unseen
 * words of a small fixed list onto the training words they mean; with any embedder, what it embeds and
 * what becomes an entry come from those two inputs only, never from a text of the eval's test partition.
 */
class LexiconBuilderTest {

    private static final Featurizer FEATURIZER = new Featurizer(FeaturizerSpec.defaults(1000, List.of()));

    @TempDir
    Path dir;

    @Test
    void miniLmMapsUnseenWordsOntoTheTrainingWordsTheyMean() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            texts.add("Deduction " + i + ": freight charge");
            texts.add("Deduction " + i + ": price variance");
            texts.add("Deduction " + i + ": goods damaged");
            texts.add("Deduction " + i + ": duplicate invoice");
        }
        Path words = Files.writeString(dir.resolve("words"),
                "haulage\nbroken\nzebra\nfreight\nHaulage\nhaulage's\ncar\n");
        Set<String> modelWords = Set.of("freight", "charge", "price", "variance", "goods", "damaged", "duplicate",
                "invoice", "deduction");
        LexiconBuilder.Build build = LexiconBuilder.build(FEATURIZER, texts, modelWords, List.of(words),
                new LexiconBuilder.Settings(2, 0.5, 4, 0.6, 1, false), new MiniLm());

        // "deduction" is in every text: frame wording, no anchor; "car" is too short, "freight" a training word,
        // "Haulage" capitalised (a name in an English list), "haulage's" not one alphabetic word
        assertThat(build.anchors()).isEqualTo(8);
        assertThat(build.candidates()).isEqualTo(3);
        Lexicon lexicon = build.lexicon();
        assertThat(lexicon.anchors("haulage")).containsExactly("freight");
        assertThat(lexicon.anchors("broken")).containsExactly("damaged");
        assertThat(lexicon.anchors("zebra")).isNull();
        assertThat(build.neighbours()).allSatisfy(n -> assertThat(n.anchors()).doesNotContain("deduction"));
    }

    @Test
    void onlyTheTrainingTextsAndTheWordListAreRead() throws Exception {
        List<String> train = TextSets.generate("deduction-reason", 5, 1500, Partition.TRAIN).stream()
                .map(LabelledText::text).toList();
        List<LabelledText> test = TextSets.generate("deduction-reason", 424242, 2000, Partition.TEST);
        Set<String> trainingWords = words(train);
        Set<String> testOnly = new HashSet<>(words(test.stream().map(LabelledText::text).toList()));
        testOnly.removeAll(trainingWords);
        testOnly.removeIf(w -> w.length() < 4 || !w.chars().allMatch(Character::isLetter));
        assertThat(testOnly).as("the test partition has words the training texts lack").isNotEmpty();
        List<String> listed = List.of("haulage", "zebra", "consignment", testOnly.iterator().next());
        Path words = Files.write(dir.resolve("words"), listed);

        List<String> embedded = new ArrayList<>();
        LexiconBuilder.Embedder recording = batch -> {
            embedded.addAll(batch);
            return batch.stream().map(LexiconBuilderTest::hashVector).toArray(float[][]::new);
        };
        LexiconBuilder.Build build = LexiconBuilder.build(FEATURIZER, train, trainingWords, List.of(words),
                new LexiconBuilder.Settings(3, 0.05, 4, -1.0, 1, false), recording);

        // every cosine passes: the entries are exactly the listed words the training texts lack
        List<String> unseen = listed.stream().filter(w -> !trainingWords.contains(w)).toList();
        assertThat(unseen).contains("zebra", listed.get(3));
        assertThat(build.lexicon().entries().keySet()).containsExactlyInAnyOrderElementsOf(unseen);
        assertThat(embedded).allMatch(w -> trainingWords.contains(w) || listed.contains(w));
        Set<String> unlisted = new HashSet<>(testOnly);
        unlisted.removeAll(listed);
        assertThat(embedded).doesNotContainAnyElementsOf(unlisted);
        assertThat(build.lexicon().entries().values().stream().flatMap(List::stream))
                .allMatch(trainingWords::contains);
    }

    private static Set<String> words(List<String> texts) {
        return texts.stream().flatMap(t -> Arrays.stream(FEATURIZER.tokens(t))).collect(Collectors.toSet());
    }

    /** A deterministic stand-in for an embedding: any two words get some cosine. */
    private static float[] hashVector(String word) {
        java.util.Random r = new java.util.Random(word.hashCode());
        float[] v = new float[16];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }
}
