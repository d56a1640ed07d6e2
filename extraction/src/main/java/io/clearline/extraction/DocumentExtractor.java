package io.clearline.extraction;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.clearline.extraction.doctype.DocumentTypeDetector;
import io.clearline.extraction.doctype.TitleKeywordDetector;
import io.clearline.extraction.doctype.TypeDecision;
import io.clearline.extraction.einvoice.CrossCheck;
import io.clearline.extraction.einvoice.EmbeddedInvoices;
import io.clearline.extraction.fields.FieldReader;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.PlainTextLayout;
import io.clearline.extraction.mail.Attachment;
import io.clearline.extraction.mail.MailMessage;
import io.clearline.extraction.mail.MailParts;
import io.clearline.extraction.ocr.OcrConfidence;
import io.clearline.extraction.ocr.OcrEngine;
import io.clearline.extraction.ocr.OcrSettings;
import io.clearline.extraction.reading.FileKind;
import io.clearline.extraction.reading.ImageText;
import io.clearline.extraction.reading.PdfText;
import io.clearline.extraction.reading.Reading;
import io.clearline.extraction.reading.TikaText;
import io.clearline.extraction.reading.TimeLimit;

/**
 * Extracts one document: reads its text (PDF with positions, other text through Tika), decides
 * its type and reads its fields. Never throws for bad input: every problem ends as a FAILED
 * result with a reason, within the time limit.
 */
public final class DocumentExtractor {

    private final ExtractionLimits limits;
    private final DocumentTypeDetector detector;
    private final boolean embeddedXml;
    private final OcrEngine ocr;

    public DocumentExtractor(ExtractionLimits limits, DocumentTypeDetector detector) {
        this(limits, detector, OcrEngine.shared());
    }

    /** An extractor whose scans are read with the given OCR settings ({@code clearline.extraction.ocr.*}). */
    public DocumentExtractor(ExtractionLimits limits, DocumentTypeDetector detector, OcrSettings ocr) {
        this(limits, detector, OcrEngine.of(ocr));
    }

    private DocumentExtractor(ExtractionLimits limits, DocumentTypeDetector detector, OcrEngine ocr) {
        this(limits, detector, true, ocr);
    }

    private DocumentExtractor(ExtractionLimits limits, DocumentTypeDetector detector, boolean embeddedXml,
                              OcrEngine ocr) {
        this.limits = limits;
        this.detector = detector;
        this.embeddedXml = embeddedXml;
        this.ocr = ocr;
    }

    /** The OCR settings scans are read with. */
    public OcrSettings ocrSettings() {
        return ocr.settings();
    }

    /**
     * The same extractor without reading embedded e-invoice XML: every field from the visible text
     * (how the evaluation measures text extraction on e-invoices).
     */
    public DocumentExtractor visibleTextOnly() {
        return new DocumentExtractor(limits, detector, false, ocr);
    }

    public DocumentExtractor() {
        this(ExtractionLimits.DEFAULT, new TitleKeywordDetector());
    }

    public ExtractionResult extract(byte[] content) {
        return TimeLimit.run(limits.timeout(), () -> withEmbeddedXml(content, extractNow(content)),
                ExtractionResult::failed);
    }

    /** A PDF carrying ZUGFeRD / Factur-X / Order-X XML: read it too and cross-check it with the visible text. */
    private ExtractionResult withEmbeddedXml(byte[] content, ExtractionResult visible) {
        if (!embeddedXml || content == null || content.length == 0 || content.length > limits.maxBytes()
                || FileKind.of(content).kind() != FileKind.PDF) {
            return visible;
        }
        return EmbeddedInvoices.find(content).map(xml -> CrossCheck.apply(visible, xml)).orElse(visible);
    }

    /**
     * An e-mail and its attachments, each a document of its own; for any other file, just the file.
     * A part that cannot be read is a FAILED part; the message still counts.
     */
    public MessageExtraction extractWithParts(byte[] content) {
        ExtractionResult message = extract(content);
        if (content == null || content.length == 0 || FileKind.of(content).kind() != FileKind.MAIL) {
            return new MessageExtraction(message, List.of());
        }
        List<MessageExtraction.Part> parts = new ArrayList<>();
        Split split = TimeLimit.run(limits.timeout(), () -> new Split(MailParts.split(content), null),
                reason -> new Split(null, reason));
        if (split.mail() == null) {
            // the message itself is still recorded; that its files could not be taken out is a part of its own
            parts.add(new MessageExtraction.Part("(attachments)", "", 0, "",
                    ExtractionResult.failed("attachments could not be read: " + split.failure())));
        } else {
            for (Attachment a : split.mail().attachments()) {
                parts.add(new MessageExtraction.Part(a.name(), a.mediaType(), a.content().length,
                        sha256(a.content()), extract(a.content())));
            }
        }
        return new MessageExtraction(message, parts);
    }

    private record Split(MailMessage mail, String failure) {
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static Reading mailBody(byte[] content) {
        try {
            MailMessage mail = MailParts.split(content);
            if (mail.body().isBlank()) {
                return new Reading.Unreadable("e-mail without body text (its attachments are documents of their own)");
            }
            return new Reading.Text(PlainTextLayout.of(mail.body()));
        } catch (IOException e) {
            return new Reading.Unreadable(e.getMessage());
        }
    }

    private ExtractionResult extractNow(byte[] content) {
        if (content == null || content.length == 0) {
            return ExtractionResult.failed("empty file (0 bytes)");
        }
        if (content.length > limits.maxBytes()) {
            return ExtractionResult.failed("file too large: " + content.length + " bytes (limit "
                    + limits.maxBytes() + ")");
        }
        FileKind.Detected kind = FileKind.of(content);
        Reading reading = switch (kind.kind()) {
            case PDF -> PdfText.read(content, limits, ocr);
            case TEXT -> TikaText.read(content);
            case MAIL -> mailBody(content);
            case IMAGE -> ImageText.read(content, limits, ocr);
            case UNSUPPORTED -> new Reading.Unreadable("not a document we read: detected " + kind.mediaType());
        };
        if (reading instanceof Reading.Unreadable unreadable) {
            return ExtractionResult.failed(unreadable.reason());
        }
        Reading.Text read = (Reading.Text) reading;
        LaidOutText text = read.text();
        TypeDecision type = detector.detect(text);
        FieldReader.Read fields = FieldReader.read(text, type.type(), !read.ocrWords().isEmpty());
        // fields read from OCR'd words are only as sure as OCR was of those words
        return new ExtractionResult(type.type(), type.confidence(),
                OcrConfidence.apply(fields.fields(), read.ocrWords()),
                OcrConfidence.applyToLines(fields.lines(), read.ocrWords()),
                ExtractionStatus.EXTRACTED, read.note(), text.pages());
    }
}
