package io.clearline.trainingdata.documents;

import io.clearline.trainingdata.documents.DocumentContent.Labelled;
import io.clearline.trainingdata.documents.DocumentContent.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Prints a document's content as a text PDF in its layout: letterhead and title, header fields
 * (label left of or above the value, one or two columns), a table that continues over pages
 * (with or without rules), totals and a closing block.
 */
final class PdfPainter {

    private static final float MARGIN = 50;

    private final Layout layout;
    private final PDType1Font regular;
    private final PDType1Font bold;
    private final float body;
    private final PDRectangle size;
    private PDDocument document;
    private PDPageContentStream stream;
    private float y;
    private int pages;

    PdfPainter(Layout layout) {
        this.layout = layout;
        this.regular = layout.typeface().regular();
        this.bold = layout.typeface().bold();
        this.body = layout.typeface() == Typeface.COURIER ? 8.5f : 9.5f;
        this.size = layout.letterSize() ? PDRectangle.LETTER : PDRectangle.A4;
    }

    byte[] paint(DocumentContent content, long documentId) {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            doc.setDocumentId(documentId);
            newPage();
            heading(content);
            fields(content.fields());
            table(content.table());
            labelledRight(content.totals());
            if (!content.closing().isEmpty()) {
                y += 14;
                fields(content.closing());
            }
            stream.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + layout.id(), e);
        }
    }

    private void heading(DocumentContent content) throws IOException {
        float top = y;
        for (int i = 0; i < content.letterhead().size(); i++) {
            boolean first = i == 0;
            text(first ? bold : regular, first ? 13 : body, MARGIN, y, content.letterhead().get(i));
            y += first ? 17 : body + 3;
        }
        float titleSize = 17;
        float titleWidth = width(bold, titleSize, content.title());
        text(bold, titleSize, size.getWidth() - MARGIN - titleWidth, top, content.title());
        y = Math.max(y, top + 24) + 16;
    }

    private void fields(List<Labelled> fields) throws IOException {
        if (layout.gridFields()) {
            grid(fields);
            return;
        }
        if (!layout.twoColumnHeader()) {
            y = column(fields, MARGIN, y);
            y += 12;
            return;
        }
        int half = (fields.size() + 1) / 2;
        float start = y;
        float left = column(fields.subList(0, half), MARGIN, start);
        float right = column(fields.subList(half, fields.size()), size.getWidth() / 2 + 20, start);
        y = Math.max(left, right) + 12;
    }

    /** Three fields per row: their labels on one line, their values on the lines below. */
    private void grid(List<Labelled> fields) throws IOException {
        float cell = (size.getWidth() - 2 * MARGIN) / 3;
        for (int start = 0; start < fields.size(); start += 3) {
            List<Labelled> row = fields.subList(start, Math.min(fields.size(), start + 3));
            int depth = row.stream().mapToInt(f -> f.value().size()).max().orElse(1);
            ensureRoom(y, (depth + 2) * (body + 3));
            for (int k = 0; k < row.size(); k++) {
                float x = MARGIN + k * cell;
                text(bold, body - 1, x, y, row.get(k).label().replace(":", ""));
                for (int v = 0; v < row.get(k).value().size(); v++) {
                    text(regular, body, x, y + body + 2 + v * (body + 3), row.get(k).value().get(v));
                }
            }
            y += body + 2 + depth * (body + 3) + 8;
        }
        y += 8;
    }

    private float column(List<Labelled> fields, float x, float top) throws IOException {
        float labelWidth = 0;
        for (Labelled f : fields) {
            labelWidth = Math.max(labelWidth, width(bold, body, f.label()));
        }
        float at = top;
        for (Labelled f : fields) {
            ensureRoom(at, 14 * (f.value().size() + 1));
            at = Math.max(at, y);
            if (layout.labelsBelow()) {
                text(bold, body - 1, x, at, f.label());
                at += body + 2;
                for (String line : f.value()) {
                    text(regular, body, x, at, line);
                    at += body + 3;
                }
                at += 6;
            } else {
                text(bold, body, x, at, f.label());
                for (String line : f.value()) {
                    text(regular, body, x + labelWidth + 14, at, line);
                    at += body + 3;
                }
                at += 4;
            }
        }
        return at;
    }

    private void table(Table table) throws IOException {
        float fontSize = body;
        float available = size.getWidth() - 2 * MARGIN;
        float[] widths = columnWidths(table, fontSize);
        float minGap = 12 * (widths.length - 1);
        while (sum(widths) + minGap > available && fontSize > 6.5f) {
            fontSize -= 0.5f;
            widths = columnWidths(table, fontSize);
        }
        float gap = Math.max(12, (available - sum(widths)) / Math.max(1, widths.length - 1) * 0.5f);
        float[] xs = new float[widths.length];
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            xs[i] = x;
            x += widths[i] + gap;
        }
        float right = x - gap;
        int printed = 0;
        tableHeader(table, xs, widths, fontSize, right);
        for (List<String> row : table.rows()) {
            if (printed > 0 && printed % layout.linesPerPage() == 0 || y > size.getHeight() - MARGIN - 40) {
                newPage();
                tableHeader(table, xs, widths, fontSize, right);
            }
            for (int c = 0; c < row.size(); c++) {
                cell(regular, fontSize, xs[c], widths[c], y, row.get(c), table.numeric().get(c));
            }
            y += fontSize + 6;
            if (layout.ruled()) {
                rule(MARGIN - 3, right + 3, y - 3.5f);
            }
            printed++;
        }
        y += 12;
    }

    private void tableHeader(Table table, float[] xs, float[] widths, float fontSize, float right) throws IOException {
        if (layout.ruled()) {
            rule(MARGIN - 3, right + 3, y - 4);
        }
        for (int c = 0; c < xs.length; c++) {
            String header = table.headers().get(c);
            int split = header.lastIndexOf(' ');
            if (layout.splitHeaders() && split > 0) {
                cell(bold, fontSize, xs[c], widths[c], y, header.substring(0, split), table.numeric().get(c));
                cell(bold, fontSize, xs[c], widths[c], y + fontSize + 2, header.substring(split + 1),
                        table.numeric().get(c));
            } else {
                cell(bold, fontSize, xs[c], widths[c], y + (layout.splitHeaders() ? fontSize + 2 : 0), header,
                        table.numeric().get(c));
            }
        }
        y += fontSize + 6 + (layout.splitHeaders() ? fontSize + 2 : 0);
        if (layout.ruled()) {
            rule(MARGIN - 3, right + 3, y - 3.5f);
        }
    }

    private void labelledRight(List<Labelled> totals) throws IOException {
        float valueRight = size.getWidth() - MARGIN;
        for (Labelled total : totals) {
            ensureRoom(y, 20);
            String value = total.value().get(0);
            text(regular, body, valueRight - width(regular, body, value), y, value);
            text(bold, body, valueRight - 95 - width(bold, body, total.label()), y, total.label());
            y += body + 5;
        }
    }

    private float[] columnWidths(Table table, float fontSize) throws IOException {
        float[] widths = new float[table.headers().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(bold, fontSize, table.headers().get(c));
            for (List<String> row : table.rows()) {
                widths[c] = Math.max(widths[c], width(regular, fontSize, row.get(c)));
            }
        }
        return widths;
    }

    private void cell(PDType1Font font, float fontSize, float x, float width, float top, String text,
                      boolean numeric) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        float at = numeric ? x + width - width(font, fontSize, text) : x;
        text(font, fontSize, at, top, text);
    }

    private void ensureRoom(float at, float needed) throws IOException {
        if (at + needed > size.getHeight() - MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        pages++;
        y = MARGIN;
        text(regular, 7, size.getWidth() - MARGIN - 40, size.getHeight() - 30, pageLabel());
    }

    private String pageLabel() {
        return (layout.language() == Language.DE ? "Seite " : "Page ") + pages;
    }

    private void text(PDType1Font font, float fontSize, float x, float top, String s) throws IOException {
        stream.beginText();
        stream.setFont(font, fontSize);
        stream.newLineAtOffset(x, size.getHeight() - top - fontSize);
        stream.showText(s);
        stream.endText();
    }

    private void rule(float x0, float x1, float top) throws IOException {
        stream.setLineWidth(0.5f);
        stream.moveTo(x0, size.getHeight() - top);
        stream.lineTo(x1, size.getHeight() - top);
        stream.stroke();
    }

    private static float width(PDType1Font font, float fontSize, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * fontSize;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }

}
