package io.clearline.app.classification;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays requests {@link ClassificationListener} does not answer itself to the main port, on the forward
 * threads (blocking sockets; the event loops never wait for the main port). Each listener connection has its
 * own {@link Upstream}: one keep-alive connection to the main port and its relays one after another, so the
 * main port sees that client's requests in order. The request goes as received (request line, headers in
 * their order and spelling, the body as it arrives; chunked bodies re-framed as chunks, an {@code Expect:
 * 100-continue} the listener already answered removed); the response comes back byte for byte, passed to
 * the connection in pieces as it is read.
 */
final class MainPortRelay {

    /** Where a relayed response goes; called on a forward thread. */
    interface Sink {
        void part(byte[] bytes);

        /** The response is complete; {@code close}: the main port closes the connection after it. */
        void end(boolean close);

        /** The main port could not be reached or failed mid-way: the client's connection must close. */
        void failed(Exception e);
    }

    private static final Logger log = LoggerFactory.getLogger(MainPortRelay.class);
    private static final byte[] END = new byte[0];
    private static final int PART = 64 * 1024;
    private static final long PAUSE_ABOVE = 1024 * 1024;
    private static final long RESUME_BELOW = 256 * 1024;
    private static final long IDLE_REUSE_MILLIS = 5_000;
    private static final int BODY_WAIT_SECONDS = 60;

    private final ExecutorService forward;
    private final InetSocketAddress mainPort;

    MainPortRelay(ExecutorService forward, InetSocketAddress mainPort) {
        this.forward = forward;
        this.mainPort = mainPort;
    }

    Upstream upstream() {
        return new Upstream();
    }

    /** One listener connection's way to the main port. */
    final class Upstream {
        private final ArrayDeque<Relay> queue = new ArrayDeque<>();
        private boolean running;
        private volatile boolean closed;
        private volatile Socket socket;
        private volatile long lastUsed;

        /** Starts relaying a request whose body follows through {@link Relay#send} and {@link Relay#end}. */
        Relay relay(HttpRequest head, Channel client, Sink sink) {
            Relay relay = new Relay(head, client, sink);
            synchronized (this) {
                queue.add(relay);
                if (running) {
                    return relay;
                }
                running = true;
            }
            forward.execute(this::drain);
            return relay;
        }

        private void drain() {
            while (true) {
                Relay next;
                synchronized (this) {
                    next = queue.poll();
                    if (next == null) {
                        running = false;
                        return;
                    }
                }
                next.run();
            }
        }

        /** The client's connection closed: drop the way to the main port, end what is waiting. */
        void close() {
            closed = true;
            synchronized (this) {
                queue.forEach(Relay::abort);
            }
            closeSocket();
        }

        // the socket is used by one forward thread at a time (this upstream's relays run one after another);
        // close() may come from the event loop meanwhile, and never waits for a connect or a read
        private Socket socket() throws IOException {
            Socket s = socket;
            if (s != null && System.currentTimeMillis() - lastUsed > IDLE_REUSE_MILLIS) {
                closeSocket(); // the main port may have timed it out meanwhile
                s = null;
            }
            if (s == null) {
                s = new Socket();
                s.setTcpNoDelay(true);
                s.connect(mainPort, 10_000);
                s.setSoTimeout(120_000);
                socket = s;
                if (closed) {
                    closeSocket();
                    throw new EOFException("the client closed the connection");
                }
            }
            return s;
        }

        private void closeSocket() {
            Socket s = socket;
            socket = null;
            if (s != null) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }

        /** One request on its way to the main port and its response on the way back. */
        final class Relay {
            private final HttpRequest head;
            private final Channel client;
            private final Sink sink;
            private final BlockingQueue<byte[]> body = new LinkedBlockingQueue<>();
            private final AtomicLong queued = new AtomicLong();
            private final boolean chunked;
            private volatile boolean aborted;

