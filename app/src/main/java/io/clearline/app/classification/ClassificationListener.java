package io.clearline.app.classification;

import io.clearline.app.apikeys.ApiKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The classification API's own HTTP/1.1 port (ADR 006), {@code clearline.classification-api.listener.*}:
 * a Netty listener whose event loops answer the happy path of {@code POST /api/v1/classifications/{name}}
 * and {@code /batch} for API keys ({@link ListenerHappyPath}: same checks, same code, same body and
 * headers as the main port) and relay everything else to the main port ({@link MainPortRelay}), where
 * every refusal is produced as before. Machine clients that call it save Tomcat's per-request cost and
 * thread hand-offs. It starts after the main port (it needs that port to relay to) and stops before it,
 * letting what was asked be answered.
 */
@Component
public class ClassificationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClassificationListener.class);
    private static final int MAX_HEAD = 64 * 1024;
    private static final int IDLE_SECONDS = 60;
    private static final long DRAIN_MILLIS = 10_000;

    private final ClassificationApiProperties.Listener settings;
    private final ListenerHappyPath happyPath;
    private final ApplicationContext context;
    private final String serverAddress;
    private final AnswerHead answerHead = new AnswerHead();
    private final ChannelGroup connections = new DefaultChannelGroup("classification-listener", GlobalEventExecutor.INSTANCE);
    private EventLoopGroup loops;
    private ExecutorService forward;
    private ExecutorService batchPool;
    private Channel server;
    private volatile int port = -1;

    ClassificationListener(ClassificationApiProperties properties, ApiKeys keys, ClassificationAnswers answers,
            JsonMapper json, MeterRegistry meters, ApplicationContext context,
            @Value("${server.address:}") String serverAddress) {
        this.settings = properties.listener();
        this.happyPath = new ListenerHappyPath(keys, answers, json, properties.maxRequestSize().toBytes(), meters);
        this.context = context;
        this.serverAddress = serverAddress;
    }

    /** The port it listens on, or -1 when it does not. */
    public int port() {
        return port;
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || server != null) {
            return;
        }
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return; // a command-line run without the web server: nothing to relay to
        }
        try {
            InetAddress address = serverAddress.isBlank() ? null : InetAddress.getByName(serverAddress);
            InetSocketAddress mainPort = new InetSocketAddress(
                    address == null || address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address,
                    web.getWebServer().getPort());
            forward = Executors.newFixedThreadPool(settings.forwardThreads(), new DefaultThreadFactory("classification-forward", true));
            MainPortRelay relay = new MainPortRelay(forward, mainPort);
            // large batches are classified here, off the event loops; a full queue sends them to the main port
            batchPool = new ThreadPoolExecutor(settings.batchThreads(), settings.batchThreads(), 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(settings.batchQueue()), new DefaultThreadFactory("classification-batch", true));
            ExecutorService batches = batchPool;
            int inlineBatchMaxItems = settings.inlineBatchMaxItems();
            boolean epoll = !settings.transport().equals("nio") && Epoll.isAvailable(); // "auto": where it loads
            if (settings.transport().equals("epoll") && !epoll) {
                throw new IllegalStateException("listener.transport=epoll, but epoll is not available here: "
                        + Epoll.unavailabilityCause());
            }
            loops = new MultiThreadIoEventLoopGroup(settings.eventLoops(), new DefaultThreadFactory("classification-listener", true),
                    epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
            HttpDecoderConfig decoding = new HttpDecoderConfig().setMaxInitialLineLength(MAX_HEAD).setMaxHeaderSize(MAX_HEAD)
                    .setMaxChunkSize(64 * 1024);
            server = new ServerBootstrap().group(loops)
                    .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel channel) {
                            connections.add(channel);
                            channel.pipeline().addLast(new IdleStateHandler(IDLE_SECONDS, 0, 0),
                                    new HttpRequestDecoder(decoding),
                                    new ListenerConnection(happyPath, answerHead, relay.upstream(), batches,
                                            inlineBatchMaxItems));
                        }
                    })
                    .bind(address == null ? new InetSocketAddress(settings.port()) : new InetSocketAddress(address, settings.port()))
                    .syncUninterruptibly().channel();
            port = ((InetSocketAddress) server.localAddress()).getPort();
            log.info("classification listener on port {} ({} {} event loops, {} forward threads, {} batch threads for batches"
                    + " over {} items), relaying the rest to {}", port, settings.eventLoops(), epoll ? "epoll" : "nio",
                    settings.forwardThreads(), settings.batchThreads(), settings.inlineBatchMaxItems(), mainPort);
        } catch (UnknownHostException | RuntimeException e) {
            stopNow();
            throw new IllegalStateException("the classification listener could not start on port " + settings.port()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.close().syncUninterruptibly();
        // let each connection finish what it was asked, then close it
        connections.forEach(c -> c.eventLoop().execute(() -> {
            ListenerConnection connection = c.pipeline().get(ListenerConnection.class);
            if (connection != null) {
                connection.drain();
            }
        }));
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        while (!connections.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!connections.isEmpty()) {
            log.warn("classification listener: {} connections still busy after {} ms, closed", connections.size(), DRAIN_MILLIS);
        }
        stopNow();
        log.info("classification listener on port {} stopped", port);
        port = -1;
    }

    private void stopNow() {
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        if (loops != null) {
            loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        if (forward != null) {
            forward.shutdownNow();
        }
        if (batchPool != null) {
            batchPool.shutdownNow();
        }
        server = null;
        loops = null;
        forward = null;
        batchPool = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** After the main port has started, before its graceful shutdown begins. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 512;
    }
}
