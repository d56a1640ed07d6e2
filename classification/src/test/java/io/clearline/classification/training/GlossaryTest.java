package io.clearline.classification.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearline.classification.features.Featurizer;
import io.clearline.classification.features.FeaturizerSpec;
import io.clearline.classification.features.Lexicon;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WordNet database read as a glossary (ADR 014), and the lexicon built with it: a rare word embedded as its
 * definition finds the training word it means where the word alone does not.
 */
class GlossaryTest {

    private static final Featurizer FEATURIZER = new Featurizer(FeaturizerSpec.defaults(1000, List.of()));

    @TempDir
    Path dir;

    /** A WordNet 3.0 database in miniature: the same line formats, a licence header line, Latin-1 text. */
    private Path wordNet() throws Exception {
        write("index.noun", "  1 This software and database is being provided",
                "excise n 1 3 @ ~ + 1 0 00000001  ",
                "paris n 2 1 @ 2 1 00000004 00000005  ",
                "sales_tax n 1 1 @ 1 0 00000006  ",
                "spoilage n 3 1 @ 3 0 00000002 00000003 00000007  ");
        write("data.noun", "  1 This software and database is being provided",
                "00000001 04 n 02 excise 0 excise_tax 0 001 @ 00000009 n 0000 | a tax that is measured by the amount "
                        + "of business done; \"an excise on tobacco\"  ",
                "00000002 22 n 01 spoilage 0 000 | the amount that has spoiled  ",
                "00000003 22 n 02 spoil 0 spoilage 0 000 | the process of becoming spoiled  ",
                "00000007 04 n 01 spoilage 0 000 | a third sense nobody reads  ",
                "00000004 15 n 02 Paris 0 French_capital 0 000 | the capital of France  ",
                "00000005 03 n 01 paris 0 000 | herb with a whorl of four leaves  ",
                "00000006 04 n 01 sales_tax 0 000 | a tax on sales  ");
        write("index.verb", "excise v 1 1 @ 1 0 00000008  ");
        write("data.verb", "00000008 35 v 02 excise 0 cut_out 0 000 | remove by cutting; \"excise a tumour\"  ");
        write("index.adj", "");
        write("data.adj", "");
        write("noun.exc", "excisae excise");
        write("verb.exc", "");
        write("adj.exc", "");
        return dir;
    }

