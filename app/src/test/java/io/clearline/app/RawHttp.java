package io.clearline.app;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, bytes exactly as written: for requests a library client would not send
 * (invalid UTF-8, pipelined requests, Expect: 100-continue) and for comparing two ports' raw answers.
 */
final class RawHttp implements AutoCloseable {

    /** A response as read: status, headers (names lower-cased, repeated ones joined), body. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The headers without those that differ by nature between two responses (time, connection handling). */
        Map<String, String> comparableHeaders() {
            Map<String, String> h = new TreeMap<>(headers);
            h.keySet().removeAll(Set.of("date", "connection", "keep-alive"));
            return h;
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final BufferedInputStream in;

    RawHttp(int port) {
        try {
            socket = new Socket("localhost", port);
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] post(String path, String contentType, byte[] body, String apiKey) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + (apiKey == null ? "" : "X-API-Key: " + apiKey + "\r\n")
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.US_ASCII), body);
    }

    static byte[] post(String path, String contentType, String body, String apiKey) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), apiKey);
    }

    static byte[] get(String path, String apiKey) {
        return ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + (apiKey == null ? "" : "X-API-Key: " + apiKey + "\r\n")
                + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** One request, one response on a connection of its own. */
    static Response exchange(int port, byte[] request) {
        try (RawHttp http = new RawHttp(port)) {
            http.write(request);
            return http.read();
        }
    }

    void write(byte[]... requests) {
        try {
            for (byte[] request : requests) {
                out.write(request);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one response (Content-Length or chunked). */
    Response read() {
        try {
            String status = line();
            Map<String, String> headers = new TreeMap<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int n = Integer.parseInt(line().trim(), 16); n > 0; n = Integer.parseInt(line().trim(), 16)) {
                    body.write(in.readNBytes(n));
                    line();
                }
                line();
            } else if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            }
            return new Response(Integer.parseInt(status.substring(9, 12)), headers, body.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed");
            }
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
