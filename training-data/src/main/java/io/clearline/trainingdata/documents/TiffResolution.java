package io.clearline.trainingdata.documents;

import java.awt.image.BufferedImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

/** TIFF page metadata carrying the scan resolution, through the standard (format-neutral) tree. */
final class TiffResolution {

    private TiffResolution() {
    }

    static IIOMetadata of(ImageWriter writer, BufferedImage page, ImageWriteParam param, int dpi) {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        for (String name : new String[] {"HorizontalPixelSize", "VerticalPixelSize"}) {
            IIOMetadataNode size = new IIOMetadataNode(name);
            size.setAttribute("value", Double.toString(25.4 / dpi));
            dimension.appendChild(size);
        }
        root.appendChild(dimension);
        try {
            metadata.mergeTree("javax_imageio_1.0", root);
        } catch (IIOInvalidTreeException e) {
            // without it the reader guesses the resolution from the page width, which is close enough
        }
        return metadata;
    }
}
