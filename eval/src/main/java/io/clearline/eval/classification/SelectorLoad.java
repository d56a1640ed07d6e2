package io.clearline.eval.classification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A wrk-style load generator: {@code connections} keep-alive HTTP/1.1 connections, each one client sending
 * its next request as soon as the previous answer is in (closed loop, no think time), all driven by a few
 * NIO selector threads instead of one OS thread per client. The clients are as concurrent as with
 * {@link LoopbackClient} threads (64 requests in flight), but on a 2-core machine shared with the service
 * they cost far less CPU: no thread per client to wake, schedule and switch to for every answer. Latency
 * counts from the first byte written to the last byte of the answer read; every answer must be a 200.
 */
final class SelectorLoad {

    private SelectorLoad() {
    }

    static Latencies closedLoop(int port, List<byte[]> requests, int connections, int perConnection, int selectors)
            throws IOException, InterruptedException {
        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            clients.add(new Client(c, port, requests, perConnection));
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> loops = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; s < selectors; s++) {
            List<Client> mine = new ArrayList<>();
            for (int c = s; c < connections; c += selectors) {
                mine.add(clients.get(c));
            }
            Thread loop = new Thread(() -> {
                try {
                    drive(mine);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "selector-load-" + s);
            loop.start();
            loops.add(loop);
        }
        for (Thread loop : loops) {
            loop.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IOException("a load connection failed: " + failure.get(), failure.get());
        }
        double[] all = clients.stream().flatMapToDouble(c -> Arrays.stream(c.ms)).toArray();
        return Latencies.of(all, seconds);
    }

    private static void drive(List<Client> clients) throws IOException {
        try (Selector selector = Selector.open()) {
            for (Client client : clients) {
                client.open(selector);
            }
            int open = clients.size();
            while (open > 0) {
                selector.select();
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    Client client = (Client) key.attachment();
                    if (client.handle(key, selector)) {
                        open--;
                    }
                }
            }
        } finally {
            for (Client client : clients) {
                client.close();
            }
        }
    }

    /** One client: one connection, one request in flight. */
    private static final class Client {
        private final int id;
        private final int port;
        private final List<byte[]> requests;
        final double[] ms;
        private int sent;
        private SocketChannel channel;
        private ByteBuffer out;
        private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        private long startNanos;

        Client(int id, int port, List<byte[]> requests, int count) {
            this.id = id;
            this.port = port;
            this.requests = requests;
            this.ms = new double[count];
        }

        void open(Selector selector) throws IOException {
            channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, 0, this);
            if (sent < ms.length) {
                next(key);
            }
        }

        private void next(SelectionKey key) throws IOException {
            out = ByteBuffer.wrap(requests.get((id * ms.length + sent) % requests.size()));
            startNanos = System.nanoTime();
            channel.write(out);
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        /** Handles readiness; true when this client has sent and received all its requests. */
        boolean handle(SelectionKey key, Selector selector) throws IOException {
            if (key.isWritable()) {
                channel.write(out);
                if (!out.hasRemaining()) {
                    key.interestOps(SelectionKey.OP_READ);
                }
                return false;
            }
            if (channel.read(in) < 0) {
                throw new IOException("the server closed the connection mid-response");
            }
            int end = complete();
            if (end < 0) {
                return false;
            }
            ms[sent++] = (System.nanoTime() - startNanos) / 1e6;
            boolean closes = closes(end);
            in.clear();
            if (closes) {
                key.cancel();
                channel.close();
                if (sent < ms.length) {
                    open(selector);
                }
            } else if (sent < ms.length) {
                next(key);
            }
            return sent == ms.length;
        }

        /** The length of a complete 200 response in the buffer, or -1 while it is incomplete. */
        private int complete() throws IOException {
            byte[] b = in.array();
            int n = in.position();
            int headEnd = -1;
            for (int i = 3; i < n; i++) {
                if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                    headEnd = i + 1;
                    break;
                }
            }
            if (headEnd < 0) {
                grow();
                return -1;
            }
            String head = new String(b, 0, headEnd, StandardCharsets.ISO_8859_1);
            if (!head.startsWith("HTTP/1.1 200")) {
                throw new IOException("expected 200, got " + head.lines().findFirst().orElse(""));
            }
            int at = head.toLowerCase(Locale.ROOT).indexOf("\ncontent-length:");
            if (at < 0) {
                throw new IOException("no Content-Length in " + head);
            }
            int length = Integer.parseInt(head.substring(at + 16, head.indexOf('\r', at)).trim());
            if (n < headEnd + length) {
                grow();
                return -1;
            }
            if (n > headEnd + length) {
                throw new IOException("more bytes than one response: the server answered what was not asked");
            }
            return headEnd;
        }

        private boolean closes(int headEnd) {
            String head = new String(in.array(), 0, headEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            return head.contains("\nconnection: close");
        }

        private void grow() {
            if (!in.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
                in.flip();
                bigger.put(in);
                in = bigger;
            }
        }

        void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
