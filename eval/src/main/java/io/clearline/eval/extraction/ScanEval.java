package io.clearline.eval.extraction;

import io.clearline.extraction.DocumentExtractor;
import io.clearline.extraction.ExtractionLimits;
import io.clearline.extraction.ExtractionResult;
import io.clearline.extraction.doctype.TitleKeywordDetector;
import io.clearline.extraction.ocr.OcrEngine;
import io.clearline.extraction.ocr.OcrSettings;
import io.clearline.extraction.reading.PdfText;
import io.clearline.extraction.reading.Reading;
import io.clearline.trainingdata.documents.GeneratedDocument;
import io.clearline.trainingdata.documents.Scans;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scan part of the extraction eval: scanned variants (200–300 dpi, skew, speckles, JPEG, one in
 * ten turned) of a sample of generated documents — the first {@code perLayout} of every layout —
 * read as image-only PDF, PNG or multi-page TIFF in turn, scored with the same scorer as the text
 * PDFs; the same documents' text PDFs are scored beside them. Then OCR speed: image-only pages
 * rendered at 300 dpi and read on one OCR thread, one page after the other, wall time per page.
 */
final class ScanEval {

    /** Pages timed for the speed figure (after one warm-up page). */
    private static final int TIMED_PAGES = 8;

    final GeneratedScore scan = new GeneratedScore();
    final GeneratedScore text = new GeneratedScore();
    final Map<String, int[]> formats = new TreeMap<>();
    final Map<String, Long> failures = new TreeMap<>();
    int documents;
    int pages;
    int turned;
    double seconds;
    double secondsPerPageOcr;
    double cpuSecondsPerPageOcr;
    int timedPages;

    ScanEval run(List<GeneratedDocument> generated, long seed, int perLayout, DocumentExtractor extractor) {
        Map<String, List<GeneratedDocument>> byLayout = generated.stream()
                .collect(Collectors.groupingBy(d -> d.truth().layoutId(), TreeMap::new, Collectors.toList()));
        List<Scans.Scan> sample = new ArrayList<>();
        byLayout.values().forEach(docs -> docs.stream().limit(perLayout).forEach(d -> sample.add(Scans.scan(d, seed))));
        long start = System.nanoTime();
        for (int i = 0; i < sample.size(); i++) {
            Scans.Scan s = sample.get(i);
            String format = i % 3 == 1 && s.pngPages().size() == 1 ? "png" : i % 3 == 2 ? "tiff" : "pdf";
            byte[] file = switch (format) {
                case "png" -> s.pngPages().get(0);
                case "tiff" -> s.tiff();
                default -> s.pdf();
            };
            ExtractionResult result = extractor.extract(file);
            scan.add(s.truth(), result);
            int[] count = formats.computeIfAbsent(format, k -> new int[2]);
            count[0]++;
            count[1] += s.pngPages().size();
            if (!result.extracted()) {
                failures.merge(result.reason(), 1L, Long::sum);
            }
            documents++;
            pages += s.pngPages().size();
            turned += s.quarterTurns() == 0 ? 0 : 1;
        }
        seconds = (System.nanoTime() - start) / 1e9;
        for (GeneratedDocument d : generated) {
            if (sample.stream().anyMatch(s -> s.truth().id().equals(d.truth().id()))) {
                text.add(d.truth(), extractor.extract(d.pdf()));
            }
        }
        timeOcr(sample);
        return this;
    }

    /** One OCR thread, pages one after the other at 300 dpi: rendering, preparation and recognition. */
    private void timeOcr(List<Scans.Scan> sample) {
        OcrEngine single = OcrEngine.of(OcrSettings.DEFAULT.withThreads(1).withDpi(300));
        List<byte[]> onePagers = sample.stream().filter(s -> s.pngPages().size() == 1 && s.quarterTurns() == 0)
                .map(Scans.Scan::pdf).limit(TIMED_PAGES + 1).toList();
        if (onePagers.size() < 2) {
            return;
        }
        PdfText.read(onePagers.get(0), ExtractionLimits.DEFAULT, single);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (byte[] pdf : onePagers.subList(1, onePagers.size())) {
            Reading reading = PdfText.read(pdf, ExtractionLimits.DEFAULT, single);
            if (reading instanceof Reading.Unreadable u) {
                failures.merge("timed page: " + u.reason(), 1L, Long::sum);
            }
            timedPages++;
        }
        secondsPerPageOcr = (System.nanoTime() - start) / 1e9 / timedPages;
        cpuSecondsPerPageOcr = (processCpuNanos() - cpuStart) / 1e9 / timedPages;
    }

    /** CPU time of the whole process: on a shared machine it says what a page costs when wall time cannot. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    static DocumentExtractor extractor() {
        return new DocumentExtractor(ExtractionLimits.DEFAULT.withTimeout(java.time.Duration.ofSeconds(120)),
                new TitleKeywordDetector());
    }

    Map<String, Object> figures() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("field_f1_scan_holdout", documents == 0 ? null : Math.round(scan.total("holdout").f1() * 10000) / 10000.0);
        json.put("line_item_exact_scan", documents == 0 ? null : Math.round(scan.lineExact("seen") * 10000) / 10000.0);
        json.put("scan_documents", documents);
        json.put("scan_pages", pages);
        json.put("scan_ocr_timed_pages", timedPages);
        json.put("cpu_seconds_per_page_ocr", Math.round(cpuSecondsPerPageOcr * 1000) / 1000.0);
        return json;
    }
}
