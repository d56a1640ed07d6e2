package io.clearline.extraction;

import io.clearline.extraction.doctype.DocumentTypeDetector;
import io.clearline.extraction.doctype.TitleKeywordDetector;
import io.clearline.extraction.doctype.TypeDecision;
import io.clearline.extraction.fields.FieldReader;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.reading.FileKind;
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

    public DocumentExtractor(ExtractionLimits limits, DocumentTypeDetector detector) {
        this.limits = limits;
        this.detector = detector;
    }

    public DocumentExtractor() {
        this(ExtractionLimits.DEFAULT, new TitleKeywordDetector());
    }

    public ExtractionResult extract(byte[] content) {
        return TimeLimit.run(limits.timeout(), () -> extractNow(content), ExtractionResult::failed);
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
            case PDF -> PdfText.read(content, limits);
            case TEXT -> TikaText.read(content);
            case IMAGE -> new Reading.Unreadable("image (" + kind.mediaType()
                    + "): OCR is not available on this installation");
            case UNSUPPORTED -> new Reading.Unreadable("not a document we read: detected " + kind.mediaType());
        };
        if (reading instanceof Reading.Unreadable unreadable) {
            return ExtractionResult.failed(unreadable.reason());
        }
        LaidOutText text = ((Reading.Text) reading).text();
        TypeDecision type = detector.detect(text);
        FieldReader.Read read = FieldReader.read(text, type.type());
        return new ExtractionResult(type.type(), type.confidence(), read.fields(), read.lines(),
                ExtractionStatus.EXTRACTED, null, text.pages());
    }
}
