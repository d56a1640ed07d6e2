package io.clearline.extraction.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;

/**
 * The pages of an image file (PNG, JPEG, TIFF including multi-page, GIF, BMP) with their
 * resolution. Sizes are checked from the header before any pixel is decoded, so a 20,000 × 20,000
 * image is refused without allocating 400 million pixels.
 */
final class ImagePages {

    /** A decoded page and its resolution, or why the file cannot be read. */
    record Pages(List<BufferedImage> images, List<Double> dpi, String failure) {
    }

    private ImagePages() {
    }

    static Pages read(byte[] content, long maxPixels, int maxPages, int page) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return failure("image format without a reader here");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                int count = reader.getNumImages(true);
                if (count <= 0) {
                    return failure("image without pages");
                }
                if (count > maxPages) {
                    return failure("too many pages: " + count + " (limit " + maxPages + ")");
                }
                List<BufferedImage> images = new ArrayList<>();
                List<Double> dpi = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    if (page > 0 && i != page - 1) {
                        continue;
                    }
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > maxPixels) {
                        return failure("image too large for OCR: " + reader.getWidth(i) + " x " + reader.getHeight(i)
                                + " px (limit " + maxPixels + " pixels)");
                    }
                    BufferedImage image = reader.read(i);
                    images.add(image);
                    dpi.add(resolution(reader.getImageMetadata(i), image.getWidth()));
                }
                if (images.isEmpty()) {
                    return failure("no page " + page + " (the image has " + count + ")");
                }
                return new Pages(images, dpi, null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return failure("unreadable image: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return failure("image too large to decode: out of memory");
        }
    }

    private static Pages failure(String reason) {
        return new Pages(List.of(), List.of(), reason);
    }

    /**
     * Dots per inch from the file's standard metadata; without one (many phone pictures and PNGs
     * carry none), assume the picture spans a letter/A4 page width, which is what document
     * pictures mostly are.
     */
    static double resolution(IIOMetadata metadata, int width) {
        try {
            if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
                NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
                if (sizes.getLength() > 0) {
                    double mmPerPixel = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
                    double dpi = 25.4 / mmPerPixel;
                    if (dpi >= 70 && dpi <= 1200) {
                        return dpi;
                    }
                }
            }
        } catch (RuntimeException e) {
            // unusual metadata: fall back to the page-width guess
        }
        return Math.max(72, Math.min(600, width / 8.27));
    }
}
