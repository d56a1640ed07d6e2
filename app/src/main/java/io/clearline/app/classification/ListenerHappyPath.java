package io.clearline.app.classification;

import io.clearline.app.apikeys.ApiKey;
import io.clearline.app.apikeys.ApiKeyFilter;
import io.clearline.app.apikeys.ApiKeys;
import io.clearline.app.apikeys.ApiScope;
import io.clearline.classification.UnknownClassifierException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link ClassificationListener} answers itself: the same admission rules as {@link ClassificationFastPath}
 * (a verbatim configured classifier, no {@code Origin}, an active key with scope {@code classify} found in
 * memory, UTF-8 JSON with a Content-Length within the limit, a body that parses and passes
 * {@link ClassificationAnswers}), the same answer from the same code and mapper. It never blocks: a key not
 * in the cache (unknown, revoked, or only expired) is a reason to relay, and the main port's
 * authentication then fills the cache for the next call. Anything refused returns a reason, and the
 * caller relays the request to the main port, where the problem is produced as for any other client.
 */
final class ListenerHappyPath {

    /**
     * An answer (the JSON body), the reason the main port must answer instead, or (a batch above the inline
     * limit, parsed and admitted) the work that computes one of those, to be run off the event loop.
     */
    record Outcome(byte[] json, String relayReason, Supplier<Outcome> later) {
        Outcome(byte[] json, String relayReason) {
            this(json, relayReason, null);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ListenerHappyPath.class);
    private static final String BATCH = ClassificationFastPath.BATCH;

    private final ApiKeys keys;
    private final ClassificationAnswers answers;
    private final JsonMapper json;
    private final long maxBytes;
    private final MeterRegistry meters;
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> relayed = new ConcurrentHashMap<>();
    private final Counter toBatchPool;

    ListenerHappyPath(ApiKeys keys, ClassificationAnswers answers, JsonMapper json, long maxBytes, MeterRegistry meters) {
        this.keys = keys;
        this.answers = answers;
        this.json = json;
        this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 8);
        this.meters = meters;
        this.toBatchPool = Counter.builder("clearline.classification.listener.batch-pool")
                .description("batches above the inline limit the classification listener leaves to its batch pool")
                .register(meters);
    }

    /**
     * Whether this request head may be answered here once its body is in, so the body is worth collecting;
     * null when it may, else why not (the request is then relayed as it arrives, body streamed).
     */
    String refusalBeforeBody(HttpRequest request) {
        if (classifier(request) == null) {
            return "not-a-classification";
        }
        HttpHeaders headers = request.headers();
        if (headers.contains(HttpHeaderNames.ORIGIN)) {
            return "browser";
        }
        if (!ClassificationFastPath.isUtf8Json(headers.get(HttpHeaderNames.CONTENT_TYPE))) {
            return "content-type";
        }
        String length = headers.get(HttpHeaderNames.CONTENT_LENGTH);
        long bytes = length == null || headers.contains(HttpHeaderNames.TRANSFER_ENCODING) ? -1 : parseLength(length);
        return bytes < 0 || bytes > maxBytes ? "length" : null;
    }

    /**
     * The answer to an admitted request (see {@link #refusalBeforeBody}) with its whole body, or why to relay it;
     * a batch of more than {@code inlineBatchMaxItems} items is parsed and admitted here and its answer left to
     * {@link Outcome#later()}, so the event loop is not held while it is classified.
     */
    Outcome answer(HttpRequest request, byte[] body, long startNanos, int inlineBatchMaxItems) {
        HttpHeaders headers = request.headers();
        Optional<String> secret = ApiKeyFilter.secret(headers.get(ApiKeyFilter.HEADER), headers.get(HttpHeaderNames.AUTHORIZATION));
        if (secret.isEmpty()) {
            return relay("no-key");
        }
        Optional<ApiKey> key = keys.authenticateCached(secret.get());
        if (key.isEmpty()) {
            // unknown, revoked, or not looked up lately: the main port authenticates it (a database call)
            return relay("key-not-cached");
        }
        if (!key.get().scopes().contains(ApiScope.CLASSIFY)) {
            return relay("scope");
        }
        String classifier = classifier(request);
        try {
            if (request.uri().endsWith(BATCH)) {
                BatchToClassify batch = json.readValue(body, BatchToClassify.class);
                Supplier<Outcome> work = () -> compute(classifier, true, () -> answers.classifyBatch(classifier, batch), startNanos);
                if (batch.items() != null && batch.items().size() > inlineBatchMaxItems) {
                    toBatchPool.increment();
                    return new Outcome(null, null, work);
                }
                return work.get();
            }
            TextToClassify text = json.readValue(body, TextToClassify.class);
            return compute(classifier, false, () -> answers.classify(classifier, text), startNanos);
        } catch (JacksonException | IllegalArgumentException e) {
            return relay("refused-body");
        } catch (RuntimeException e) {
            log.warn("classification listener failed on {}, relayed to the main port: {}", classifier, e.toString());
            return relay("error");
        }
    }

    private Outcome compute(String classifier, boolean batch, Supplier<?> classification, long startNanos) {
        try {
            byte[] answer = json.writeValueAsBytes(classification.get());
            timer(classifier, batch).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
            return new Outcome(answer, null);
        } catch (JacksonException | IllegalArgumentException | InvalidClassificationRequest
                | UnknownClassifierException e) {
            return relay("refused-body");
        } catch (RuntimeException e) {
            log.warn("classification listener failed on {}, relayed to the main port: {}", classifier, e.toString());
            return relay("error");
        }
    }

    /** Counts a request relayed to the main port, by reason. */
    Outcome relay(String reason) {
        relayed.computeIfAbsent(reason, r -> Counter.builder("clearline.classification.listener.relayed")
                .description("requests the classification listener relayed to the main port, by reason")
                .tag("reason", r).register(meters)).increment();
        return new Outcome(null, reason);
    }

    private String classifier(HttpRequest request) {
        return ClassificationFastPath.classifier(request.method().name(), request.uri(), answers);
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Timer timer(String classifier, boolean batch) {
        return timers.computeIfAbsent(classifier + (batch ? BATCH : ""), k -> Timer.builder("clearline.classification.listener")
                .description("classification calls answered on the classification listener, request to answer")
                .tag("classifier", classifier).tag("form", batch ? "batch" : "single").register(meters));
    }
}
