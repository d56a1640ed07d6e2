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

    /** Built once: each getDefaultConfig() call loads every parser and detector again. */
    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private final Detector detector = TIKA.getDetector();
    private final MediaTypeRegistry registry = TIKA.getMediaTypeRegistry();
    /** Tika's MIME repository as a detector: magic bytes only, no containers, no name. */
    private final Detector magicOnly = TIKA.getMimeRepository();
    private final Set<MediaType> accepted;
    private static final Set<MediaType> REFINED = Set.of(MediaType.OCTET_STREAM, MediaType.APPLICATION_XML,
            MediaType.APPLICATION_ZIP, MediaType.application("x-tika-msoffice"), MediaType.application("x-tika-ooxml"),
            MediaType.application("vnd.ms-outlook"), MediaType.application("vnd.ms-tnef"));

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

    /**
     * Like {@link #detect(byte[], String)}, but cheap when the sender's declared type is confirmed by
     * the magic bytes alone: then the full detector (containers, text statistics, name) is skipped.
     * Only for types a magic signature settles; text, XML and containers (zip, OLE2) always get full
     * detection, since the full detector refines them, and a disagreement always gets full detection,
     * so whatever full detection refuses is still refused.
     */
    MediaType detect(byte[] content, String fileName, String declaredType) {
        MediaType declared = declaredType == null ? null : MediaType.parse(declaredType);
        if (declared != null) {
            declared = normalize(declared);
            if (isAccepted(declared) && !refinedByFullDetection(declared)) {
                MediaType magic;
                try (TikaInputStream in = TikaInputStream.get(content)) {
                    magic = normalize(magicOnly.detect(in, new Metadata()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (magic.equals(declared)) {
                    return magic;
                }
            }
        }
        return detect(content, fileName);
    }

    private static boolean refinedByFullDetection(MediaType type) {
        return type.getType().equals("text") || type.getType().equals("message") || REFINED.contains(type)
                || type.getSubtype().endsWith("+xml") || type.getSubtype().endsWith("+zip");
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
