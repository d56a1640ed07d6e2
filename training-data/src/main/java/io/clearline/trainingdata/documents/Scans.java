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
 * a slight skew (and one document in ten a quarter or half turn, as a page fed in sideways or
 * upside down), speckled with noise and saved through JPEG, then wrapped as an image-only PDF (no
 * text layer), kept as PNG pages and as one multi-page TIFF. The ground truth is the source
 * document's.
 */
public final class Scans {

    /** The scanned document as an image-only PDF, its pages as PNG images and as one multi-page TIFF. */
    public record Scan(GroundTruth truth, int dpi, double skewDegrees, int quarterTurns, byte[] pdf,
                       List<byte[]> pngPages, byte[] tiff) {
    }

    private Scans() {
    }

    public static Scan scan(GeneratedDocument document, long seed) {
        Random random = new Random(seed ^ document.truth().id().hashCode());
        int dpi = 200 + random.nextInt(101);
        double skew = (random.nextDouble() - 0.5) * 3.0;
        int turn = random.nextInt(20);
        int quarterTurns = turn == 0 ? 2 : turn == 1 ? 1 : turn == 2 ? 3 : 0;
        try (PDDocument source = Loader.loadPDF(document.pdf()); PDDocument scanned = new PDDocument()) {
            scanned.setDocumentId(seed);
            PDFRenderer renderer = new PDFRenderer(source);
            List<byte[]> pngs = new ArrayList<>();
            List<BufferedImage> pages = new ArrayList<>();
            for (int p = 0; p < source.getNumberOfPages(); p++) {
                BufferedImage page = degrade(renderer.renderImageWithDPI(p, dpi, ImageType.GRAY), quarterTurns,
                        skew, random);
                byte[] jpeg = jpeg(page, 0.55f + random.nextFloat() * 0.3f);
                BufferedImage artefacts = ImageIO.read(new ByteArrayInputStream(jpeg));
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(artefacts, "png", png);
                pngs.add(png.toByteArray());
                pages.add(artefacts);
                // the page as the scanner saw it: a sideways sheet makes a landscape page
                float width = artefacts.getWidth() * 72f / dpi;
                float height = artefacts.getHeight() * 72f / dpi;
                PDPage target = new PDPage(new PDRectangle(width, height));
                scanned.addPage(target);
                PDImageXObject image = JPEGFactory.createFromByteArray(scanned, jpeg);
                try (PDPageContentStream s = new PDPageContentStream(scanned, target)) {
                    s.drawImage(image, 0, 0, width, height);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scanned.save(out);
            return new Scan(document.truth(), dpi, skew, quarterTurns, out.toByteArray(), pngs, tiff(pages, dpi));
        } catch (IOException e) {
            throw new UncheckedIOException("could not scan " + document.truth().id(), e);
        }
    }

    private static BufferedImage degrade(BufferedImage page, int quarterTurns, double skewDegrees, Random random) {
        boolean sideways = quarterTurns % 2 == 1;
        int w = sideways ? page.getHeight() : page.getWidth();
        int h = sideways ? page.getWidth() : page.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform turn = new AffineTransform();
        turn.translate(w / 2.0, h / 2.0);
        turn.rotate(Math.toRadians(quarterTurns * 90 + skewDegrees));
        turn.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
        g.drawImage(page, turn, null);
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

    /** All pages in one TIFF (deflate-compressed grey) with the scan's resolution, as fax and scanner software write them. */
    private static byte[] tiff(List<BufferedImage> pages, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, TiffResolution.of(writer, page, param, dpi)), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
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
