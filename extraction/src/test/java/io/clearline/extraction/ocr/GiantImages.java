package io.clearline.extraction.ocr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Real 20,000 × 20,000 px grey images that compress to a few hundred kilobytes: decompression bombs. */
final class GiantImages {

    static final int SIDE = 20_000;

    private static byte[] png;
    private static byte[] pdf;

    private GiantImages() {
    }

    /** Deflated rows of white pixels; {@code filterBytes} adds PNG's per-row filter byte. */
    private static byte[] deflatedRows(boolean filterBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[SIDE + (filterBytes ? 1 : 0)];
            java.util.Arrays.fill(row, (byte) 0xff);
            if (filterBytes) {
                row[0] = 0;
            }
            for (int y = 0; y < SIDE; y++) {
                z.write(row);
            }
        }
        return out.toByteArray();
    }

    static synchronized byte[] png() throws IOException {
        if (png == null) {
            png = writePng();
        }
        return png;
    }

    static synchronized byte[] pdf() throws IOException {
        if (pdf == null) {
            pdf = writePdf();
        }
        return pdf;
    }

    private static byte[] writePng() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(SIDE);
        h.writeInt(SIDE);
        h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit grey, deflate, no filter method variants, no interlace
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", deflatedRows(true));
        chunk(out, "IEND", new byte[0]);
        return file.toByteArray();
    }

    private static byte[] writePdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(deflatedRows(false)),
                    COSName.FLATE_DECODE, SIDE, SIDE, 8, PDDeviceGray.INSTANCE);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                s.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
