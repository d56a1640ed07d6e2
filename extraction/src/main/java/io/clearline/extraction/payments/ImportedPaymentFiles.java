package io.clearline.extraction.payments;

import io.clearline.core.DocumentId;
import io.clearline.extraction.bank.BankFileFormat;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code extraction.payment_file}: every payment file ever imported, accepted or rejected. */
@Repository
public class ImportedPaymentFiles {

    private static final String COLUMNS = "id, sha256, file_name, format, status, reason, warnings, payment_count, "
            + "imported_by, received_at, raw_document_id";

    private final JdbcClient jdbc;

    public ImportedPaymentFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PaymentFile> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from extraction.payment_file where id = ?")
                .param(id).query(ImportedPaymentFiles::map).optional();
    }

    public Optional<PaymentFile> findBySha256(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from extraction.payment_file where sha256 = ?")
                .param(sha256).query(ImportedPaymentFiles::map).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from extraction.payment_file").query(Long.class).single();
    }

    /**
     * Records the file unless one with the same bytes is recorded. A concurrent import of the same
     * bytes waits on the unique index, so exactly one of them records it.
     *
     * @return true if this call recorded it
     */
    boolean insertIfAbsent(PaymentFile f) {
        return jdbc.sql("insert into extraction.payment_file (" + COLUMNS + ")"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (sha256) do nothing")
                .params(f.id(), f.sha256(), f.fileName(), f.format().name(), f.status().name(), f.reason(),
                        f.warnings().toArray(String[]::new), f.paymentCount(), f.importedBy(),
                        OffsetDateTime.ofInstant(f.receivedAt(), ZoneOffset.UTC),
                        f.rawDocumentId() == null ? null : f.rawDocumentId().value())
                .update() == 1;
    }

    private static PaymentFile map(ResultSet rs, int row) throws SQLException {
        UUID raw = rs.getObject("raw_document_id", UUID.class);
        Array warnings = rs.getArray("warnings");
        return new PaymentFile(
                rs.getObject("id", UUID.class),
                rs.getString("sha256"),
                rs.getString("file_name"),
                BankFileFormat.valueOf(rs.getString("format")),
                PaymentFileStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                warnings == null ? List.of() : List.of((String[]) warnings.getArray()),
                rs.getInt("payment_count"),
                rs.getString("imported_by"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                raw == null ? null : new DocumentId(raw));
    }
}
