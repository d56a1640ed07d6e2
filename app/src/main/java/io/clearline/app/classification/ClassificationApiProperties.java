package io.clearline.app.classification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
 */
@Validated
@ConfigurationProperties("clearline.classification-api")
public record ClassificationApiProperties(@NotNull DataSize maxRequestSize, @Min(0) Integer concurrentClassifications,
        Boolean fastPath) {

    public ClassificationApiProperties {
        // a full batch of 1,000 memos of a few hundred characters is well under this
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(4) : maxRequestSize;
        concurrentClassifications = concurrentClassifications == null ? 0 : concurrentClassifications;
        fastPath = fastPath == null || fastPath;
    }
}
