package io.clearline.extraction.ocr;

import com.sun.jna.Pointer;
import io.clearline.core.document.BoundingBox;
import io.clearline.extraction.layout.Word;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One tesseract engine, used by one pool thread only (tesseract handles are not thread-safe). The
 * language models are loaded once per thread, not once per page. Words come back in points with
 * the text line's baseline as their bottom and a font size from the line's height, so the layout
 * code groups them into lines and phrases as it does text-layer words.
 */
final class Recognizer {

    private static final int WORD = ITessAPI.TessPageIteratorLevel.RIL_WORD;
    private static final int LINE = ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE;
    /** Ascender height over font size for common faces: line top to baseline is about 0.72 em. */
    private static final double ASCENT = 0.72;

    private final TessAPI api;
    private final TessBaseAPI handle;

    Recognizer(TessAPI api, String tessdata, String languages) {
        this.api = api;
        this.handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit2(handle, tessdata, languages, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new IllegalStateException("tesseract could not load '" + languages + "' from " + tessdata);
        }
        api.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_AUTO);
        // no debug files, no "Estimating resolution" chatter on stderr
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    /** The words on a grey page; {@code page} is the 1-based page number the words carry. */
    List<OcrWord> read(BufferedImage grey, double dpi, int page, long deadlineMillis) {
        int width = grey.getWidth();
        int height = grey.getHeight();
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(width * height);
        buffer.put(pixels, 0, width * height).flip();
        api.TessBaseAPISetImage(handle, buffer, width, height, 1, width);
        api.TessBaseAPISetSourceResolution(handle, (int) Math.round(dpi));
        ITessAPI.ETEXT_DESC monitor = api.TessMonitorCreate();
        // the monitor is tesseract's C++ object, not the struct JNA knows: pass its address untouched
        monitor.setAutoSynch(false);
        try {
            api.TessMonitorSetDeadlineMSecs(monitor, (int) Math.max(1, Math.min(Integer.MAX_VALUE, deadlineMillis)));
            api.TessBaseAPIRecognize(handle, monitor);
            return words(72.0 / dpi, page);
        } finally {
            api.TessMonitorDelete(monitor);
            api.TessBaseAPIClear(handle);
        }
    }

    private List<OcrWord> words(double scale, int page) {
        List<OcrWord> words = new ArrayList<>();
        TessResultIterator ri = api.TessBaseAPIGetIterator(handle);
        if (ri == null) {
            return words;
        }
        try {
            TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
            IntBuffer a = IntBuffer.allocate(1);
            IntBuffer b = IntBuffer.allocate(1);
            IntBuffer c = IntBuffer.allocate(1);
            IntBuffer d = IntBuffer.allocate(1);
            double fontSize = 10;
            int[] baseline = {0, 0, 1, 0};
            do {
                if (api.TessPageIteratorIsAtBeginningOf(pi, LINE) == ITessAPI.TRUE) {
                    api.TessPageIteratorBoundingBox(pi, LINE, a, b, c, d);
                    int lineTop = b.get(0);
                    api.TessPageIteratorBaseline(pi, LINE, a, b, c, d);
                    baseline = new int[] {a.get(0), b.get(0), c.get(0), d.get(0)};
                    double lineBase = (baseline[1] + baseline[3]) / 2.0;
                    fontSize = Math.max(4, (lineBase - lineTop) * scale / ASCENT);
                }
                Pointer text = api.TessResultIteratorGetUTF8Text(ri, WORD);
                if (text == null) {
                    continue;
                }
                String value = clean(text.getString(0, "UTF-8"));
                api.TessDeleteText(text);
                if (value.isEmpty()
                        || api.TessPageIteratorBoundingBox(pi, WORD, a, b, c, d) != ITessAPI.TRUE) {
                    continue;
                }
                int x0 = a.get(0);
                int y0 = b.get(0);
                int x1 = c.get(0);
                int y1 = d.get(0);
                double base = onBaseline(baseline, (x0 + x1) / 2.0);
                // the box bottom is the baseline, as in text-layer words; descenders hang below it
                double bottom = Math.max(y0 + 1, Math.min(y1, base));
                BoundingBox box = new BoundingBox(x0 * scale, y0 * scale, x1 * scale, bottom * scale);
                float confidence = api.TessResultIteratorConfidence(ri, WORD);
                // OCR boxes are ink-tight, so the gap between two words of a phrase is a space plus both
                // side bearings: a wider nominal space keeps "Invoice No" one phrase, columns stay apart
                words.add(new OcrWord(new Word(value, page, box, fontSize, fontSize * 0.45, false),
                        Math.max(0, Math.min(100, confidence))));
            } while (api.TessResultIteratorNext(ri, WORD) == ITessAPI.TRUE);
        } finally {
            api.TessResultIteratorDelete(ri);
        }
        return words;
    }

    /**
     * Quotes, bars, tildes and dashes at a word's edge are specks, JPEG ringing and rule ends read as
     * glyphs far more often than real punctuation on business documents.
     */
    static String clean(String word) {
        return word.strip().replaceAll("^[“”‘’„‚|`¦~_«»—:;\"']+", "").replaceAll("[“”‘’„‚|`¦~_«»—°\"']+$", "");
    }

    private static double onBaseline(int[] line, double x) {
        if (line[2] == line[0]) {
            return line[1];
        }
        return line[1] + (line[3] - line[1]) * (x - line[0]) / (double) (line[2] - line[0]);
    }
}
