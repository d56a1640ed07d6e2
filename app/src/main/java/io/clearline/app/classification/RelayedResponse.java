package io.clearline.app.classification;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * One response read from the main port for {@link MainPortRelay}: its bytes passed on unchanged, in parts
 * of up to {@code part} bytes, while just enough is parsed to know where it ends (Content-Length, chunks,
 * or the end of the connection) and whether the main port closes the connection after it.
 */
final class RelayedResponse {

    private final InputStream in;
    private final MainPortRelay.Sink sink;
    private final int part;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(1024);
    long length;
    boolean chunked;
    boolean close;

    RelayedResponse(InputStream in, MainPortRelay.Sink sink, int part) {
        this.in = in;
        this.sink = sink;
        this.part = part;
    }

    /** Reads a status line and headers; returns the status. */
    int head() throws IOException {
        length = -1;
        chunked = false;
        close = false;
        String status = line();
        if (!status.startsWith("HTTP/1.") || status.length() < 12) {
            throw new IOException("not an HTTP/1.x response from the main port: " + status);
        }
        for (String header = line(); !header.isEmpty(); header = line()) {
            String h = header.toLowerCase(Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).trim());
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            } else if (h.startsWith("connection:") && h.contains("close")) {
                close = true;
            }
        }
        return Integer.parseInt(status.substring(9, 12));
    }

    void copyChunks() throws IOException {
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            long n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers, copied as they are
                }
                flush();
                return;
            }
            copy(n);
            line();
        }
    }

    void copy(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(part, Math.max(n, 1))];
        while (n > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (read < 0) {
                throw new EOFException("the main port closed mid-response");
            }
            take(buffer, read);
            n -= read;
        }
        flush();
    }

    void copyToEnd() throws IOException {
        byte[] buffer = new byte[part];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            take(buffer, read);
        }
        flush();
    }

    private void take(byte[] buffer, int n) {
        pending.write(buffer, 0, n);
        if (pending.size() >= part) {
            flush();
        }
    }

    void flush() {
        if (pending.size() > 0) {
            sink.part(pending.toByteArray());
            pending.reset();
        }
    }

    /** One line, its bytes kept for the client; returned without CR LF. */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the main port closed mid-response");
            }
            pending.write(b);
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }
}
