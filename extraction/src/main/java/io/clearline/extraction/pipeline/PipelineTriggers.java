package io.clearline.extraction.pipeline;

import io.clearline.extraction.documents.DocumentStored;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What sets extraction going in the service: a document stored (once its transaction has committed,
 * so the worker can read it), and a sweep at start and every {@code sweep-interval} for documents
 * stored without a result (stored while no service ran, or whose extraction a dead process left).
 * Only in the web service: command-line tools that store documents leave them to it.
 */
@Component
@ConditionalOnWebApplication
class PipelineTriggers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PipelineTriggers.class);

    private final ExtractionPipeline pipeline;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "extraction-sweep");
        t.setDaemon(true);
        return t;
    });

    PipelineTriggers(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @TransactionalEventListener
    void on(DocumentStored stored) {
        pipeline.submit(stored.documentId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!pipeline.properties().enabled()) {
            log.info("automatic extraction is off (clearline.extraction.pipeline.enabled=false)");
            return;
        }
        long every = pipeline.properties().sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweep, 0, every, TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            pipeline.sweep();
        } catch (RuntimeException e) {
            log.warn("extraction sweep failed, next in {}: {}", pipeline.properties().sweepInterval(), e.toString());
        }
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
    }
}