    private void write(String name, String... lines) throws Exception {
        Files.write(dir.resolve(name), String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aWordIsExplainedByTheSynonymsAndDefinitionsOfItsFirstSenses() throws Exception {
        Glossary glossary = Glossary.wordNet(wordNet(), 2);

        assertThat(glossary.gloss("excise")).isEqualTo(
                "excise: excise tax - a tax that is measured by the amount of business done; cut out - remove by cutting");
        assertThat(glossary.gloss("spoilage")).as("two senses, usage examples and the third sense dropped")
                .isEqualTo("spoilage: the amount that has spoiled; spoil - the process of becoming spoiled");
        assertThat(glossary.gloss("paris")).as("the name sense (written 'Paris') is not the word's")
                .isEqualTo("paris: herb with a whorl of four leaves");
        assertThat(glossary.words()).as("collocations are no lexicon entry").containsExactly("excise", "paris", "spoilage");
        assertThat(Glossary.wordNet(dir, 1).gloss("spoilage")).isEqualTo("spoilage: the amount that has spoiled");
    }

    @Test
    void anInflectedFormIsExplainedByItsLemma() throws Exception {
        Glossary glossary = Glossary.wordNet(wordNet(), 2);

        assertThat(glossary.gloss("excises")).as("a regular ending").isEqualTo(glossary.gloss("excise"));
        assertThat(glossary.gloss("excised")).isEqualTo(glossary.gloss("excise"));
        assertThat(glossary.gloss("excisae")).as("WordNet's exception list").isEqualTo(glossary.gloss("excise"));
        assertThat(glossary.gloss("exciser")).isEqualTo(glossary.gloss("excise"));
        assertThat(glossary.gloss("spoilages")).isEqualTo(glossary.gloss("spoilage"));
        assertThat(glossary.gloss("zebras")).isNull();
        assertThat(glossary.words()).doesNotContain("excises", "excisae");
    }

    @Test
    void aMissingDatabaseSaysWhatToInstall() {
        assertThatThrownBy(() -> Glossary.wordNet(dir.resolve("absent"), 2)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("wordnet-base");
        assertThatThrownBy(() -> Glossary.wordNet(dir, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void glossedWordsAreCandidatesEmbeddedAsTheirDefinitionAndSelectedByTheirOwnThreshold() throws Exception {
        Glossary glossary = Glossary.wordNet(wordNet(), 2);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            texts.add("Deduction " + i + ": sales tax");
            texts.add("Deduction " + i + ": goods damaged");
        }
        Path words = Files.writeString(dir.resolve("words"), "zebra\nexcise\n");
        List<String> embedded = new ArrayList<>();
        // a vector per text: 1 on the axis of each anchor the text names, so a gloss naming "tax" is near "tax"
        List<String> axes = List.of("tax", "sales", "goods", "damaged");
        LexiconBuilder.Embedder recording = batch -> {
            embedded.addAll(batch);
            return batch.stream().map(t -> {
                float[] v = new float[axes.size() + 1];
                for (int a = 0; a < axes.size(); a++) {
                    v[a] = t.matches("(?s).*\\b" + axes.get(a) + "\\b.*") ? 1 : 0;
                }
                v[axes.size()] = 0.5f; // shared by every text
                return v;
            }).toArray(float[][]::new);
        };
        LexiconBuilder.Settings settings = new LexiconBuilder.Settings(2, 0.6, 4, 0.95, 1, false, 0.4, 1);
        LexiconBuilder.Build build = LexiconBuilder.build(FEATURIZER, texts,
                Set.of("sales", "tax", "goods", "damaged", "deduction"), List.of(words), glossary, settings, recording);

        assertThat(build.candidates()).as("the word list's and the glossary's words, once each").isEqualTo(4);
        assertThat(embedded).contains("zebra", glossary.gloss("excise"), glossary.gloss("spoilage"), "tax", "damaged")
                .doesNotContain("excise", "spoilage");
        Lexicon lexicon = build.lexicon();
        // excise's gloss names "tax" (cosine 1 >= 0.4); zebra has cosine 0.45 to "tax": enough for a gloss,
        // but zebra is a plain word, held to the words' 0.95
        assertThat(lexicon.anchors("excise")).containsExactly("tax");
        assertThat(lexicon.anchors("zebra")).isNull();
        assertThat(build.select(settings.withSelection(0.4, 1, false)).anchors("zebra")).isNotNull();
        assertThat(build.neighbours()).filteredOn(n -> n.word().equals("excise")).singleElement()
                .satisfies(n -> assertThat(n.glossed()).isTrue());
        assertThat(build.select(settings.withGlossSelection(1.01, 1)).anchors("excise")).isNull();
    }

    @Test
    void miniLmFindsWhatARareWordMeansFromItsDefinition() throws Exception {
        // WordNet 3.0's entries, as Glossary.wordNet reads them
        Glossary glossary = Glossary.of(Map.of(
                "excise", "excise: excise tax - a tax that is measured by the amount of business done (not on property "
                        + "or income from real estate); strike, scratch, expunge - remove by erasing or crossing out or as "
                        + "if by drawing a line",
                "tariff", "tariff: duty - a government tax on imports or exports; charge a tariff"));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            texts.add("Deduction " + i + ": freight charge");
            texts.add("Deduction " + i + ": price variance");
            texts.add("Deduction " + i + ": damaged pallets");
            texts.add("Deduction " + i + ": duplicate invoice");
            texts.add("Deduction " + i + ": sales tax");
        }
        Set<String> modelWords = Set.of("freight", "charge", "price", "variance", "pallets", "damaged", "duplicate",
                "invoice", "sales", "tax");
        MiniLm miniLm = new MiniLm();
        LexiconBuilder.Settings loose = new LexiconBuilder.Settings(2, 0.5, 4, -1.0, 1, false, -1.0, 1);
        LexiconBuilder.Build alone = LexiconBuilder.build(FEATURIZER, texts, modelWords, List.of(
                Files.writeString(dir.resolve("words"), "excise\ntariff\n")), loose, miniLm);
        LexiconBuilder.Build glossed = LexiconBuilder.build(FEATURIZER, texts, modelWords, List.of(), glossary, loose,
                miniLm);

        assertThat(alone.lexicon().anchors("excise")).as("the word alone").doesNotContain("tax");
        assertThat(glossed.lexicon().anchors("excise")).containsExactly("tax");
        assertThat(glossed.lexicon().anchors("tariff")).containsExactly("tax");
    }
}
