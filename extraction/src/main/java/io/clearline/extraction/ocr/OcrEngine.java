package io.clearline.extraction.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * OCR of page images on a fixed pool of one thread per core (configurable), each thread with its
 * own tesseract engine running single-threaded, so pages of all documents share the cores without
 * oversubscribing them. A page gets a deadline inside tesseract and a wait limit outside it; a page
 * over either is a recorded failure. When tesseract or its language data is missing, every read is
 * a failure that says so.
 */
public final class OcrEngine {

    private static final Map<OcrSettings, OcrEngine> ENGINES = new ConcurrentHashMap<>();
    /** Pages whose words are this unsure (mean, 0–100) may be upside down: they are read turned too. */
    private static final double TRY_TURNED_BELOW = 55;

    private final OcrSettings settings;
    private final String unavailable;
    private final String tessdata;
    private final ExecutorService pool;
    private final ThreadLocal<Recognizer> recognizers = new ThreadLocal<>();
    private volatile TessAPI api;

    private OcrEngine(OcrSettings settings) {
        this.settings = settings;
        Tessdata.Found found = Tessdata.find(settings.tessdata(), settings.languages());
        this.unavailable = found.problem();
        this.tessdata = found.folder() == null ? null : found.folder().toString();
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "ocr-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** The engine for these settings, shared by every caller in the process (one pool per settings). */
    public static OcrEngine of(OcrSettings settings) {
        return ENGINES.computeIfAbsent(settings, OcrEngine::new);
    }

    public static OcrEngine shared() {
        return of(OcrSettings.DEFAULT);
    }

    public OcrSettings settings() {
        return settings;
    }

    /** Why OCR cannot run here, or null when it can. */
    public String unavailableReason() {
        return unavailable;
    }

    /** One page to read: its image (any colour model), resolution and 1-based page number. */
    public record Request(BufferedImage image, double dpi, int page) {
    }

    /** Reads one page; {@code keepImage} keeps the prepared page in the result. Never throws. */
    public OcrPage read(BufferedImage image, double dpi, int page, boolean keepImage) {
        return read(List.of(new Request(image, dpi, page)), keepImage).get(0);
    }

    /**
     * Reads pages in parallel on the pool, results in the order asked. Never throws: problems are
     * failed pages.
     */
    public List<OcrPage> read(List<Request> requests, boolean keepImage) {
        List<Future<OcrPage>> futures = new ArrayList<>();
        long limit = settings.pageTimeout().toMillis();
        for (Request r : requests) {
            long pixels = (long) r.image().getWidth() * r.image().getHeight();
            futures.add(unavailable != null ? CompletableFuture.completedFuture(OcrPage.failed(unavailable))
                    : pixels > settings.maxPixels()
                    ? CompletableFuture.completedFuture(OcrPage.failed(tooLarge(r.image().getWidth(), r.image().getHeight())))
                    : pool.submit(() -> recognise(r.image(), r.dpi(), r.page(), keepImage, limit)));
        }
        List<OcrPage> pages = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            pages.add(await(futures.get(i), requests.get(i).page(), limit));
        }
        return pages;
    }

    private static OcrPage await(Future<OcrPage> future, int page, long limit) {
        try {
            // the wait includes time in the queue behind other documents' pages
            return future.get(limit * 4 + 5_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return OcrPage.failed("OCR of page " + page + " did not finish in time");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return OcrPage.failed("OCR of page " + page + " failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return OcrPage.failed("OCR of page " + page + " interrupted");
        }
    }

    public String tooLarge(int width, int height) {
        return "image too large for OCR: " + width + " x " + height + " px (limit " + settings.maxPixels()
                + " pixels)";
    }

    private OcrPage recognise(BufferedImage image, double dpi, int page, boolean keepImage, long limitMillis) {
        long deadline = System.currentTimeMillis() + limitMillis;
        Recognizer recognizer = recognizer();
        BufferedImage grey = PagePreparation.grey(image);
        PagePreparation.Geometry geometry = PagePreparation.measure(grey);
        int turns = 0;
        if (geometry.vertical()) {
            turns = 1;
            geometry = PagePreparation.measure(PagePreparation.straighten(grey, 1, 0));
        }
        BufferedImage prepared = PagePreparation.straighten(grey, turns, geometry.skew());
        if (prepared == image) {
            // the caller's image is not ours to clean
            prepared = PagePreparation.copy(grey);
        }
        prepared = PagePreparation.despeckle(prepared);
        List<OcrWord> words = recognizer.read(prepared, dpi, page, deadline - System.currentTimeMillis());
        double mean = mean(words);
        if (mean < TRY_TURNED_BELOW && System.currentTimeMillis() < deadline) {
            BufferedImage turned = PagePreparation.straighten(prepared, 2, 0);
            List<OcrWord> other = recognizer.read(turned, dpi, page, deadline - System.currentTimeMillis());
            if (score(other) > score(words)) {
                words = other;
                prepared = turned;
                turns += 2;
                mean = mean(other);
            }
        }
        if (System.currentTimeMillis() > deadline) {
            return OcrPage.failed("OCR of page " + page + " took longer than "
                    + (settings.pageTimeout().toMillis() < 1000 ? settings.pageTimeout().toMillis() + " ms"
                    : settings.pageTimeout().toSeconds() + " s"));
        }
        return new OcrPage(words, (turns * 90) % 360, geometry.skew(), mean, null, keepImage ? prepared : null, dpi);
    }

    private Recognizer recognizer() {
        Recognizer recognizer = recognizers.get();
        if (recognizer == null) {
            recognizer = new Recognizer(api(), tessdata, settings.languages());
            recognizers.set(recognizer);
        }
        return recognizer;
    }

    private TessAPI api() {
        TessAPI loaded = api;
        if (loaded == null) {
            synchronized (this) {
                if (api == null) {
                    NativeEnvironment.limitOpenMpThreads();
                    api = LoadLibs.getTessAPIInstance();
                }
                loaded = api;
            }
        }
        return loaded;
    }

    private static double mean(List<OcrWord> words) {
        return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    }

    /** Confident characters: an upside-down read finds few words and trusts none of them. */
    private static double score(List<OcrWord> words) {
        return words.stream().mapToDouble(w -> w.confidence() * w.word().text().length()).sum();
    }
}
