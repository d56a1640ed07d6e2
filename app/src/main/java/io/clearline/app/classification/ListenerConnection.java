package io.clearline.app.classification;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection on {@link ClassificationListener}, all on its event loop. A request the
 * {@link ListenerHappyPath} may answer has its body collected and is answered right there; any other is
 * relayed to the main port ({@link MainPortRelay}) as it arrives. Answers go out in the order the requests
 * came (pipelining): each request has a slot, and a slot's bytes are written once every earlier slot is
 * complete. A batch above {@code inlineBatchMaxItems} is classified on {@code batchPool} and its answer put in
 * its slot back on the event loop; when the pool's queue is full it is relayed to the main port.
 */
final class ListenerConnection extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ListenerConnection.class);
    private static final long DRAIN_GRACE_MILLIS = 500;
    private static final byte[] CONTINUE = "HTTP/1.1 100 \r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BAD_REQUEST = ("HTTP/1.1 400 \r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** A response in the making: its bytes so far, and whether it is complete. */
    private static final class Slot {
        final ArrayDeque<ByteBuf> parts = new ArrayDeque<>(2);
        boolean done;
        boolean close;
    }

    private final ListenerHappyPath happyPath;
    private final AnswerHead answerHead;
    private final MainPortRelay.Upstream upstream;
    private final Executor batchPool;
    private final int inlineBatchMaxItems;
    private final ArrayDeque<Slot> slots = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private boolean closed;
    private boolean draining;

    // the request being received
    private HttpRequest head;
    private long headNanos;
    private Slot slot;
    private ByteBuf body;
    private MainPortRelay.Upstream.Relay relay;

    ListenerConnection(ListenerHappyPath happyPath, AnswerHead answerHead, MainPortRelay.Upstream upstream,
            Executor batchPool, int inlineBatchMaxItems) {
        this.happyPath = happyPath;
        this.answerHead = answerHead;
        this.upstream = upstream;
        this.batchPool = batchPool;
        this.inlineBatchMaxItems = inlineBatchMaxItems;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (closed) {
                return;
            }
            if (msg instanceof HttpRequest request) {
                start(request);
            }
            if (msg instanceof HttpContent content && head != null) {
                content(content);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void start(HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            // not HTTP the main port could be handed either (request line or headers beyond 64 KB, garbage)
            log.debug("classification listener: unreadable request: {}", request.decoderResult().cause().toString());
            Slot bad = new Slot();
            bad.parts.add(Unpooled.wrappedBuffer(BAD_REQUEST));
            bad.done = true;
            bad.close = true;
            slots.add(bad);
            head = null;
            writeReady();
            return;
        }
        if (HttpUtil.is100ContinueExpected(request)) {
            // answered here for both ways: the main port then simply gets a request with its body
            request.headers().remove(HttpHeaderNames.EXPECT);
            ctx.writeAndFlush(Unpooled.wrappedBuffer(CONTINUE));
        }
        head = request;
        headNanos = System.nanoTime();
        slot = new Slot();
        slots.add(slot);
        String refusal = happyPath.refusalBeforeBody(request);
        if (refusal == null) {
            body = ctx.alloc().heapBuffer((int) HttpUtil.getContentLength(request, 0L));
        } else {
            happyPath.relay(refusal);
            relay = upstream.relay(request, ctx.channel(), sink(slot));
        }
    }

    private void content(HttpContent content) {
        if (content.decoderResult().isFailure()) {
            // a broken chunked body: nothing sensible to answer or relay
            log.debug("classification listener: unreadable body: {}", content.decoderResult().cause().toString());
            ctx.close();
            return;
        }
        if (body != null) {
            body.writeBytes(content.content());
        } else {
            relay.send(content.content());
        }
        if (content instanceof LastHttpContent) {
            if (body != null) {
                answerOrRelay();
            } else {
                relay.end();
            }
            head = null;
            body = null;
            relay = null;
            slot = null;
        }
    }

    private void answerOrRelay() {
        byte[] bytes = ByteBufUtil.getBytes(body);
        body.release();
        HttpRequest request = head;
        Slot target = slot;
        ListenerHappyPath.Outcome outcome = happyPath.answer(request, bytes, headNanos, inlineBatchMaxItems);
        if (outcome.later() != null) {
            try {
                Supplier<ListenerHappyPath.Outcome> work = outcome.later();
                batchPool.execute(() -> {
                    ListenerHappyPath.Outcome done = work.get();
                    try {
                        ctx.executor().execute(() -> finish(request, target, bytes, done));
                    } catch (RejectedExecutionException e) {
                        // the event loop is shutting down: the connection is gone with it
                    }
                });
                return;
            } catch (RejectedExecutionException e) {
                // the batch pool's queue is full (or it is shutting down): the main port answers it instead
                outcome = happyPath.relay("batch-pool-full");
            }
        }
        finish(request, target, bytes, outcome);
    }

    /** On the event loop: puts an answer in its slot, or relays the request whole to the main port. */
    private void finish(HttpRequest request, Slot target, byte[] bytes, ListenerHappyPath.Outcome outcome) {
        if (closed) {
            return;
        }
        if (outcome.json() == null) {
            MainPortRelay.Upstream.Relay whole = upstream.relay(request, ctx.channel(), sink(target));
            whole.send(bytes);
            whole.end();
            return;
        }
        boolean close = draining || !HttpUtil.isKeepAlive(request);
        byte[] headBytes = answerHead.bytes(outcome.json().length, close);
        // one pooled buffer, one write: cheaper than a composite of two arrays (measured with JFR)
        target.parts.add(ctx.alloc().buffer(headBytes.length + outcome.json().length).writeBytes(headBytes)
                .writeBytes(outcome.json()));
        target.done = true;
        target.close = close;
        writeReady();
    }

    /** Where the relayed response for {@code target} goes: onto this connection's event loop. */
    private MainPortRelay.Sink sink(Slot target) {
        return new MainPortRelay.Sink() {
            @Override
            public void part(byte[] bytes) {
                ctx.executor().execute(() -> {
                    if (!closed) {
                        target.parts.add(Unpooled.wrappedBuffer(bytes));
                        writeReady();
                    }
                });
            }

            @Override
            public void end(boolean close) {
                ctx.executor().execute(() -> {
                    target.done = true;
                    target.close = close || draining;
                    writeReady();
                });
            }

            @Override
            public void failed(Exception e) {
                ctx.executor().execute(() -> ctx.close());
            }
        };
    }

    /** Writes what is complete, in request order; closes after a response that ends the connection. */
    private void writeReady() {
        if (closed) {
            return;
        }
        boolean wrote = false;
        while (!slots.isEmpty()) {
            Slot first = slots.peek();
            for (ByteBuf part = first.parts.poll(); part != null; part = first.parts.poll()) {
                ctx.write(part);
                wrote = true;
            }
            if (!first.done) {
                break;
            }
            slots.poll();
            if (first.close) {
                closed = true;
                ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
                return;
            }
        }
        if (wrote) {
            ctx.flush();
        }
    }

    /**
     * Shutting down (run on the event loop): the next answer says {@code Connection: close} and the connection
     * closes after it. A connection with nothing asked is closed after a short grace, so a client that is just
     * sending its next request gets an answer and a clean close rather than a closed socket.
     */
    void drain() {
        draining = true;
        if (idle()) {
            ctx.executor().schedule(() -> {
                if (!closed && idle()) {
                    closed = true;
                    ctx.close();
                }
            }, DRAIN_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    boolean idle() {
        return slots.isEmpty() && head == null;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent && idle()) {
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closed = true;
        upstream.close();
        if (body != null) {
            body.release();
            body = null;
        }
        for (Slot s : slots) {
            s.parts.forEach(ByteBuf::release);
        }
        slots.clear();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("classification listener connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
