package io.clearline.app.classification;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Lets at most {@code clearline.classification-api.concurrent-classifications} classifications run at once
 * (first come, first served); 0 lets every request thread in. The model work is pure CPU: with more threads
 * in it than cores they only take turns on the cores, and every one of them finishes late. Waiting at the
 * gate instead keeps the cores on the requests that got in first. Only classification waits here; uploads,
 * database calls and everything else keep Tomcat's whole thread pool. Off by default: see
 * {@link ClassificationApiProperties} and ADR 004 for what it measured.
 */
@Component
class ClassificationGate {

    private final Semaphore permits;

    ClassificationGate(ClassificationApiProperties properties) {
        int concurrent = properties.concurrentClassifications();
        this.permits = concurrent == 0 ? null : new Semaphore(concurrent, true);
    }

    <T> T through(Supplier<T> work) {
        if (permits == null) {
            return work.get();
        }
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
