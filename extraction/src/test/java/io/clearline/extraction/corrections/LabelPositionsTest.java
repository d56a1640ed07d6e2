package io.clearline.extraction.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.fields.Kind;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.PlainTextLayout;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LabelPositionsTest {

    private static LaidOutText layout(byte[] pdf) {
        return SourceLayout.read(pdf, ExtractionLimits.DEFAULT).orElseThrow();
    }

    @Test
    void theLabelBesideACorrectedValueLeadsToTheValueOnTheSendersNextDocument() throws IOException {
        byte[] first = SenderDocuments.first("CR-44871");
        byte[] second = SenderDocuments.second("CR-45990");
        ExtractionResult extracted = new DocumentExtractor().extract(second);
        assertThat(extracted.fields().get("po_number")).as("the extractor alone misses this sender's label")
                .satisfiesAnyOf(f -> assertThat(f).isNull(), f -> assertThat(f.value()).isNotEqualTo("CR-45990"));

        Found learned = LabelPositions.learn(layout(first), Kind.IDENTIFIER, "CR-44871").orElseThrow();
        assertThat(learned.label()).isEqualTo("procurement ticket");
        assertThat(learned.relation()).isEqualTo(Relation.RIGHT);
        assertThat(learned.page()).isEqualTo(1);
        assertThat(learned.box()).isNotNull();

        Found next = LabelPositions.read(layout(second), learned.label(), learned.relation()).orElseThrow();
        assertThat(next.text()).isEqualTo("CR-45990");
    }

    @Test
    void valuesAreComparedAsWhatTheyAreAndLabelsAboveOrInTheSamePhraseCount() {
        LaidOutText text = PlainTextLayout.of("""
                Remittance from Fabrikam
                Zahlungseingang gebucht
                1.234,50 EUR
                Kontoauszug Nr 4711
                Wertstellung 14.03.2024
                """);

        Found amount = LabelPositions.learn(text, Kind.AMOUNT, "1234.50").orElseThrow();
        assertThat(amount.label()).isEqualTo("zahlungseingang gebucht");
        assertThat(amount.relation()).isEqualTo(Relation.BELOW);
        Found date = LabelPositions.learn(text, Kind.DATE, "2024-03-14").orElseThrow();
        assertThat(date.relation()).isEqualTo(Relation.INLINE);
        assertThat(date.label()).isEqualTo("wertstellung");

        LaidOutText other = PlainTextLayout.of("Zahlungseingang gebucht\n99,00 EUR\nWertstellung 01.04.2024\n");
        assertThat(LabelPositions.read(other, amount.label(), amount.relation()).map(Found::text))
                .contains("99,00 EUR");
        assertThat(LabelPositions.value(Kind.AMOUNT, "99,00 EUR", other)).contains(new BigDecimal("99.00"));
        assertThat(LabelPositions.read(other, date.label(), date.relation()).flatMap(f -> LabelPositions.value(
                Kind.DATE, f.text(), other))).contains(LocalDate.of(2024, 4, 1));
    }

    @Test
    void aValueThatIsNotInTheTextOrHasNoLabelTeachesNothing() {
        LaidOutText text = PlainTextLayout.of("Invoice 4711\n12345\n");
        assertThat(LabelPositions.learn(text, Kind.IDENTIFIER, "NOT-THERE")).isEmpty();
        assertThat(LabelPositions.learn(text, Kind.IDENTIFIER, "12345")).isEmpty();
        assertThat(LabelPositions.learn(text, Kind.DATE, "not a date")).isEmpty();
    }

    @Test
    void sendersAreKeyedByTheirNameWithoutLegalFormOrByTheirMailAddress() {
        assertThat(Senders.keys("ACME Corp.", null)).containsExactly("name:acme");
        assertThat(Senders.keys("Acme Corporation", "Orders@Acme.example")).containsExactly("name:acme",
                "mail:orders@acme.example");
        assertThat(Senders.keys("  ", null)).isEmpty();
        assertThat(Senders.mailFrom("From: \"Jane Buyer\" <Jane@Contoso.example>\r\nSubject: PO\r\n\r\nFrom: x@y.example"
                .getBytes())).contains("jane@contoso.example");
    }
}
