package io.clearline.extraction.documents;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sent an e-mail, and for a forwarded one, who sent the original: the innermost attached
 * message (message/rfc822), else the last forwarded header block in the text (Gmail's
 * "---------- Forwarded message ---------", Outlook's "From: … Sent: …", "-----Original Message-----").
 * Reading never fails: what cannot be read stays unknown.
 */
final class MessageSenders {

    private static final int MAX_DEPTH = 5;
    private static final Session SESSION = MimeMessages.SESSION;
    private static final Pattern ADDRESS = Pattern.compile("[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern FROM_LINE = Pattern.compile("(?im)^[ \\t>]*\\*?(?:From|Von|De|Van)\\*?:[ \\t]*(.+)$");
    private static final Pattern GMAIL = Pattern.compile("-{5,}\\s*Forwarded message\\s*-{5,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL = Pattern.compile("-{3,}\\s*(Original Message|Ursprüngliche Nachricht)\\s*-{3,}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENT_OR_DATE = Pattern.compile("(?im)^[ \\t>]*\\*?(Sent|Date|Gesendet|Datum|Envoyé)\\*?:");

    private MessageSenders() {
    }

    static MessageHeaders read(byte[] raw) {
        try {
            return read(MimeMessages.parse(raw));
        } catch (MessagingException e) {
            return MessageHeaders.unknown();
        }
    }

    /** From a message parsed before (null: nothing could be parsed). */
    static MessageHeaders read(MimeMessage message) {
        if (message == null) {
            return MessageHeaders.unknown();
        }
        Person sender = from(message);
        String messageId = MimeMessages.messageId(message);
        String subject = safe(() -> message.getSubject());
        Person attached = innermostAttached(message, 0);
        if (attached != null) {
            return new MessageHeaders(messageId, subject, sender, attached, CustomerSource.ATTACHED_MESSAGE);
        }
        StringBuilder text = new StringBuilder();
        collectText(message, text, 0);
        Forwarded forwarded = forwarded(text.toString());
        if (forwarded != null) {
            return new MessageHeaders(messageId, subject, sender, forwarded.person(), forwarded.source());
        }
        return new MessageHeaders(messageId, subject, sender, sender, CustomerSource.SENDER);
    }

    /** The last forwarded header block in the text: the original sender of a chain of forwards. */
    static Forwarded forwarded(String text) {
        Matcher from = FROM_LINE.matcher(text);
        Forwarded last = null;
        while (from.find()) {
            String before = text.substring(Math.max(0, from.start() - 400), from.start());
            String after = text.substring(from.end(), Math.min(text.length(), from.end() + 400));
            CustomerSource source;
            if (GMAIL.matcher(before).find() && lastMarkerIsClose(before, GMAIL)) {
                source = CustomerSource.GMAIL_FORWARD;
            } else if (ORIGINAL.matcher(before).find() && lastMarkerIsClose(before, ORIGINAL)) {
                source = CustomerSource.ORIGINAL_MESSAGE;
            } else if (SENT_OR_DATE.matcher(firstLines(after, 3)).find()) {
                source = CustomerSource.OUTLOOK_FORWARD;
            } else {
                continue;
            }
            Person person = person(from.group(1));
            if (person != null) {
                last = new Forwarded(person, source);
            }
        }
        return last;
    }

    private static boolean lastMarkerIsClose(String before, Pattern marker) {
        Matcher m = marker.matcher(before);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && before.substring(end).lines().filter(l -> !l.isBlank()).count() <= 1;
    }

    private static String firstLines(String s, int n) {
        return String.join("\n", s.lines().limit(n).toList());
    }

    /** "Jane Buyer <jane@acme.example>", "Jane Buyer [mailto:jane@acme.example]", "jane@acme.example". */
    static Person person(String value) {
        Matcher m = ADDRESS.matcher(value);
        if (!m.find()) {
            return null;
        }
        String name = value.substring(0, m.start()).replaceAll("[<\\[\"*]|mailto:", " ").trim();
        return new Person(m.group().toLowerCase(java.util.Locale.ROOT), name.isEmpty() ? null : name);
    }

    private static Person innermostAttached(Part part, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        try {
            if (depth > 0 && part.isMimeType("message/rfc822")) {
                Object content = part.getContent();
                MimeMessage inner = content instanceof MimeMessage m ? m
                        : content instanceof InputStream in ? new MimeMessage(SESSION, in) : null;
                if (inner == null) {
                    return null;
                }
                Person deeper = innermostAttached(inner, depth + 1);
                return deeper != null ? deeper : from(inner);
            }
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart mp) {
                for (int i = 0; i < mp.getCount(); i++) {
                    Person found = innermostAttached(mp.getBodyPart(i), depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            // a damaged part: no attached original from it
        }
        return null;
    }

    private static void collectText(Part part, StringBuilder into, int depth) {
        if (depth > MAX_DEPTH || into.length() > 200_000) {
            return;
        }
        try {
            if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                into.append(part.getContent()).append('\n');
            } else if (part.isMimeType("text/html") && into.isEmpty()) {
                into.append(String.valueOf(part.getContent()).replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
                        .replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " "))
                        .append('\n');
            } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart mp) {
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart child = mp.getBodyPart(i);
                    collectText(child, into, depth + 1);
                }
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            // a damaged or undecodable part adds no text
        }
    }

    private static Person from(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress a && a.getAddress() != null) {
                return new Person(a.getAddress().toLowerCase(java.util.Locale.ROOT), a.getPersonal());
            }
        } catch (MessagingException | RuntimeException e) {
            // an unparseable From: fall back to the raw header
        }
        String raw = safe(() -> message.getHeader("From", ","));
        return raw == null ? null : person(raw);
    }

    private interface Read {
        String get() throws MessagingException;
    }

    private static String safe(Read read) {
        try {
            return read.get();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    record Forwarded(Person person, CustomerSource source) {
    }
}
