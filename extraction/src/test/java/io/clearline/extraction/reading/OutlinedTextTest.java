package io.clearline.extraction.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearline.core.document.DocumentType;
import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.ExtractionStatus;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * Pages whose text is drawn as filled glyph outlines ("text converted to curves"): no text layer, no
 * image, yet readable; they are OCR'd. A page of a few lines and boxes is not.
 */
class OutlinedTextTest {

    private static final List<String[]> INVOICE = List.of(
            new String[] {"50", "60", "24", "INVOICE"},
            new String[] {"50", "120", "12", "Northwind Traders Ltd"},
            new String[] {"50", "160", "12", "Invoice No: 58213"},
            new String[] {"50", "180", "12", "Invoice Date: 2024-03-14"},
            new String[] {"50", "260", "12", "Total Amount: 1250.00 EUR"});

    @Test
    void anInvoiceDrawnInOutlinesIsReadByOcr() throws IOException {
        byte[] pdf = outlined(INVOICE);

        ExtractionResult r = new DocumentExtractor().extract(pdf);

        assertThat(r.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(r.documentType()).isEqualTo(DocumentType.INVOICE);
        assertThat(r.fields().get("invoice_number").value()).isEqualTo("58213");
        assertThat((BigDecimal) r.fields().get("total_amount").value()).isEqualByComparingTo("1250.00");
    }

    @Test
    void outlinedTextIsToldFromFramesAndRules() throws IOException {
        try (PDDocument text = Loader.loadPDF(outlined(INVOICE)); PDDocument frames = Loader.loadPDF(frames())) {
            assertThat(VectorText.drawsOutlinedText(text.getPage(0))).isTrue();
            assertThat(VectorText.drawsOutlinedText(frames.getPage(0))).isFalse();
        }
        assertThat(new DocumentExtractor().extract(frames()).status()).isEqualTo(ExtractionStatus.FAILED);
    }

    /** Each text as the filled outline of its glyphs (x, y from the top, size in points). */
    static byte[] outlined(List<String[]> texts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float height = page.getMediaBox().getHeight();
            FontRenderContext context = new FontRenderContext(new AffineTransform(), true, true);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                for (String[] t : texts) {
                    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Integer.parseInt(t[2]));
                    Shape outline = font.createGlyphVector(context, t[3])
                            .getOutline(Float.parseFloat(t[0]), Float.parseFloat(t[1]));
                    draw(s, outline, height);
                    s.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A blank form: a frame and a few rules, as vector art. */
    private static byte[] frames() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                s.addRect(40, 40, 515, 760);
                for (int y = 100; y < 700; y += 40) {
                    s.moveTo(40, y);
                    s.lineTo(555, y);
                }
                s.stroke();
                s.addRect(60, 720, 120, 60);
                s.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void draw(PDPageContentStream s, Shape shape, float height) throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> s.moveTo(c[0], height - c[1]);
                case PathIterator.SEG_LINETO -> s.lineTo(c[0], height - c[1]);
                case PathIterator.SEG_QUADTO -> {
                    // a quadratic segment as the cubic through the same points
                    float x1 = lastX + 2f / 3f * (c[0] - lastX);
                    float y1 = lastY + 2f / 3f * (c[1] - lastY);
                    float x2 = c[2] + 2f / 3f * (c[0] - c[2]);
                    float y2 = c[3] + 2f / 3f * (c[1] - c[3]);
                    s.curveTo(x1, height - y1, x2, height - y2, c[2], height - c[3]);
                }
                case PathIterator.SEG_CUBICTO -> s.curveTo(c[0], height - c[1], c[2], height - c[3], c[4],
                        height - c[5]);
                case PathIterator.SEG_CLOSE -> s.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_QUADTO) {
                lastX = c[2];
                lastY = c[3];
            } else if (type == PathIterator.SEG_CUBICTO) {
                lastX = c[4];
                lastY = c[5];
            } else if (type != PathIterator.SEG_CLOSE) {
                lastX = c[0];
                lastY = c[1];
            }
        }
    }
}
