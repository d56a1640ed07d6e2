package io.clearline.extraction.documents;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The raw input store ({@code clearline.documents.*}); a property left out takes the default below.
 *
 * @param maxSize       largest single input accepted, default 50MB; larger ones are rejected (HTTP 413)
 * @param maxBatchSize  largest multi-file upload request, all files together, default 200MB
 * @param acceptedTypes media types (detected from content) that Clearline handles; anything else is
 *                      rejected (HTTP 415). Compared without parameters, after alias normalisation.
 */
@Validated
@ConfigurationProperties("clearline.documents")
public record DocumentsProperties(
        @NotNull DataSize maxSize,
        @NotNull DataSize maxBatchSize,
        @NotEmpty List<String> acceptedTypes) {

    /** PDFs and scans, e-mails (.eml, mbox-style saved mail, Outlook .msg), and the text/XML/EDI formats of bank and remittance files. */
    public static final List<String> DEFAULT_ACCEPTED_TYPES = List.of(
            "application/pdf", "image/png", "image/jpeg", "image/tiff",
            "message/rfc822", "application/mbox", "application/vnd.ms-outlook",
            "text/plain", "text/csv", "application/xml", "text/xml",
            "application/edi-x12", "application/edifact");

    public DocumentsProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(50) : maxSize;
        maxBatchSize = maxBatchSize == null ? DataSize.ofMegabytes(200) : maxBatchSize;
        acceptedTypes = acceptedTypes == null ? DEFAULT_ACCEPTED_TYPES : List.copyOf(acceptedTypes);
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("clearline.documents.max-size must be positive");
        }
        if (maxBatchSize.compareTo(maxSize) < 0) {
            throw new IllegalArgumentException("clearline.documents.max-batch-size must be at least max-size");
        }
    }

    public static DocumentsProperties defaults() {
        return new DocumentsProperties(null, null, null);
    }
}
