package io.clearline.trainingdata.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DocumentSnippetGeneratorTest {

    private final List<LabelledText> pages = DocumentSnippetGenerator.generate(17, 3000, Partition.TRAIN);

    @Test
    void pagesAreFilledAndMostAreWholePages() {
        assertThat(pages).noneMatch(t -> t.text().contains("{") || t.text().contains("}"));
        long whole = pages.stream().filter(t -> t.family().startsWith("page-")).count();
        assertThat(whole).isBetween(1800L, 2400L);
        assertThat(pages.stream().filter(t -> t.family().startsWith("page-")).mapToInt(t -> t.text().length()).average()
                .orElse(0)).isGreaterThan(350);
    }

    /** The words that made the old model read a real invoice as an order must occur under every label. */
    @Test
    void referencesToOtherDocumentsOccurUnderEveryLabel() {
        for (String label : DocumentSnippetGenerator.labels()) {
            List<String> texts = pages.stream().filter(t -> t.label().equals(label))
                    .map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
            assertThat(texts).as(label).anyMatch(contains("order")).anyMatch(contains("invoice"))
                    .anyMatch(contains("bestellung")).anyMatch(contains("lieferant")).anyMatch(contains("iban"));
        }
    }

    @Test
    void someCreditNotesCarryInvoiceFieldsAndSomeConfirmationsOrderFields() {
        List<String> other = pages.stream().filter(t -> t.label().equals("OTHER"))
                .map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
        assertThat(other).anyMatch(t -> t.contains("credit") && (t.contains("total due") || t.contains("amount due")
                || t.contains("subtotal") || t.contains("due date")));
        assertThat(other).anyMatch(t -> t.contains("confirm") && (t.contains("ship to") || t.contains("buyer")
                || t.contains("requested delivery") || t.contains("vendor no")));
    }

    @Test
    void severalLanguagesOccur() {
        assertThat(pages.stream().map(LabelledText::language).distinct())
                .contains("en", "de", "fr", "nl", "pl", "es", "it");
    }

    private static Predicate<String> contains(String word) {
        return t -> t.contains(word);
    }
}
