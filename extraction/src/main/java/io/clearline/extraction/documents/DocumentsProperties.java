package io.clearline.extraction.documents;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The raw input store ({@code clearline.documents.*}); a property left out takes the default below.
 *
 * @param maxSize       largest single input accepted, default 50MB; larger ones are rejected (HTTP 413)
 * @param maxBatchSize  largest multi-file upload request, all files together, default 200MB
 * @param acceptedTypes media types (detected from content) that Clearline handles; anything else is
 *                      rejected (HTTP 415). Compared without parameters, after alias normalisation.
 * @param maxAttachmentSize largest attachment of an e-mail stored as a document of its own, default 25MB
 *                      (what common mail providers accept); a larger one is a refused part recorded on the message
 * @param maxMessageSize largest whole e-mail stored, default 100MB (attachments grow by a third in base64)
 */
@Validated
@ConfigurationProperties("clearline.documents")
public record DocumentsProperties(
        @NotNull DataSize maxSize,
        @NotNull DataSize maxBatchSize,
        @NotEmpty List<String> acceptedTypes,
        DataSize maxAttachmentSize,
        DataSize maxMessageSize) {

    /** PDFs and scans, e-mails (.eml, mbox-style saved mail, Outlook .msg), and the text/XML/EDI formats of bank and remittance files. */
    public static final List<String> DEFAULT_ACCEPTED_TYPES = List.of(
            "application/pdf", "image/png", "image/jpeg", "image/tiff",
            "message/rfc822", "application/mbox", "application/vnd.ms-outlook",
            "text/plain", "text/csv", "application/xml", "text/xml",
            "application/edi-x12", "application/edifact");

    @ConstructorBinding
    public DocumentsProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(50) : maxSize;
        maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(25) : maxAttachmentSize;
        maxMessageSize = maxMessageSize == null ? DataSize.ofMegabytes(100) : maxMessageSize;
        maxBatchSize = maxBatchSize == null ? DataSize.ofMegabytes(200) : maxBatchSize;
        acceptedTypes = acceptedTypes == null ? DEFAULT_ACCEPTED_TYPES : List.copyOf(acceptedTypes);
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("clearline.documents.max-size must be positive");
        }
        if (maxBatchSize.compareTo(maxSize) < 0) {
            throw new IllegalArgumentException("clearline.documents.max-batch-size must be at least max-size");
        }
    }

    public DocumentsProperties(DataSize maxSize, DataSize maxBatchSize, List<String> acceptedTypes) {
        this(maxSize, maxBatchSize, acceptedTypes, null, null);
    }

    public static DocumentsProperties defaults() {
        return new DocumentsProperties(null, null, null);
    }
}
