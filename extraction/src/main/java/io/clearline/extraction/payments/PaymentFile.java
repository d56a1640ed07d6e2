package io.clearline.extraction.payments;

import io.clearline.core.DocumentId;
import io.clearline.extraction.bank.BankFileFormat;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An imported payment file as recorded: accepted with its payments, or rejected with the reason.
 *
 * @param sha256        hex SHA-256 of the bytes: the file's identity, so the same bytes are one file
 * @param reason        why it was rejected (record, expected vs found); null when accepted
 * @param warnings      what an accepted file had wrong but not bad enough to refuse it
 * @param importedBy    who imported it first ({@code kind:name} of the actor)
 * @param rawDocumentId the original bytes in the raw store; null only when the store refused them
 */
public record PaymentFile(
        UUID id,
        String sha256,
        String fileName,
        BankFileFormat format,
        PaymentFileStatus status,
        String reason,
        List<String> warnings,
        int paymentCount,
        String importedBy,
        Instant receivedAt,
        DocumentId rawDocumentId) {

    public PaymentFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(receivedAt, "receivedAt");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean accepted() {
        return status == PaymentFileStatus.ACCEPTED;
    }

    public Optional<DocumentId> rawDocument() {
        return Optional.ofNullable(rawDocumentId);
    }

    /** How the audit log and other modules name this file. */
    public String subject() {
        return "payment-file:" + id;
    }
}
