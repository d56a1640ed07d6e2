package io.clearline.extraction.documents;

import io.clearline.core.DocumentId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table {@code extraction.email_message}: sender, customer and attachment outcomes of each stored e-mail. */
@Repository
public class EmailMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public EmailMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is recorded about a stored e-mail. */
    public record EmailMessage(DocumentId documentId, MessageHeaders headers, int attachments,
                               List<RefusedAttachment> refused, String unreadable, Instant storedAt) {
    }

    public Optional<EmailMessage> find(DocumentId documentId) {
        return jdbc.sql("select * from extraction.email_message where document_id = ?")
                .param(documentId.value()).query(EmailMessages::map).optional();
    }

    /** The messages whose original customer has this address, newest first. */
    public List<EmailMessage> fromCustomer(String address, int limit) {
        return jdbc.sql("select * from extraction.email_message where lower(customer_address) = lower(?) "
                        + "order by stored_at desc limit ?")
                .params(address, limit).query(EmailMessages::map).list();
    }

    void insertIfAbsent(DocumentId id, MessageHeaders h, int attachments, List<RefusedAttachment> refused,
            String unreadable, Instant at) {
        Person sender = h.sender();
        Person customer = h.customer();
        jdbc.sql("""
                insert into extraction.email_message (document_id, message_id, subject, sender_address, sender_name,
                  customer_address, customer_name, customer_from, attachments, refused, unreadable, stored_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (document_id) do nothing""")
                .params(id.value(), h.messageId(), h.subject(),
                        sender == null ? null : sender.address(), sender == null ? null : sender.name(),
                        customer == null ? null : customer.address(), customer == null ? null : customer.name(),
                        h.customerSource().name(), attachments, JSON.writeValueAsString(refused), unreadable,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    private static EmailMessage map(ResultSet rs, int row) throws SQLException {
        String senderAddress = rs.getString("sender_address");
        String customerAddress = rs.getString("customer_address");
        MessageHeaders headers = new MessageHeaders(rs.getString("message_id"), rs.getString("subject"),
                senderAddress == null ? null : new Person(senderAddress, rs.getString("sender_name")),
                customerAddress == null ? null : new Person(customerAddress, rs.getString("customer_name")),
                CustomerSource.valueOf(rs.getString("customer_from")));
        List<RefusedAttachment> refused = JSON.readValue(rs.getString("refused"), new TypeReference<>() { });
        return new EmailMessage(new DocumentId(rs.getObject("document_id", java.util.UUID.class)), headers,
                rs.getInt("attachments"), refused, rs.getString("unreadable"),
                rs.getObject("stored_at", OffsetDateTime.class).toInstant());
    }
}
