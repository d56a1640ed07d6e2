package io.clearline.eval.classification;

import io.clearline.classification.training.Metrics;
import java.util.List;

/** Confusion matrices as Markdown tables; the reliability diagram as SVG and as ASCII bars. */
final class Charts {

    private Charts() {
    }

    static String confusion(Metrics m) {
        List<String> labels = m.labels();
        StringBuilder md = new StringBuilder("| true \\ predicted |");
        labels.forEach(l -> md.append(' ').append(abbreviate(l)).append(" |"));
        md.append("\n| --- |");
        labels.forEach(l -> md.append(" --- |"));
        md.append('\n');
        for (int i = 0; i < labels.size(); i++) {
            md.append("| ").append(labels.get(i)).append(" |");
            for (int j = 0; j < labels.size(); j++) {
                int v = m.confusion()[i][j];
                md.append(' ').append(i == j ? "**" + v + "**" : v == 0 ? "·" : String.valueOf(v)).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Per bin: mean confidence, accuracy, count — over the items of every classifier. */
    static double[][] pooledBins(List<ClassificationEval.Result> results) {
        double[][] bins = new double[Metrics.BINS][3];
        for (ClassificationEval.Result r : results) {
            Metrics m = r.metrics();
            for (int b = 0; b < Metrics.BINS; b++) {
                bins[b][0] += m.binConfidence()[b] * m.binCount()[b];
                bins[b][1] += m.binAccuracy()[b] * m.binCount()[b];
                bins[b][2] += m.binCount()[b];
            }
        }
        for (double[] b : bins) {
            if (b[2] > 0) {
                b[0] /= b[2];
                b[1] /= b[2];
            }
        }
        return bins;
    }

    static String reliabilityAscii(List<ClassificationEval.Result> results) {
        StringBuilder out = new StringBuilder("```\nconfidence  accuracy (bar, # = 5%)             items  mean conf\n");
        double[][] bins = pooledBins(results);
        for (int b = 0; b < bins.length; b++) {
            String bar = bins[b][2] == 0 ? "" : "#".repeat((int) Math.round(bins[b][1] * 20));
            out.append(String.format("%.1f-%.1f    %-20s %6.3f %6d  %.3f%n", b / 10.0, (b + 1) / 10.0, bar, bins[b][1],
                    (int) bins[b][2], bins[b][0]));
        }
        return out.append("```\n").toString();
    }

    static String reliabilitySvg(List<ClassificationEval.Result> results) {
        double[][] bins = pooledBins(results);
        int size = 300;
        int pad = 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n",
                size + 2 * pad, size + 2 * pad));
        svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n", pad, pad, size, size));
        svg.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\" stroke-dasharray=\"4\"/>%n",
                pad, pad + size, pad + size, pad));
        int w = size / bins.length;
        for (int b = 0; b < bins.length; b++) {
            if (bins[b][2] == 0) {
                continue;
            }
            int h = (int) Math.round(bins[b][1] * size);
            svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4a7ebb\" opacity=\"0.8\"><title>%d items, accuracy %.3f, confidence %.3f</title></rect>%n",
                    pad + b * w + 1, pad + size - h, w - 2, h, (int) bins[b][2], bins[b][1], bins[b][0]));
            int cy = pad + size - (int) Math.round(bins[b][0] * size);
            svg.append(String.format("<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"#d9534f\"/>%n", pad + b * w + w / 2, cy));
        }
        svg.append(String.format("<text x=\"%d\" y=\"%d\">confidence (bins of 0.1)</text>%n", pad + 90, size + pad + 28));
        svg.append(String.format("<text x=\"10\" y=\"%d\" transform=\"rotate(-90 10 %d)\">accuracy</text>%n", pad + 180, pad + 180));
        svg.append(String.format("<text x=\"%d\" y=\"%d\">bars: accuracy; dots: mean confidence; dashed: perfect calibration</text>%n",
                pad - 30, pad - 12));
        return svg.append("</svg>\n").toString();
    }

    private static String abbreviate(String label) {
        return label.length() <= 10 ? label : label.substring(0, 9) + "…";
    }
}
