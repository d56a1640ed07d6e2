package io.clearline.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** Small PDFs written in the test itself: text placed at given points (x, y from the top). */
public final class TestPdfs {

    public record Text(float x, float y, String text, float size) {

        public static Text at(float x, float y, String text) {
            return new Text(x, y, text, 10);
        }
    }

    private TestPdfs() {
    }

    public static byte[] pdf(List<List<Text>> pages) throws IOException {
        return pdf(pages, null);
    }

    public static byte[] pdf(List<List<Text>> pages, String password) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(FontName.HELVETICA);
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                    for (Text t : texts) {
                        s.beginText();
                        s.setFont(font, t.size());
                        s.newLineAtOffset(t.x(), page.getMediaBox().getHeight() - t.y());
                        s.showText(t.text());
                        s.endText();
                    }
                }
            }
            if (password != null) {
                document.protect(new StandardProtectionPolicy("o" + password, password, new AccessPermission()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
