package io.clearline.eval.matching;

import java.util.List;
import java.util.Locale;

/** The precision-vs-automation curve as a small standalone SVG. */
final class CurveChart {

    private CurveChart() {
    }

    static String svg(List<double[]> curve, double[] operating, double[] baseline, double minPrecision) {
        int w = 640;
        int h = 400;
        int left = 60;
        int bottom = 50;
        // the baseline's precision is far below the matcher's range: it is drawn at the bottom edge with its value
        double yMin = minPrecision;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", w, h));
        s.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        int pw = w - left - 20;
        int ph = h - bottom - 30;
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"30\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n", left, pw, ph));
        for (int i = 0; i <= 10; i++) {
            double x = left + pw * i / 10.0;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>%n", x, h - bottom + 16, i / 10.0));
            double yv = yMin + (1 - yMin) * i / 10.0;
            double y = 30 + ph - ph * i / 10.0;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.3f</text>%n", left - 4, y + 4, yv));
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>%n", left, left + pw, y, y));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">automation (share of payments applied without a person)</text>%n", left + pw / 2, h - 12));
        s.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">precision of automatic allocations</text>%n", 30 + ph / 2, 30 + ph / 2));
        s.append("<text x=\"60\" y=\"20\" font-weight=\"bold\">Cash application: precision vs automation (benchmark world)</text>\n");
        StringBuilder pts = new StringBuilder();
        for (double[] p : curve) {
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p[1], left, pw), y(p[2], yMin, ph)));
        }
        s.append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"").append(pts).append("\"/>\n");
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#1f77b4\"/><text x=\"%.1f\" y=\"%.1f\">matcher at its threshold</text>%n",
                x(operating[0], left, pw), y(operating[1], yMin, ph), x(operating[0], left, pw) - 150, y(operating[1], yMin, ph) + 18));
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#d62728\"/><text x=\"%.1f\" y=\"%.1f\">ERP baseline (precision %.3f)</text>%n",
                x(baseline[0], left, pw), y(Math.max(baseline[1], yMin), yMin, ph), x(baseline[0], left, pw) - 200,
                y(Math.max(baseline[1], yMin), yMin, ph) - 6, baseline[1]));
        double goalY = y(0.995, yMin, ph);
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#2ca02c\" stroke-dasharray=\"4 3\"/>%n", left, left + pw, goalY, goalY));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" fill=\"#2ca02c\">goal 0.995</text>%n", left + 4, goalY - 4));
        s.append("</svg>\n");
        return s.toString();
    }

    private static double x(double v, int left, int pw) {
        return left + pw * v;
    }

    private static double y(double v, double yMin, int ph) {
        return 30 + ph - ph * (Math.max(v, yMin) - yMin) / (1 - yMin);
    }
}
