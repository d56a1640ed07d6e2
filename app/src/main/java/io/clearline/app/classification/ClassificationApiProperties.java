package io.clearline.app.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code clearline.classification-api.*}: the largest request body the classification endpoints read.
 * Bodies announced larger are refused with 413 before a byte is parsed, so a 10 MB text or a batch of
 * 100,000 items costs the service nothing. Text length and batch size limits are the
 * {@code Classifiers}' own ({@code clearline.classification.max-text-chars} / {@code max-batch-size}).
 * {@code concurrent-classifications}: how many classifications may run at once ({@link ClassificationGate});
 * 0 (the default) means no limit: measured on a busy 2-core machine, a gate of 2 cut throughput by half
 * to two thirds (a descheduled permit holder stalls everyone) for a slightly shorter tail. {@code fast-path}: whether API-key calls take
 * {@link ClassificationFastPath} (on by default; off sends every call through Spring Security and MVC).
 * {@code listener.*}: the classification API's own port ({@link ClassificationListener}, ADR 006).
 */
@Validated
@ConfigurationProperties("clearline.classification-api")
public record ClassificationApiProperties(@NotNull DataSize maxRequestSize, @Min(0) Integer concurrentClassifications,
        Boolean fastPath, @Valid @NotNull Listener listener) {

    public ClassificationApiProperties {
        // a full batch of 1,000 memos of a few hundred characters is well under this
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(4) : maxRequestSize;
        concurrentClassifications = concurrentClassifications == null ? 0 : concurrentClassifications;
        fastPath = fastPath == null || fastPath;
        listener = listener == null ? new Listener(null, null, null, null, null, null, null, null) : listener;
    }

    /**
     * {@code listener.enabled} (default true), {@code listener.port} (default 8081; 0 picks a free one),
     * {@code listener.event-loops}: threads that read requests and answer the happy path (default 2, one per
     * core of the machine it was measured on), {@code listener.forward-threads}: threads that relay every
     * other request to the main port (default 4; each relay holds one while it waits for the main port),
     * {@code listener.transport}: {@code nio} (the JDK's selector, the default), {@code epoll} (Linux's, via
     * Netty's native library) or {@code auto} (epoll where it loads): measured interleaved on a busy 2-core
     * machine, epoll used the same service CPU per request as nio (ADR 006).
     * {@code listener.inline-batch-max-items} (default 32): a batch of more items is classified on a small pool
     * of its own, {@code listener.batch-threads} (default 2) with a queue of {@code listener.batch-queue}
     * (default 16) batches, not on the event loop, so a 1,000-item batch does not delay the single calls that
     * share its loop; a batch that finds the queue full is relayed to the main port (ADR 006).
     */
    public record Listener(Boolean enabled, @Min(0) @Max(65535) Integer port, @Min(1) @Max(64) Integer eventLoops,
            @Min(1) @Max(256) Integer forwardThreads, @Pattern(regexp = "auto|epoll|nio") String transport,
            @Min(0) Integer inlineBatchMaxItems, @Min(1) @Max(64) Integer batchThreads,
            @Min(1) @Max(10_000) Integer batchQueue) {

        public Listener {
            enabled = enabled == null || enabled;
            port = port == null ? 8081 : port;
            eventLoops = eventLoops == null ? 2 : eventLoops;
            forwardThreads = forwardThreads == null ? 4 : forwardThreads;
            transport = transport == null ? "nio" : transport;
            inlineBatchMaxItems = inlineBatchMaxItems == null ? 32 : inlineBatchMaxItems;
            batchThreads = batchThreads == null ? 2 : batchThreads;
            batchQueue = batchQueue == null ? 16 : batchQueue;
        }
    }
}
