package io.clearline.app.classification;

import io.clearline.app.apikeys.ApiKey;
import io.clearline.app.apikeys.ApiKeyFilter;
import io.clearline.app.apikeys.ApiKeys;
import io.clearline.app.apikeys.ApiScope;
import io.clearline.classification.UnknownClassifierException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The happy path of {@code POST /api/v1/classifications/{classifier}[/batch]} for machine clients, served
 * ahead of Spring Security and Spring MVC (their per-request cost was ~70% of the service's CPU per
 * classification; see docs/adr/004-classification-fast-path.md). It answers only a request that presents
 * an active API key with the {@code classify} scope, JSON in UTF-8 with a Content-Length within the limit,
 * a body that parses and passes {@link ClassificationAnswers}' checks; its answer is the same JSON, from
 * the same code and mapper, with the security headers Spring Security adds. Everything else passes to the
 * normal chain unchanged (the body bytes already read are replayed), so every refusal is still produced in
 * one place.
 */
final class ClassificationFastPath extends HttpFilter {

    static final String PREFIX = RequestSizeLimit.PATH + "/";
    static final String BATCH = "/batch";
    private static final Logger log = LoggerFactory.getLogger(ClassificationFastPath.class);
    // what Spring Security's default headers() configuration writes (HSTS only on secure requests)
    static final List<HeaderWriter> SECURITY_HEADERS = List.of(new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter());

    private final ApiKeys keys;
    private final ClassificationAnswers answers;
    private final JsonMapper json;
    private final long maxBytes;
    private final MeterRegistry meters;
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    ClassificationFastPath(ApiKeys keys, ClassificationAnswers answers, JsonMapper json, long maxBytes,
            MeterRegistry meters) {
        this.keys = keys;
        this.answers = answers;
        this.json = json;
        this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 8); // read into one array; larger goes the normal way
        this.meters = meters;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        String classifier = classifier(request);
        boolean batch = classifier != null && request.getRequestURI().endsWith(BATCH);
        String refusal = classifier == null ? "not-a-classification" : admissible(request);
        if (refusal != null) {
            passOn(refusal, request, response, chain, null);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) request.getContentLengthLong());
        byte[] answer;
        try {
            answer = batch ? json.writeValueAsBytes(answers.classifyBatch(classifier, json.readValue(body, BatchToClassify.class)))
                    : json.writeValueAsBytes(answers.classify(classifier, json.readValue(body, TextToClassify.class)));
        } catch (JacksonException | IllegalArgumentException | InvalidClassificationRequest
                | UnknownClassifierException e) {
            // unreadable JSON, a JSON null, a blank or too long text, a bad batch: the normal chain says why
            passOn("refused-body", request, response, chain, body);
            return;
        } catch (RuntimeException e) {
            // not expected; the normal chain answers it (and maps the failure to a problem) as before
            log.warn("classification fast path failed on {}, passed on to the normal chain: {}", classifier, e.toString());
            passOn("error", request, response, chain, body);
            return;
        }
        for (HeaderWriter writer : SECURITY_HEADERS) {
            writer.writeHeaders(request, response);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(answer.length);
        // recorded before the write: once its last byte is written the client has the answer, and a
        // dashboard (or a test) reading the timer right after must already see the call
        timer(classifier, batch).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        response.getOutputStream().write(answer);
    }

    /** The classifier a classification call names, or null when this is some other request. */
    private String classifier(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? classifier(request.getMethod(), request.getRequestURI(), answers) : null;
    }

    /** The classifier a {@code POST} to this path names, verbatim, or null (also used by the classification listener). */
    static String classifier(String method, String path, ClassificationAnswers answers) {
        if (!"POST".equals(method) || !path.startsWith(PREFIX)) {
            return null;
        }
        String name = path.substring(PREFIX.length(), path.endsWith(BATCH) ? path.length() - BATCH.length() : path.length());
        // only a configured name, verbatim: anything encoded, parameterised or dotted goes the normal way
        return !name.isEmpty() && answers.isKnown(name) ? name : null;
    }

    /** Why the normal chain must answer this request, or null when the fast path may. */
    private String admissible(HttpServletRequest request) {
        if (request.getHeader("Origin") != null) {
            return "browser";
        }
        Optional<String> secret = ApiKeyFilter.secret(request);
        if (secret.isEmpty()) {
            return "no-key";
        }
        Optional<ApiKey> key = keys.authenticate(secret.get());
        if (key.isEmpty()) {
            return "unknown-key";
        }
        if (!key.get().scopes().contains(ApiScope.CLASSIFY)) {
            return "scope";
        }
        if (!isUtf8Json(request.getContentType())) {
            return "content-type";
        }
        long length = request.getContentLengthLong();
        if (length < 0 || length > maxBytes) {
            return "length";
        }
        return null;
    }

    static boolean isUtf8Json(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application") && type.getSubtype().equals("json")
                    && (type.getCharset() == null || type.getCharset().equals(StandardCharsets.UTF_8));
        } catch (RuntimeException unparsable) {
            return false;
        }
    }

    private void passOn(String reason, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            byte[] bodyRead) throws IOException, ServletException {
        if (!"not-a-classification".equals(reason)) {
            Counter.builder("clearline.classification.fastpath.passed")
                    .description("classification calls the fast path left to the normal chain, by reason")
                    .tag("reason", reason).register(meters).increment();
        }
        chain.doFilter(bodyRead == null ? request : new ReplayedBody(request, bodyRead), response);
    }

    private Timer timer(String classifier, boolean batch) {
        return timers.computeIfAbsent(classifier + (batch ? BATCH : ""), k -> Timer.builder("clearline.classification.fastpath")
                .description("classification calls answered by the fast path (API keys), request to response")
                .tag("classifier", classifier).tag("form", batch ? "batch" : "single").register(meters));
    }
}
