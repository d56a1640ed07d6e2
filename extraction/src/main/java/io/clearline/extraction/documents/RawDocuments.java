package io.clearline.extraction.documents;

import io.clearline.core.DocumentId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code extraction.raw_document}: metadata and bytes of every stored raw input. */
@Repository
public class RawDocuments {

    private static final String COLUMNS =
            "id, sha256, size_bytes, media_type, file_name, source, received_by, received_at, parent_id";

    private final JdbcClient jdbc;

    public RawDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RawDocument> find(DocumentId id) {
        return jdbc.sql("select " + COLUMNS + " from extraction.raw_document where id = ?")
                .param(id.value()).query(RawDocuments::map).optional();
    }

    public Optional<RawDocument> findBySha256(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from extraction.raw_document where sha256 = ?")
                .param(sha256).query(RawDocuments::map).optional();
    }

    public Optional<byte[]> content(DocumentId id) {
        return jdbc.sql("select content from extraction.raw_document where id = ?")
                .param(id.value()).query((rs, n) -> rs.getBytes(1)).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from extraction.raw_document").query(Long.class).single();
    }

    /**
     * Inserts unless a document with the same SHA-256 exists. Concurrent inserts of the same bytes
     * wait on the unique index, so exactly one of them stores a row.
     *
     * @return true if this call stored the row
     */
    boolean insertIfAbsent(RawDocument d, byte[] content) {
        int rows = jdbc.sql("""
                insert into extraction.raw_document
                  (id, sha256, size_bytes, media_type, file_name, source, received_by, received_at, parent_id, content)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (sha256) do nothing""")
                .params(d.id().value(), d.sha256(), d.size(), d.mediaType(), d.fileName(), d.source().name(),
                        d.receivedBy(), OffsetDateTime.ofInstant(d.receivedAt(), ZoneOffset.UTC),
                        d.parentId() == null ? null : d.parentId().value(), content)
                .update();
        return rows == 1;
    }

    private static RawDocument map(ResultSet rs, int row) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        return new RawDocument(
                new DocumentId(rs.getObject("id", UUID.class)),
                rs.getString("sha256"),
                rs.getLong("size_bytes"),
                rs.getString("media_type"),
                rs.getString("file_name"),
                DocumentSource.valueOf(rs.getString("source")),
                rs.getString("received_by"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                parent == null ? null : new DocumentId(parent));
    }
}
