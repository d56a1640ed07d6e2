package io.clearline.extraction.corrections;

import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.layout.LaidOutText;
import io.clearline.extraction.layout.PlainTextLayout;
import io.clearline.extraction.mail.MailParts;
import io.clearline.extraction.reading.FileKind;
import io.clearline.extraction.reading.PdfText;
import io.clearline.extraction.reading.Reading;
import io.clearline.extraction.reading.TikaText;
import io.clearline.extraction.reading.TimeLimit;
import java.io.IOException;
import java.util.Optional;

/**
 * The words of a stored document with their positions, read the way the extractor reads them (PDF text
 * layer, text files, an e-mail's body), under the same time limit. Empty when there is no text to learn
 * from (an image without OCR, a broken file).
 */
final class SourceLayout {

    private SourceLayout() {
    }

    static Optional<LaidOutText> read(byte[] content, ExtractionLimits limits) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        return TimeLimit.run(limits.timeout(), () -> readNow(content, limits), reason -> Optional.empty());
    }

    private static Optional<LaidOutText> readNow(byte[] content, ExtractionLimits limits) throws IOException {
        Reading reading = switch (FileKind.of(content).kind()) {
            case PDF -> PdfText.read(content, limits);
            case TEXT -> TikaText.read(content);
            case MAIL -> new Reading.Text(PlainTextLayout.of(MailParts.split(content).body()));
            case IMAGE, UNSUPPORTED -> new Reading.Unreadable("no text layer");
        };
        return reading instanceof Reading.Text text && !text.text().isEmpty() ? Optional.of(text.text())
                : Optional.empty();
    }
}
