package io.clearline.trainingdata.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextSetsTest {

    @Test
    void theSameSeedGivesTheSameTexts() {
        for (String set : TextSets.NAMES) {
            assertThat(TextSets.generate(set, 11, 300, Partition.TRAIN))
                    .isEqualTo(TextSets.generate(set, 11, 300, Partition.TRAIN));
            assertThat(TextSets.generate(set, 11, 50, Partition.TRAIN))
                    .isNotEqualTo(TextSets.generate(set, 12, 50, Partition.TRAIN));
        }
    }

    @Test
    void testTextsUseNoPhrasingOrFrameThatTrainingUses() {
        for (String set : TextSets.NAMES) {
            Set<String> train = families(TextSets.generate(set, 3, 3000, Partition.TRAIN));
            Set<String> test = families(TextSets.generate(set, 3, 1000, Partition.TEST));
            assertThat(test).isNotEmpty().doesNotContainAnyElementsOf(train);
        }
    }

    @Test
    void trainingMayCoverTheCalibrationTemplatesButNeverTheTestTemplates() {
        for (String set : TextSets.NAMES) {
            List<LabelledText> plain = TextSets.training(set, 3, 2000, 0);
            List<LabelledText> wider = TextSets.training(set, 3, 2000, 700);
            assertThat(plain).isEqualTo(TextSets.generate(set, 3, 2000, Partition.TRAIN));
            assertThat(wider).hasSize(2700).startsWith(plain.toArray(LabelledText[]::new));
            List<LabelledText> added = wider.subList(2000, 2700);
            assertThat(added).allMatch(t -> t.partition() == Partition.CALIBRATION);
            // seeded apart from the calibration split: same templates, other texts (short order remarks can repeat)
            Set<String> calibration = TextSets.generate(set, 3, 700, Partition.CALIBRATION).stream()
                    .map(LabelledText::text).collect(Collectors.toSet());
            assertThat(added.stream().filter(t -> calibration.contains(t.text())).count()).as(set).isLessThan(350);
            assertThat(families(TextSets.generate(set, 3, 1000, Partition.TEST))).doesNotContainAnyElementsOf(
                    families(wider));
        }
    }

    @Test
    void noTestWordingEqualsATrainingWording() {
        for (String language : List.of("en", "de", "fr")) {
            for (String label : DeductionReasonGenerator.labels()) {
                Set<String> train = reasonWordings(language, label, Partition.TRAIN);
                assertThat(reasonWordings(language, label, Partition.TEST)).as(language + " " + label)
                        .isNotEmpty().doesNotContainAnyElementsOf(train);
                assertThat(reasonWordings(language, label, Partition.CALIBRATION)).as(language + " " + label)
                        .isNotEmpty().doesNotContainAnyElementsOf(train);
                List<String> terms = further(language, label);
                assertThat(partOf(terms, Partition.TEST)).isNotEmpty()
                        .doesNotContainAnyElementsOf(partOf(terms, Partition.TRAIN));
            }
            for (String label : OrderExceptionGenerator.labels()) {
                List<String> texts = OrderExceptionPhrasings.of(language).get(label);
                assertThat(normalised(partOf(texts, Partition.TEST))).as(language + " " + label)
                        .hasSizeGreaterThanOrEqualTo(2)
                        .doesNotContainAnyElementsOf(normalised(partOf(texts, Partition.TRAIN)));
            }
        }
    }

    @Test
    void everyLabelAndThreeLanguagesOccur() {
        List<LabelledText> reasons = DeductionReasonGenerator.generate(5, 1100, Partition.TEST);
        assertThat(reasons.stream().map(LabelledText::label).distinct()).hasSize(11)
                .contains("UNAUTHORISED_DEDUCTION", "UNKNOWN");
        assertThat(reasons.stream().map(LabelledText::language).distinct()).containsExactlyInAnyOrder("en", "de", "fr");
        assertThat(OrderExceptionGenerator.generate(5, 700, Partition.TEST).stream().map(LabelledText::language)
                .distinct()).containsExactlyInAnyOrder("en", "de", "fr");
        assertThat(DocumentSnippetGenerator.generate(5, 100, Partition.TEST).stream().map(LabelledText::label).distinct())
                .containsExactlyInAnyOrder("PURCHASE_ORDER", "REMITTANCE_ADVICE", "PROOF_OF_DELIVERY", "INVOICE", "OTHER");
    }

    @Test
    void orderRemarksWithoutAnExceptionFireNoRule() {
        List<LabelledText> neutral = OrderExceptionGenerator.withoutException(5, 60, Partition.TEST);
        assertThat(neutral).hasSize(60).allMatch(t -> t.label().equals(OrderExceptionGenerator.NO_EXCEPTION))
                .allMatch(t -> t.context().get(OrderExceptionGenerator.SIGNALS).isEmpty())
                .noneMatch(t -> t.text().contains("{"));
    }

    @Test
    void orderExceptionsCarryImperfectRuleSignals() {
        List<LabelledText> orders = OrderExceptionGenerator.generate(5, 1400, Partition.TRAIN);
        long withoutSignal = orders.stream().filter(t -> t.context().get(OrderExceptionGenerator.SIGNALS).isEmpty()).count();
        assertThat(withoutSignal).isBetween(100L, 700L);
        assertThat(orders).allMatch(t -> t.context().containsKey(OrderExceptionGenerator.SIGNALS));
    }

    @Test
    void textsCarryNoiseAndNoUnfilledPlaceholders() {
        List<LabelledText> texts = DeductionReasonGenerator.generate(9, 2000, Partition.TRAIN);
        assertThat(texts).noneMatch(t -> t.text().contains("{") || t.text().contains("}"));
        assertThat(texts).anyMatch(t -> t.text().equals(t.text().toUpperCase()) && t.text().length() > 20);
        assertThat(texts).anyMatch(t -> t.text().matches("(?s).*\\b(inv|qty|amt|dmgd|frt|Rg\\.)\\b.*"));
        assertThat(texts).anyMatch(t -> t.text().matches("(?s).*\\d{5,}.*"));
    }

    @Test
    void jsonLinesEscapeLineBreaksAndQuotes() {
        String json = TextSets.toJson(new LabelledText("a \"b\"\nc\\", "X", "f", "en", Partition.TRAIN, java.util.Map.of()));
        assertThat(json).isEqualTo("{\"text\":\"a \\\"b\\\"\\nc\\\\\",\"label\":\"X\",\"family\":\"f\",\"language\":\"en\",\"context\":{}}");
    }

    /** Whole phrasings and pattern × term sentences of one partition, placeholders and case folded away. */
    private static Set<String> reasonWordings(String language, String label, Partition partition) {
        List<String> wordings = new java.util.ArrayList<>(partOf(DeductionReasonPhrasings.of(language).get(label), partition));
        List<String> all = DeductionReasonCues.of(language).get(label);
        List<String> terms = new java.util.ArrayList<>(all.subList(0, DeductionReasonCues.core(language)));
        terms.addAll(partOf(further(language, label), partition));
        for (String pattern : partOf(DeductionReasonCues.patterns(language), partition)) {
            for (String term : terms) {
                wordings.add(pattern.replace("{cue}", term));
            }
        }
        return normalised(wordings);
    }

    /** The terms after the shared core ones, which are dealt out by partition. */
    private static List<String> further(String language, String label) {
        List<String> all = DeductionReasonCues.of(language).get(label);
        return all.subList(DeductionReasonCues.core(language), all.size());
    }

    private static List<String> partOf(List<String> all, Partition partition) {
        return Templates.of(all.size(), partition).stream().map(all::get).toList();
    }

    private static Set<String> normalised(List<String> wordings) {
        return wordings.stream().map(w -> w.replaceAll("\\{[a-z]+}", " ").replaceAll("[^\\p{L}]+", " ")
                .strip().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Set<String> families(List<LabelledText> texts) {
        // a family is "phrasing/frame"; any shared component would be a leak, so compare components
        return texts.stream().flatMap(t -> java.util.Arrays.stream(t.family().split("/"))).collect(Collectors.toSet());
    }
}
