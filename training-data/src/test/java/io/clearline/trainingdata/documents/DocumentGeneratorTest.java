package io.clearline.trainingdata.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.DocumentType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentGeneratorTest {

    @Test
    void sameSeedGivesTheSameFilesAndTruth() {
        List<GeneratedDocument> first = new DocumentGenerator(42).generate(1, l -> l.variant() < 2);
        List<GeneratedDocument> second = new DocumentGenerator(42).generate(1, l -> l.variant() < 2);
        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).truth()).isEqualTo(first.get(i).truth());
            assertThat(second.get(i).pdf()).isEqualTo(first.get(i).pdf());
        }
        List<GeneratedDocument> other = new DocumentGenerator(43).generate(1, l -> l.variant() < 2);
        assertThat(other.get(0).truth()).isNotEqualTo(first.get(0).truth());
    }

    @Test
    void everyTypeHasEightLayoutsAndTwoHoldouts() {
        Map<DocumentType, List<Layout>> byType = Layouts.all().stream()
                .collect(Collectors.groupingBy(Layout::type));
        assertThat(byType).hasSize(4);
        byType.forEach((type, layouts) -> {
            assertThat(layouts.stream().filter(l -> !l.holdout())).hasSizeGreaterThanOrEqualTo(8);
            assertThat(layouts.stream().filter(Layout::holdout)).hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void printedTextCarriesTheTruthAndTotalsAddUp() throws IOException {
        for (Layout layout : Layouts.all()) {
            GeneratedDocument doc = new DocumentGenerator(7).generate(layout, 0);
            String text;
            try (PDDocument pdf = Loader.loadPDF(doc.pdf())) {
                text = new PDFTextStripper().getText(pdf);
            }
            Map<String, Object> fields = doc.truth().fields();
            String key = switch (layout.type()) {
                case PURCHASE_ORDER -> "po_number";
                case INVOICE -> "invoice_number";
                case REMITTANCE_ADVICE -> "payment_reference";
                default -> "shipment_number";
            };
            assertThat(text).as(layout.id()).contains((String) fields.get(key));
            if (layout.type() == DocumentType.INVOICE) {
                BigDecimal net = new BigDecimal((String) fields.get("net_amount"));
                BigDecimal tax = new BigDecimal((String) fields.get("tax_amount"));
                assertThat(net.add(tax)).isEqualByComparingTo((String) fields.get("total_amount"));
            }
            if (layout.type() == DocumentType.REMITTANCE_ADVICE) {
                BigDecimal paid = doc.truth().lines().stream()
                        .map(l -> new BigDecimal((String) l.get("paid_amount")))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(paid).isEqualByComparingTo((String) fields.get("payment_amount"));
            }
        }
    }

    @Test
    void scansHaveNoTextLayerButKeepTheTruth() throws IOException {
        GeneratedDocument doc = new DocumentGenerator(5).generate(Layouts.forType(DocumentType.INVOICE).get(0), 0);
        Scans.Scan scan = Scans.scan(doc, 5);
        assertThat(scan.dpi()).isBetween(200, 300);
        assertThat(Math.abs(scan.skewDegrees())).isLessThanOrEqualTo(1.5);
        assertThat(scan.truth()).isEqualTo(doc.truth());
        try (PDDocument pdf = Loader.loadPDF(scan.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).isBlank();
            assertThat(pdf.getNumberOfPages()).isEqualTo(scan.pngPages().size());
        }
        BufferedImage page = ImageIO.read(
                new ByteArrayInputStream(scan.pngPages().get(0)));
        assertThat(page.getWidth()).isGreaterThan(1500);
        assertThat(Scans.scan(doc, 5).pdf()).isEqualTo(scan.pdf());
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(
                new ByteArrayInputStream(scan.tiff()))) {
            javax.imageio.ImageReader tiff = ImageIO.getImageReaders(in).next();
            tiff.setInput(in);
            assertThat(tiff.getFormatName()).isEqualToIgnoringCase("tif");
            assertThat(tiff.getNumImages(true)).isEqualTo(scan.pngPages().size());
        }
    }

    @Test
    void writesPdfAndJsonPairs(@TempDir Path dir) throws IOException {
        List<GeneratedDocument> docs = new DocumentGenerator(1).generate(1, l -> l.variant() == 0);
        GroundTruthFiles.write(docs, dir);
        for (GeneratedDocument doc : docs) {
            assertThat(dir.resolve(doc.fileName())).exists();
            assertThat(Files.readString(dir.resolve(doc.truth().id() + ".json")))
                    .contains("\"document_type\" : \"" + doc.truth().documentType().name() + "\"");
        }
    }
}
