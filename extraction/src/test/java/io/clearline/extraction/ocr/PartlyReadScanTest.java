package io.clearline.extraction.ocr;

import static io.clearline.extraction.TestPdfs.Text.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.TestPdfs;
import io.clearline.extraction.doctype.TitleKeywordDetector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A scanned page OCR cannot finish in time is not dropped silently: the document is still
 * extracted from the pages that were read, and the result says which page was not. The OCR
 * settings given to the extractor are the ones used (here a page time limit no page can meet).
 */
class PartlyReadScanTest {

    @Test
    void pageOverTheOcrTimeLimitIsNamedOnTheResult() throws IOException {
        byte[] order = TestPdfs.pdf(List.of(List.of(
                new TestPdfs.Text(360, 50, "PURCHASE ORDER", 18),
                at(50, 110, "PO Number:"), at(160, 110, "PO-448120"),
                at(50, 126, "Order Date:"), at(160, 126, "03/07/2025"))));
        byte[] mixed = withScannedPage(order, TestScans.page(order, 200, 0, 0.5), 200);
        OcrSettings impatient = new OcrSettings(null, null, 200, 1, 0, Duration.ofMillis(1), 0);

        ExtractionResult result = new DocumentExtractor(ExtractionLimits.DEFAULT, new TitleKeywordDetector(), impatient)
                .extract(mixed);

        assertThat(result.extracted()).isTrue();
        assertThat(result.fields().get("po_number").value()).isEqualTo("PO-448120");
        assertThat(result.reason()).contains("1 of 2 page(s) not read").contains("page 2");
    }

    @Test
    void fullyReadDocumentCarriesNoNote() throws IOException {
        byte[] order = TestPdfs.pdf(List.of(List.of(
                new TestPdfs.Text(360, 50, "PURCHASE ORDER", 18),
                at(50, 110, "PO Number:"), at(160, 110, "PO-448120"))));

        ExtractionResult result = new DocumentExtractor().extract(order);

        assertThat(result.extracted()).isTrue();
        assertThat(result.reason()).isNull();
    }

    /** The text PDF with a second page that is only an image (a scanned page inside a text PDF). */
    private static byte[] withScannedPage(byte[] pdf, BufferedImage image, int dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            TestScans.addImagePage(document, image, dpi);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
