package io.clearline.eval.extraction;

import java.util.Locale;
import java.util.Map;

/** The report's sections on confidence reliability and on the embedded e-invoice XML cross-check. */
final class FieldsReport {

    private FieldsReport() {
    }

    static void figures(Map<String, Object> json, GeneratedScore score, CorpusInvoices corpus) {
        json.put("confidence_mean_right", round(score.reliability.meanRight()));
        json.put("confidence_mean_wrong", round(score.reliability.meanWrong()));
        json.put("corpus_confidence_mean_right", round(corpus.reliability().meanRight()));
        json.put("corpus_confidence_mean_wrong", round(corpus.reliability().meanWrong()));
        // speed figures on a shared machine mean little without the load they were taken under
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        json.put("load_average_at_end", load < 0 ? null : round(load));
    }

    static String markdown(Map<String, Object> json, GeneratedScore score, CorpusInvoices visible,
                           CorpusInvoices withXml) {
        StringBuilder md = new StringBuilder("\nMachine load average (1 min) when the run ended: ")
                .append(json.get("load_average_at_end")).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores (speed figures above were "
                        + "taken under it).\n");
        md.append("\n## Confidence reliability\n\n");
        md.append("Mean confidence of fields that came out right against those that came out wrong (a useful "
                + "confidence separates them), and the share right among fields at 0.9 or above.\n\n");
        md.append("| set | right fields | mean confidence | wrong fields | mean confidence | at ≥ 0.9: fields, share right |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        row(md, "generated (seen + holdout)", score.reliability);
        row(md, "corpus invoices-po, visible text", visible.reliability());
        row(md, "corpus invoices-po, with embedded XML", withXml.reliability());

        md.append("\n## Embedded e-invoice XML (corpus/invoices-po)\n\n");
        md.append("With the embedded ZUGFeRD / Factur-X / Order-X XML read and cross-checked, the same checks score `")
                .append(json.get("corpus_invoice_fields_accuracy_with_xml")).append("` (visible text alone `")
                .append(json.get("corpus_invoice_fields_accuracy")).append("`). Field sources over the checked fields: ");
        Map<String, Long> sources = new java.util.TreeMap<>();
        withXml.checks.forEach(c -> sources.merge(c.source() == null ? "none" : c.source(), 1L, Long::sum));
        md.append(sources).append(". Disagreements flagged on the field (XML value kept, validation note):\n\n");
        md.append("| file | field | kept | note |\n| --- | --- | --- | --- |\n");
        withXml.checks.stream().filter(c -> c.note() != null).forEach(c -> md.append("| ").append(c.file())
                .append(" | ").append(c.field()).append(" | ").append(c.got()).append(" | ")
                .append(c.note().replace("|", "\\|")).append(" |\n"));
        return md.toString();
    }

    private static void row(StringBuilder md, String set, Reliability r) {
        md.append("| ").append(set).append(" | ").append(r.right()).append(" | ").append(f(r.meanRight()))
                .append(" | ").append(r.wrong()).append(" | ").append(f(r.meanWrong())).append(" | ")
                .append(r.high()).append(", ").append(f(r.precisionAtHigh())).append(" |\n");
    }

    private static String f(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 10000) / 10000.0;
    }
}
