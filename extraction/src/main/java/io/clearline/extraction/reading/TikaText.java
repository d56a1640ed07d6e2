package io.clearline.extraction.reading;

import io.clearline.extraction.layout.PlainTextLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Plain text of non-PDF documents (text files, e-mail bodies, HTML) through Tika. */
public final class TikaText {

    private static final int MAX_CHARS = 2_000_000;

    private TikaText() {
    }

    public static Reading read(byte[] content) {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try {
            new AutoDetectParser().parse(new ByteArrayInputStream(content), handler, new Metadata(),
                    new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return new Reading.Unreadable("unreadable text document: " + e.getMessage());
            }
        }
        String text = handler.toString();
        if (text.isBlank()) {
            return new Reading.Unreadable("no text in the document");
        }
        return new Reading.Text(PlainTextLayout.of(text));
    }
}