            private Relay(HttpRequest head, Channel client, Sink sink) {
                this.head = head;
                this.client = client;
                this.sink = sink;
                this.chunked = HttpUtil.isTransferEncodingChunked(head);
            }

            /** Body bytes as they arrive (event loop); the client is paused while much is waiting. */
            void send(ByteBuf bytes) {
                if (bytes.isReadable()) {
                    send(ByteBufUtil.getBytes(bytes));
                }
            }

            void send(byte[] bytes) {
                body.add(bytes);
                if (queued.addAndGet(bytes.length) > PAUSE_ABOVE) {
                    client.config().setAutoRead(false);
                }
            }

            void end() {
                body.add(END);
            }

            void abort() {
                aborted = true;
                body.add(END);
            }

            private void run() {
                if (aborted || closed) {
                    return;
                }
                try {
                    Socket s = socket();
                    OutputStream out = s.getOutputStream();
                    out.write(requestHead());
                    copyBody(out);
                    out.flush();
                    boolean close = copyResponse(new BufferedInputStream(s.getInputStream(), PART));
                    if (close) {
                        closeSocket();
                    } else {
                        lastUsed = System.currentTimeMillis();
                    }
                    sink.end(close);
                } catch (IOException | InterruptedException | RuntimeException e) {
                    closeSocket();
                    if (!aborted && !closed) {
                        log.debug("relay of {} {} to the main port failed: {}", head.method(), head.uri(), e.toString());
                        sink.failed(e);
                    }
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            private byte[] requestHead() {
                StringBuilder sb = new StringBuilder(512).append(head.method().name()).append(' ').append(head.uri())
                        .append(' ').append(head.protocolVersion().text()).append("\r\n");
                for (Map.Entry<String, String> header : head.headers()) {
                    sb.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
                }
                return sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
            }

            private void copyBody(OutputStream out) throws IOException, InterruptedException {
                while (true) {
                    byte[] part = body.poll();
                    if (part == null) {
                        // nothing waiting: the client must be reading (a pause decided on the event loop
                        // while this thread drained the queue would otherwise never be lifted)
                        resumeClient();
                        part = body.poll(BODY_WAIT_SECONDS, TimeUnit.SECONDS);
                    }
                    if (part == null) {
                        throw new IOException("no request body bytes for " + BODY_WAIT_SECONDS + " s");
                    }
                    if (aborted) {
                        throw new EOFException("the client closed the connection");
                    }
                    if (part == END) {
                        if (chunked) {
                            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        return;
                    }
                    if (chunked) {
                        out.write((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(part);
                        out.write(new byte[] {'\r', '\n'});
                    } else {
                        out.write(part);
                    }
                    if (queued.addAndGet(-part.length) < RESUME_BELOW && !client.config().isAutoRead()) {
                        resumeClient();
                    }
                }
            }

            /** Lets the client's connection read again; decided on its event loop, where pauses are decided. */
            private void resumeClient() {
                client.eventLoop().execute(() -> {
                    if (queued.get() < RESUME_BELOW) {
                        client.config().setAutoRead(true);
                    }
                });
            }

            /** Copies one response (after any interim 1xx ones) to the sink; true when the connection ends with it. */
            private boolean copyResponse(InputStream in) throws IOException {
                RelayedResponse response = new RelayedResponse(in, sink, PART);
                int status;
                do {
                    status = response.head();
                } while (status >= 100 && status < 200 && status != 101);
                boolean noBody = HttpMethod.HEAD.equals(head.method()) || status == 204 || status == 304 || status == 101;
                if (noBody) {
                    response.flush();
                } else if (response.chunked) {
                    response.copyChunks();
                } else if (response.length >= 0) {
                    response.copy(response.length);
                } else {
                    response.copyToEnd();
                    return true;
                }
                return response.close || status == 101 || !HttpUtil.isKeepAlive(head);
            }
        }
    }
}
