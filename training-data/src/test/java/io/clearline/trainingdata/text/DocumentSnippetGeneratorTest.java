package io.clearline.trainingdata.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocumentSnippetGeneratorTest {

    /** Titles of credit notes and corrective invoices in the generator's languages (also as noise shortens them). */
    private static final Pattern CREDIT_NOTE = Pattern.compile("credit note|credit memo|cr note|cr memo|gutschrift|"
            + "rechnungskorrektur|avoir|creditnota|korygująca|nota uznaniowa|rectificativa|abono|nota di credito");

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

    /** Credit notes are invoice-type documents (EN 16931 code 381), as extraction reads them. */
    @Test
    void creditNotesAreInvoicesAndAQuarterOfThem() {
        Predicate<String> creditNote = t -> CREDIT_NOTE.matcher(t).find();
        List<String> invoices = texts("INVOICE");
        long credit = invoices.stream().filter(creditNote).count();
        assertThat((double) credit / invoices.size()).isBetween(0.15, 0.35);
        assertThat(invoices).anyMatch(contains("credit note")).anyMatch(contains("gutschrift"))
                .anyMatch(contains("avoir")).anyMatch(contains("creditnota"));
        assertThat(texts("OTHER")).noneMatch(creditNote);
    }

    @Test
    void someCreditNotesCarryInvoiceFieldsAndSomeConfirmationsOrderFields() {
        assertThat(texts("INVOICE")).anyMatch(t -> t.contains("credit note") && (t.contains("total due")
                || t.contains("amount due") || t.contains("subtotal") || t.contains("due date")));
        assertThat(texts("OTHER")).anyMatch(t -> t.contains("confirm") && (t.contains("ship to") || t.contains("buyer")
                || t.contains("requested delivery") || t.contains("vendor no")));
    }

    /** Statements, quotes, price lists, confirmations, reminders and newsletters stay OTHER. */
    @Test
    void otherKeepsItsKinds() {
        List<String> other = texts("OTHER");
        for (String word : List.of("statement", "quotation", "price list", "order confirmation", "reminder", "newsletter",
                "kontoauszug", "angebot", "auftragsbestätigung", "mahnung", "devis", "offerte", "presupuesto")) {
            assertThat(other).as(word).anyMatch(contains(word));
        }
    }

    @Test
    void severalLanguagesOccur() {
        assertThat(pages.stream().map(LabelledText::language).distinct())
                .contains("en", "de", "fr", "nl", "pl", "es", "it");
    }

    private List<String> texts(String label) {
        return pages.stream().filter(t -> t.label().equals(label)).map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }

    private static Predicate<String> contains(String word) {
        return t -> t.contains(word);
    }
}
