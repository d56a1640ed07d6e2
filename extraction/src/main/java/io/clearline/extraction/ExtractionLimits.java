package io.clearline.extraction;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that keep one bad file from stalling intake ({@code clearline.extraction.*}): the most
 * pages and bytes a document may have, and how long reading it may take.
 */
@ConfigurationProperties("clearline.extraction")
public record ExtractionLimits(int maxPages, long maxBytes, Duration timeout) {

    public static final ExtractionLimits DEFAULT = new ExtractionLimits(200, 50L * 1024 * 1024,
            Duration.ofSeconds(30));

    public ExtractionLimits {
        maxPages = maxPages <= 0 ? 200 : maxPages;
        maxBytes = maxBytes <= 0 ? 50L * 1024 * 1024 : maxBytes;
        timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? Duration.ofSeconds(30) : timeout;
    }

    public ExtractionLimits withMaxPages(int pages) {
        return new ExtractionLimits(pages, maxBytes, timeout);
    }

    public ExtractionLimits withTimeout(Duration limit) {
        return new ExtractionLimits(maxPages, maxBytes, limit);
    }
}
