package io.clearline.extraction.mail;

import java.util.List;

/** An e-mail split into its body text and its attachments; a forwarded message's files are included. */
public record MailMessage(String body, List<Attachment> attachments) {

    public MailMessage {
        attachments = List.copyOf(attachments);
    }
}
