package io.clearline.extraction.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Scans made in the test: a text PDF's first page rasterised, turned, skewed, speckled. */
public final class TestScans {

    private TestScans() {
    }

    public static BufferedImage page(byte[] pdf, int dpi, int quarterTurns, double skewDegrees) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(source).renderImageWithDPI(0, dpi, ImageType.GRAY);
            boolean swap = Math.floorMod(quarterTurns, 2) == 1;
            int w = swap ? page.getHeight() : page.getWidth();
            int h = swap ? page.getWidth() : page.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = out.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform t = new AffineTransform();
            t.translate(w / 2.0, h / 2.0);
            t.rotate(Math.toRadians(quarterTurns * 90 + skewDegrees));
            t.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
            g.drawImage(page, t, null);
            g.dispose();
            Random random = new Random(7);
            for (int i = 0; i < w * h / 500; i++) {
                int grey = random.nextBoolean() ? 60 : 210;
                out.setRGB(random.nextInt(w), random.nextInt(h), new Color(grey, grey, grey).getRGB());
            }
            return out;
        }
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An image-only PDF (JPEG page, no text layer), the page sized to the image at its resolution. */
    public static byte[] imagePdf(BufferedImage image, int dpi) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addImagePage(document, image, dpi);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Appends a page that is only the image (JPEG, no text layer), sized to the image at its resolution. */
    public static void addImagePage(PDDocument document, BufferedImage image, int dpi) throws IOException {
        float width = image.getWidth() * 72f / dpi;
        float height = image.getHeight() * 72f / dpi;
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        PDImageXObject x = JPEGFactory.createFromImage(document, image, 0.7f);
        try (PDPageContentStream s = new PDPageContentStream(document, page)) {
            s.drawImage(x, 0, 0, width, height);
        }
    }
}
