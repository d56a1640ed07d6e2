package io.clearline.eval.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.clearline.core.document.BoundingBox;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.Line;
import io.clearline.extraction.layout.Phrase;
import io.clearline.extraction.layout.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusDocumentsTest {

    private static final Path CORPUS = Path.of("/work/shared/corpus");

    @Test
    void typesComeFromWhatTheSourcesState() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("invoices-po")), "corpus not present");
        Path invoices = CORPUS.resolve("invoices-po");
        // a credit note (type code 381) is an invoice-type document, as extraction reads it
        assertThat(CorpusDocuments.label(invoices.resolve("stafyniaksacha-facturx/Avoir_FR_type381_EN16931.pdf")))
                .isEqualTo(new CorpusDocuments.Labelled("INVOICE", "type code 381 in its embedded XML"));
        assertThat(CorpusDocuments.label(invoices.resolve("mustangproject/ORDER-X_EX01_ORDER_FULL_DATA-COMFORT.pdf")).label())
                .isEqualTo("PURCHASE_ORDER");
        assertThat(CorpusDocuments.label(invoices.resolve("zugferd-corpus/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf"))
                .label()).isEqualTo("INVOICE");
        assertThat(CorpusDocuments.label(CORPUS.resolve("scanned/invoice2data/oyo.png")).label()).isEqualTo("INVOICE");
        // expectation files are not documents
        assertThat(CorpusDocuments.label(invoices.resolve("invoice2data/oyo.json"))).isNull();
    }

    @Test
    void theClassifierGetsTheFirstPageOnly() {
        LaidOutText text = new LaidOutText(List.of(
                new Line(1, 0, List.of(phrase(1, "INVOICE"))),
                new Line(1, 1, List.of(phrase(1, "No. 4711"), phrase(1, "Date 01.02.2026"))),
                new Line(2, 0, List.of(phrase(2, "Terms and conditions")))), 2, true);
        assertThat(CorpusDocuments.firstPage(text)).isEqualTo("INVOICE\nNo. 4711  Date 01.02.2026");
    }

    private static Phrase phrase(int page, String text) {
        return new Phrase(java.util.Arrays.stream(text.split(" "))
                .map(w -> new Word(w, page, new BoundingBox(0, 0, 10, 10), 10, 3, false)).toList());
    }
}
