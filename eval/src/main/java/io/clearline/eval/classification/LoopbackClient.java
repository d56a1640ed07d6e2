package io.clearline.eval.classification;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One benchmark client: a single keep-alive HTTP/1.1 connection over a plain socket (TCP_NODELAY),
 * requests written as prepared bytes, responses read by Content-Length or chunks. It is far cheaper
 * than {@code java.net.http.HttpClient} (measured: that client's selector thread and executor hand-offs
 * cost more CPU than the service on this 2-core box), so the figure is the service's, like wrk's would
 * be. Reconnects when the server closes the connection (Tomcat does after server.tomcat.max-keep-alive-requests).
 */
final class LoopbackClient implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private OutputStream out;
    private BufferedInputStream in;
    private int reconnects;

    LoopbackClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    static byte[] post(String path, String apiKey, byte[] json) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + apiKey
                + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + json.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(json, 0, all, h.length, json.length);
        return all;
    }

    static byte[] get(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends one prepared request and reads its answer; fails unless the status is 200. */
    void exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }
        out.write(request);
        out.flush();
        if (readResponse()) {
            close();
            reconnects++;
        }
    }

    int reconnects() {
        return reconnects;
    }

    /** Reads one response; true when the server said it closes the connection. */
    private boolean readResponse() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IOException("expected 200, got " + status);
        }
        int length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String h = header.toLowerCase(java.util.Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            } else if (h.startsWith("connection:") && h.contains("close")) {
                closes = true;
            }
        }
        if (chunked) {
            for (int n = Integer.parseInt(line().trim(), 16); ; n = Integer.parseInt(line().trim(), 16)) {
                in.readNBytes(n);
                line();
                if (n == 0) {
                    break;
                }
            }
        } else if (length > 0) {
            in.readNBytes(length);
        }
        return closes;
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed mid-response");
            }
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
