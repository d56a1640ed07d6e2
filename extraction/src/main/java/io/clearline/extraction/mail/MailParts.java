package io.clearline.extraction.mail;

import io.clearline.extraction.reading.FileKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Splits an e-mail (.eml, Outlook .msg, TNEF winmail.dat) into its body and its attachments
 * through Tika. Attached and forwarded messages are opened too, down to a depth limit, so a PO
 * forwarded by customer service still comes out; the limit stops deeply nested mail bombs.
 */
public final class MailParts {

    private static final int MAX_DEPTH = 5;
    private static final int MAX_ATTACHMENTS = 500;
    private static final int MAX_BODY_CHARS = 1_000_000;
    /** Thread-safe; building one per message loads every parser again (Tika's OCR parser even starts a process). */
    private static final AutoDetectParser PARSER = new AutoDetectParser();
    private static final MediaType RFC822_TYPE = MediaType.parse("message/rfc822");
    /** Looked up once: asking the composite parser per message rebuilds its type → parser map each time. */
    private static final Parser RFC822 = rfc822Parser();

    private MailParts() {
    }

    public static MailMessage split(byte[] message) throws IOException {
        List<Attachment> attachments = new ArrayList<>();
        String body = parse(message, null, 0, attachments, true);
        return new MailMessage(body, attachments);
    }

    /**
     * The attachments only, as {@link #split} finds them, for storing a message: the body text is not
     * decoded (its parts are only checked for not being blank, which is what tells a damaged message
     * from a readable one), and a message whose type was detected already ({@code message/rfc822})
     * goes straight to Tika's RFC 822 parser instead of being detected again.
     *
     * @param detectedType the message's type as detected before, or null
     * @return the message with an empty body
     */
    public static MailMessage attachments(byte[] message, String detectedType) throws IOException {
        List<Attachment> attachments = new ArrayList<>();
        parse(message, RFC822_TYPE.toString().equals(detectedType) ? RFC822 : null, 0, attachments, false);
        return new MailMessage("", attachments);
    }

    private static String parse(byte[] content, Parser known, int depth, List<Attachment> into, boolean body)
            throws IOException {
        if (Tnef.is(content)) {
            return tnef(content, depth, into, body);
        }
        return tika(content, known, depth, into, body);
    }

    private static String tika(byte[] content, Parser known, int depth, List<Attachment> into, boolean body)
            throws IOException {
        BodyContentHandler handler = new BodyContentHandler(MAX_BODY_CHARS);
        ParseContext context = new ParseContext();
        AutoDetectParser parser = PARSER;
        context.set(Parser.class, parser);
        Collector collector = new Collector(depth, into, context, body);
        context.set(EmbeddedDocumentExtractor.class, collector);
        Metadata metadata = new Metadata();
        try {
            if (known != null) {
                metadata.set(Metadata.CONTENT_TYPE, RFC822_TYPE.toString());
                known.parse(TikaInputStream.get(content), handler, metadata, context);
            } else {
                parser.parse(new ByteArrayInputStream(content), handler, metadata, context);
            }
        } catch (SAXException | TikaException | RuntimeException e) {
            // keep what was read before the damage: a broken last part must not lose the PO before it
            if (!WriteLimitReachedException.isWriteLimitReached(e) && into.isEmpty()
                    && handler.toString().isBlank() && !collector.sawText) {
                throw new IOException("unreadable message: " + rootCause(e), e);
            }
        }
        return handler.toString();
    }

    /** The parser Tika's default configuration uses for message/rfc822 itself (not the composite holding it). */
    private static Parser rfc822Parser() {
        Parser p = PARSER;
        ParseContext context = new ParseContext();
        while (p instanceof CompositeParser composite) {
            Parser inner = composite.getParsers(context).get(RFC822_TYPE);
            if (inner == null || inner == p) {
                return null;
            }
            p = inner;
        }
        return p;
    }

    /** Files from POI (which reads both ways Outlook stores them); the text as far as Tika reads it. */
    private static String tnef(byte[] content, int depth, List<Attachment> into, boolean body) throws IOException {
        for (Attachment file : Tnef.attachments(content, depth)) {
            if (into.size() >= MAX_ATTACHMENTS) {
                break;
            }
            boolean message = Collector.looksLikeMessage(file.name())
                    || FileKind.of(file.content()).kind() == FileKind.MAIL;
            if (message && depth < MAX_DEPTH) {
                parse(file.content(), null, depth + 1, into, body);
            } else {
                into.add(file);
            }
        }
        if (!body) {
            return "";
        }
        try {
            return tika(content, null, depth, new ArrayList<>(), true);
        } catch (IOException e) {
            return ""; // the files are what matters; a body Tika cannot read is no reason to lose them
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** Keeps every embedded file's bytes instead of parsing it into the body text. */
    private static final class Collector implements EmbeddedDocumentExtractor {

        private final int depth;
        private final List<Attachment> into;

        private final ParsingEmbeddedDocumentExtractor bodyText;
        private final boolean body;
        /** A text part with something in it was seen (the body not decoded): the message was readable. */
        private boolean sawText;

        Collector(int depth, List<Attachment> into, ParseContext context, boolean body) {
            this.depth = depth;
            this.into = into;
            this.bodyText = new ParsingEmbeddedDocumentExtractor(context);
            this.body = body;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return into.size() < MAX_ATTACHMENTS;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws IOException, SAXException {
            byte[] bytes = stream.readAllBytes();
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            String type = metadata.get(Metadata.CONTENT_TYPE);
            if (type == null || type.startsWith("application/octet-stream")) {
                type = FileKind.of(bytes).mediaType();
            }
            boolean message = type != null && (type.startsWith("message/rfc822")
                    || type.contains("ms-outlook") || type.contains("ms-tnef"));
            if (name == null && type != null && (type.startsWith("text/plain") || type.startsWith("text/html"))) {
                // the message's own text (a PO typed in the body counts): into the body, not a file
                if (body) {
                    bodyText.parseEmbedded(new ByteArrayInputStream(bytes), handler, metadata, outputHtml);
                } else {
                    sawText |= !new String(bytes, StandardCharsets.ISO_8859_1).isBlank();
                }
                return;
            }
            if (message || bytes.length > 0 && looksLikeMessage(name)) {
                if (depth < MAX_DEPTH) {
                    parse(bytes, null, depth + 1, into, body);
                }
                return;
            }
            into.add(new Attachment(name == null ? "attachment-" + (into.size() + 1) : name,
                    type == null ? "application/octet-stream" : type, bytes, depth));
        }

        private static boolean looksLikeMessage(String name) {
            String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
            return n.endsWith(".eml") || n.endsWith(".msg") || n.equals("winmail.dat");
        }
    }
}
