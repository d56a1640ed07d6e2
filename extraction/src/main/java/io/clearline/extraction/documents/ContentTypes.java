package io.clearline.extraction.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Media type detection from content with Tika's default detector (magic bytes, container and text
 * detection, plus whatever detectors are on the classpath). The file name is passed only as a hint:
 * Tika lets it refine a type the bytes already imply (an OLE2 file named {@code .msg} is an Outlook
 * message) but never override it (an executable named {@code .pdf} stays an executable).
 */
final class ContentTypes {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final MediaTypeRegistry registry = TikaConfig.getDefaultConfig().getMediaTypeRegistry();
    private final Set<MediaType> accepted;

    ContentTypes(Collection<String> acceptedTypes) {
        this.accepted = acceptedTypes.stream().map(t -> normalize(MediaType.parse(t)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The detected type without parameters, e.g. {@code application/pdf}. */
    MediaType detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null && !fileName.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return normalize(detector.detect(in, metadata));
        } catch (IOException e) {
            // reading from a byte array does not fail; keep the signature honest anyway
            throw new UncheckedIOException(e);
        }
    }

    boolean isAccepted(MediaType type) {
        return accepted.contains(type);
    }

    private MediaType normalize(MediaType type) {
        if (type == null) {
            return MediaType.OCTET_STREAM;
        }
        return registry.normalize(type.getBaseType()).getBaseType();
    }
}
