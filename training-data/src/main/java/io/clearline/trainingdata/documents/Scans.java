package io.clearline.trainingdata.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanned variants of generated documents: each page rasterised at 200–300 dpi in grey, turned by
 * a slight skew, speckled with noise and saved through JPEG, then wrapped as an image-only PDF
 * (no text layer) or kept as PNG pages. The ground truth is the source document's.
 */
public final class Scans {

    /** The scanned document as an image-only PDF plus its pages as PNG images. */
    public record Scan(GroundTruth truth, int dpi, double skewDegrees, byte[] pdf, List<byte[]> pngPages) {
    }

    private Scans() {
    }

    public static Scan scan(GeneratedDocument document, long seed) {
        Random random = new Random(seed ^ document.truth().id().hashCode());
        int dpi = 200 + random.nextInt(101);
        double skew = (random.nextDouble() - 0.5) * 3.0;
        try (PDDocument source = Loader.loadPDF(document.pdf()); PDDocument scanned = new PDDocument()) {
            scanned.setDocumentId(seed);
            PDFRenderer renderer = new PDFRenderer(source);
            List<byte[]> pngs = new ArrayList<>();
            for (int p = 0; p < source.getNumberOfPages(); p++) {
                BufferedImage page = degrade(renderer.renderImageWithDPI(p, dpi, ImageType.GRAY), skew, random);
                byte[] jpeg = jpeg(page, 0.55f + random.nextFloat() * 0.3f);
                BufferedImage artefacts = ImageIO.read(new ByteArrayInputStream(jpeg));
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(artefacts, "png", png);
                pngs.add(png.toByteArray());
                PDRectangle size = source.getPage(p).getMediaBox();
                PDPage target = new PDPage(size);
                scanned.addPage(target);
                PDImageXObject image = JPEGFactory.createFromByteArray(scanned, jpeg);
                try (PDPageContentStream s = new PDPageContentStream(scanned, target)) {
                    s.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scanned.save(out);
            return new Scan(document.truth(), dpi, skew, out.toByteArray(), pngs);
        } catch (IOException e) {
            throw new UncheckedIOException("could not scan " + document.truth().id(), e);
        }
    }

    private static BufferedImage degrade(BufferedImage page, double skewDegrees, Random random) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(skewDegrees), out.getWidth() / 2.0,
                out.getHeight() / 2.0), null);
        g.dispose();
        int speckles = out.getWidth() * out.getHeight() / 400;
        for (int i = 0; i < speckles; i++) {
            int x = random.nextInt(out.getWidth());
            int y = random.nextInt(out.getHeight());
            int grey = random.nextBoolean() ? 40 + random.nextInt(60) : 200 + random.nextInt(55);
            out.setRGB(x, y, new Color(grey, grey, grey).getRGB());
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
