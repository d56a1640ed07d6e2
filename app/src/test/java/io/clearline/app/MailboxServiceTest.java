package io.clearline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service reading a real IMAP mailbox (GreenMail, configured like an external server): a
 * forwarded PO sent over SMTP becomes a message and an attachment document, with its customer; the
 * mailbox is in the actuator health; an e-mail uploaded through the API is split the same way.
 */
class MailboxServiceTest extends ServiceTest {

    static final String USER = "intake@example.test";
    static final Session SESSION = Session.getInstance(new Properties());
    static GreenMail mail;

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", "smtp"),
                    new ServerSetup(0, "127.0.0.1", "imap")});
            mail.start();
            mail.setUser(USER, USER, "pw");
        }
        registry.add("clearline.mailbox.host", () -> "127.0.0.1");
        registry.add("clearline.mailbox.port", () -> mail.getImap().getPort());
        registry.add("clearline.mailbox.user", () -> USER);
        registry.add("clearline.mailbox.password", () -> "pw");
        registry.add("clearline.mailbox.poll-interval", () -> "500ms");
    }

    @AfterAll
    static void stop() {
        mail.stop();
    }

    @Test
    void aForwardedPoArrivesAsMessageAndAttachmentWithItsCustomer() throws Exception {
        String customer = "buyer-" + UUID.randomUUID() + "@acme.example";
        MimeMessage forward = forward(customer, Samples.pdf());
        Transport t = SESSION.getTransport("smtp");
        t.connect("127.0.0.1", mail.getSmtp().getPort(), null, null);
        t.sendMessage(forward, forward.getAllRecipients());
        t.close();

        Http analyst = loggedIn("analyst", "analyst-demo");
        JsonNode found = null;
        for (int i = 0; i < 100 && (found == null || found.isEmpty()); i++) {
            Thread.sleep(200);
            found = Http.json(analyst.get("/api/v1/messages?customer=" + customer));
        }
        assertThat(found).hasSize(1);
        JsonNode message = found.get(0);
        assertThat(message.get("sender").get("address").asString()).isEqualTo("rita@distributor.example");
        assertThat(message.get("customerSource").asString()).isEqualTo("OUTLOOK_FORWARD");
        assertThat(message.get("attachments").asInt()).isEqualTo(1);
        String id = message.get("documentId").asString();
        JsonNode document = Http.json(analyst.get("/api/v1/documents/" + id));
        assertThat(document.toString()).contains("EMAIL");

        JsonNode health = Http.json(loggedIn("admin", ADMIN_PASSWORD).get("/actuator/health"));
        JsonNode mailbox = health.get("components").get("mailbox");
        assertThat(mailbox.get("status").asString()).isEqualTo("UP");
        assertThat(mailbox.get("details").get("stored").asLong()).isPositive();
        assertThat(Http.text(loggedIn("admin", ADMIN_PASSWORD).get("/actuator/prometheus")))
                .contains("clearline_mailbox_messages_total{outcome=\"stored\"", "clearline_mailbox_backlog");
    }

    @Test
    void anUploadedEmailIsStoredWithItsAttachmentAsChild() throws Exception {
        String customer = "upload-" + UUID.randomUUID() + "@acme.example";
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        forward(customer, Samples.pdf()).writeTo(raw);
        Http analyst = loggedIn("analyst", "analyst-demo");

        HttpResponse<byte[]> stored = analyst.send(new Http.Multipart().file("file", "po.eml", raw.toByteArray())
                .into(analyst.request("/api/v1/documents").header("X-CSRF-TOKEN", analyst.csrfToken())));

        assertThat(stored.statusCode()).as(Http.text(stored)).isEqualTo(201);
        JsonNode documents = Http.json(stored).get("documents");
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("document").toString()).contains("EMAIL");
        assertThat(documents.get(1).get("document").toString()).contains("ATTACHMENT", "application/pdf");
        JsonNode message = Http.json(analyst.get("/api/v1/messages/" + documents.get(0).get("document").get("id").asString()));
        assertThat(message.get("customer").get("address").asString()).isEqualTo(customer);
    }

    private static MimeMessage forward(String customer, byte[] pdf) throws Exception {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress("rita@distributor.example"));
        m.setRecipients(MimeMessage.RecipientType.TO, USER);
        m.setSubject("FW: PO");
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("please book\n\nFrom: Acme Buyer <" + customer + ">\nSent: Monday\nSubject: PO\n");
        mixed.addBodyPart(text);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        file.setFileName("po.pdf");
        file.setHeader("Content-Transfer-Encoding", "base64");
        mixed.addBodyPart(file);
        m.setContent(mixed);
        m.saveChanges();
        return m;
    }
}
