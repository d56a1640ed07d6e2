package io.clearline.extraction.pipeline;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Automatic extraction of stored documents ({@code clearline.extraction.pipeline.*}); a property left
 * out takes the default below.
 *
 * @param enabled           extract stored documents in the service (default true); off, documents
 *                          wait until a service with it on sweeps them
 * @param workers           extraction threads, default one per core
 * @param queueCapacity     documents waiting for a worker, default 1000; more are left to the sweep
 * @param sweepInterval     how often documents stored without a result are looked for, default 1 min
 * @param lease             how long a started extraction counts as running; after it, a process is
 *                          taken to have died and the document is taken again. Longer than
 *                          {@code clearline.extraction.timeout}; default 5 min
 * @param maxAttempts       started extractions that never finished before the document is recorded
 *                          FAILED instead of being tried again, default 3
 * @param extractorVersion  recorded with every result; default the extraction module's version
 * @param reextractOutdated whether the sweep also re-extracts documents whose current result came
 *                          from another extractor version (default false)
 */
@Validated
@ConfigurationProperties("clearline.extraction.pipeline")
public record PipelineProperties(
        Boolean enabled,
        @Min(1) Integer workers,
        @Min(1) Integer queueCapacity,
        Duration sweepInterval,
        Duration lease,
        @Min(1) Integer maxAttempts,
        String extractorVersion,
        Boolean reextractOutdated) {

    public PipelineProperties {
        enabled = enabled == null || enabled;
        workers = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        queueCapacity = queueCapacity == null ? 1000 : queueCapacity;
        sweepInterval = positive(sweepInterval, Duration.ofMinutes(1));
        lease = positive(lease, Duration.ofMinutes(5));
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        extractorVersion = extractorVersion == null || extractorVersion.isBlank() ? ExtractorVersion.current()
                : extractorVersion.strip();
        reextractOutdated = reextractOutdated != null && reextractOutdated;
    }

    public static PipelineProperties defaults() {
        return new PipelineProperties(null, null, null, null, null, null, null, null);
    }

    private static Duration positive(Duration d, Duration fallback) {
        return d == null || d.isZero() || d.isNegative() ? fallback : d;
    }
}
