package io.clearline.app;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One-page PDFs written byte by byte (Helvetica text at given points, y from the top): documents whose
 * layout no generator and no extractor test knows, without a PDF library in the app's tests.
 */
final class HandPdf {

    private final List<String> texts = new ArrayList<>();

    HandPdf text(double x, double y, String text) {
        return text(x, y, text, 10);
    }

    HandPdf text(double x, double y, String text, double size) {
        String escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        texts.add(String.format(Locale.ROOT, "BT /F1 %.1f Tf 1 0 0 1 %.1f %.1f Tm (%s) Tj ET", size, x,
                842 - y, escaped));
        return this;
    }

    /** The PDF; a unique comment keeps two equal documents from being one stored document. */
    byte[] bytes() {
        String content = String.join("\n", texts);
        List<String> objects = List.of(
                "<</Type/Catalog/Pages 2 0 R>>",
                "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
                "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
                "<</Length " + content.getBytes(StandardCharsets.ISO_8859_1).length + ">>\nstream\n" + content
                        + "\nendstream");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n%" + UUID.randomUUID() + "\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        write(out, table + "trailer\n<</Size " + (objects.size() + 1) + "/Root 1 0 R>>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
