package io.clearline.eval.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The scan section of extraction.md: text against scan on the same documents, per type and field. */
final class ScanReport {

    private ScanReport() {
    }

    static String markdown(ScanEval run, double load) {
        StringBuilder md = new StringBuilder("\n## Scans (OCR)\n\n");
        md.append(String.format(Locale.ROOT, "Sample: the first document of every layout, %d documents, %d pages, "
                        + "scanned at 200–300 dpi with skew up to ±1.5°, speckles and JPEG artefacts; %d of them turned "
                        + "by 90° or 180°. Read as %s (documents, pages). Extraction of the whole sample took %.0f s "
                        + "on the shared pool (one OCR thread per core). `seconds_per_page_ocr`: %d image-only pages "
                        + "rendered at 300 dpi and read by one OCR thread one after the other (render, preparation, "
                        + "recognition), load average at the start %.1f on 2 cores; the process's CPU time over the same "
                        + "pages was %.2f s per page (`cpu_seconds_per_page_ocr`), which is what a page costs on an "
                        + "idle core. `field_f1_scan` is over the seen layouts, like `field_f1_text`.\n\n",
                run.documents, run.pages, run.turned, formats(run.formats), run.seconds, run.timedPages, load,
                run.cpuSecondsPerPageOcr));
        md.append("| split | text F1 (same documents) | scan F1 | scan header fields F1 | scan line fields F1 |"
                + " scan line items exact |\n| --- | --- | --- | --- | --- | --- |\n");
        for (String split : new String[] {"seen", "holdout"}) {
            md.append("| ").append(split).append(" | ").append(f(run.text.total(split).f1())).append(" | ")
                    .append(f(run.scan.total(split).f1())).append(" | ").append(f(run.scan.total(split, false).f1()))
                    .append(" | ").append(f(run.scan.total(split, true).f1())).append(" | ")
                    .append(f(run.scan.lineExact(split))).append(" |\n");
        }
        md.append("\n| type.field (all scanned layouts) | support | text F1 | scan F1 |\n| --- | --- | --- | --- |\n");
        Map<String, Tally> scanFields = merged(run.scan);
        Map<String, Tally> textFields = merged(run.text);
        scanFields.forEach((name, t) -> md.append("| ").append(name).append(" | ").append(t.support()).append(" | ")
                .append(f(textFields.getOrDefault(name, new Tally()).f1())).append(" | ").append(f(t.f1()))
                .append(" |\n"));
        md.append("\nFailed scans: ").append(run.failures.isEmpty() ? "none" : run.failures).append(".\n");
        md.append("\n### Sample of scan misses\n\n");
        new TreeSet<>(run.scan.misses).stream().limit(60).forEach(m -> md.append("- ").append(m).append('\n'));
        return md.toString();
    }

    private static Map<String, Tally> merged(GeneratedScore score) {
        Map<String, Tally> all = new java.util.TreeMap<>();
        score.fields.values().forEach(m -> m.forEach((k, v) -> all.computeIfAbsent(k, x -> new Tally()).add(v)));
        return all;
    }

    private static String formats(Map<String, int[]> formats) {
        StringBuilder s = new StringBuilder();
        formats.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(" ").append(v[0]).append("/")
                .append(v[1]));
        return s.toString();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
