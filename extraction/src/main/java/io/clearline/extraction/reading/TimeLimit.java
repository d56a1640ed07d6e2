package io.clearline.extraction.reading;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs parsing in a worker thread and gives up after a time limit, so one pathological file
 * cannot stall the batch. The worker is a daemon: a parser that ignores interruption finishes in
 * the background without holding the JVM open. Errors (out of memory, stack overflow) in the
 * worker become failures too.
 */
public final class TimeLimit {

    private TimeLimit() {
    }

    public static <T> T run(Duration limit, Callable<T> work, Function<String, T> failure) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "extraction-worker");
            t.setDaemon(true);
            return t;
        });
        Future<T> future = worker.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failure.apply("timed out after " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return failure.apply("could not be read: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return failure.apply("interrupted");
        } finally {
            worker.shutdownNow();
        }
    }
}
