package io.clearline.governance.audit;

import io.clearline.core.audit.AuditEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes audit events as RFC 4180 CSV (quotes, commas and line breaks inside values are quoted),
 * one header row, times in ISO-8601 UTC. Values are written exactly as stored so an export can be
 * re-verified outside the service.
 */
public final class AuditCsv implements AutoCloseable {

    static final String[] HEADER = {"sequence", "occurred_at", "actor", "action", "subject", "status_before",
        "status_after", "payload_hash", "policy_version", "correlation_id", "previous_hash", "hash"};

    private final CSVPrinter printer;

    public AuditCsv(Writer out) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(AuditEvent e) {
        try {
            printer.printRecord(e.sequence(), DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()), e.actor(),
                    e.action(), e.subject(), e.statusBefore(), e.statusAfter(), e.payloadHash(), e.policyVersion(),
                    e.correlationId(), e.previousHash(), e.hash());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Flushes; the caller owns and closes the writer. */
    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
