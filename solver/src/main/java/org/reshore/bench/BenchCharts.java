package org.reshore.bench;

import java.util.List;
import java.util.Locale;
import org.reshore.report.Html;
import org.reshore.report.Svg;

/**
 * The benchmark's charts as inline SVG, drawn with the report package's colours and escaping:
 * step curves (objective over time, time to target) and a strip of dots per configuration (gap
 * distribution). Each curve is labelled at its end and every mark has a tooltip.
 */
final class BenchCharts {
    private static final int W = 720;
    private static final int H = 320;
    private static final int LEFT = 100;
    private static final int RIGHT = 170;
    private static final int TOP = 16;
    private static final int BOTTOM = 46;

    private BenchCharts() {}

    /** One curve: its label, its colour index and its points (x ascending), drawn as steps. */
    record Series(String label, int color, List<double[]> points) {}

    /**
     * Step curves on linear axes, with an optional dashed horizontal reference line (the best-known
     * value). A series of one point is drawn as a dot.
     */
    static String steps(String title, String xAxis, String yAxis, List<Series> series, double reference,
                        String referenceLabel, java.util.function.DoubleFunction<String> fy) {
        double x0 = 0;
        double x1 = 0;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double[] p : s.points()) {
                x1 = Math.max(x1, p[0]);
                y0 = Math.min(y0, p[1]);
                y1 = Math.max(y1, p[1]);
            }
        }
        if (Double.isFinite(reference)) {
            y0 = Math.min(y0, reference);
            y1 = Math.max(y1, reference);
        }
        if (!Double.isFinite(y0)) { y0 = 0; y1 = 1; }
        if (x1 - x0 < 1e-9) x1 = x0 + 1;
        if (y1 - y0 < 1e-9 * Math.max(1, Math.abs(y1))) { double d = Math.max(1, Math.abs(y1) * 0.01); y0 -= d; y1 += d; }
        Frame f = new Frame(x0, x1, y0, y1);
        StringBuilder b = open(title);
        axes(b, f, xAxis, yAxis, String.format(Locale.ROOT, "%.3g s", x0), String.format(Locale.ROOT, "%.3g s", x1),
                fy.apply(y0), fy.apply(y1));
        List<String[]> labels = new java.util.ArrayList<>(); // text, colour
        List<Double> wanted = new java.util.ArrayList<>();
        if (Double.isFinite(reference)) {
            double y = f.py(reference);
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\" "
                    + "stroke-dasharray=\"5,4\"><title>%s</title></line>", LEFT, y, W - RIGHT, y,
                    Html.esc(referenceLabel + " " + fy.apply(reference))));
            labels.add(new String[] {referenceLabel, "#666"});
            wanted.add(y + 4);
        }
        for (Series s : series) {
            if (s.points().isEmpty()) continue;
            String color = Svg.color(s.color());
            StringBuilder poly = new StringBuilder();
            double[] prev = null;
            for (double[] p : s.points()) {
                if (prev != null) poly.append(String.format(Locale.ROOT, "%.1f,%.1f ", f.px(p[0]), f.py(prev[1])));
                poly.append(String.format(Locale.ROOT, "%.1f,%.1f ", f.px(p[0]), f.py(p[1])));
                prev = p;
            }
            if (s.points().size() > 1) {
                b.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\" points=\"")
                        .append(poly.toString().trim()).append("\"><title>").append(Html.esc(s.label())).append("</title></polyline>");
            }
            double[] last = s.points().get(s.points().size() - 1);
            b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s</title></circle>",
                    f.px(last[0]), f.py(last[1]), color,
                    Html.esc(s.label() + ": " + fy.apply(last[1]) + String.format(Locale.ROOT, " at %.3g s", last[0]))));
            labels.add(new String[] {s.label(), color});
            wanted.add(f.py(last[1]) + 4);
        }
        double[] at = spread(wanted, TOP + 10, H - BOTTOM + 4);
        for (int k = 0; k < labels.size(); k++) {
            b.append(text(W - RIGHT + 6, at[k], "start", labels.get(k)[0], labels.get(k)[1]));
        }
        return b.append("</svg>\n").toString();
    }

    /**
     * Label positions as near as possible to the wanted ones, at least a line apart, within
     * [lo, hi] as long as they fit (they are the right-hand margin's labels of the curves).
     */
    static double[] spread(List<Double> wanted, double lo, double hi) {
        int n = wanted.size();
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) order[k] = k;
        java.util.Arrays.sort(order, (a, c) -> Double.compare(wanted.get(a), wanted.get(c)));
        double[] y = new double[n];
        double line = 14;
        for (int k = 0; k < n; k++) {
            y[k] = Math.max(wanted.get(order[k]), k == 0 ? lo : y[k - 1] + line);
        }
        for (int k = n - 1; k >= 0; k--) { // pushed past the bottom: move the stack up
            double limit = k == n - 1 ? hi : y[k + 1] - line;
            y[k] = Math.min(y[k], limit);
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) out[order[k]] = y[k];
        return out;
    }

    /** One row of dots per label: values (fractions) on a shared axis, NaN values counted as failed. */
    static String strips(String title, String xAxis, List<String> labels, List<double[]> values) {
        double max = 1e-4;
        for (double[] v : values) for (double x : v) if (Double.isFinite(x)) max = Math.max(max, x);
        int rowH = 30;
        int h = TOP + labels.size() * rowH + BOTTOM;
        double fmax = max;
        java.util.function.DoubleUnaryOperator px = x -> LEFT + 60 + Math.max(0, x) / fmax * (W - LEFT - 60 - RIGHT);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "<svg class=\"strips\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\"><title>%s</title>",
                W, h, W, h, Html.esc(title), Html.esc(title)));
        int axisY = TOP + labels.size() * rowH;
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>",
                px.applyAsDouble(0), axisY, px.applyAsDouble(max), axisY));
        b.append(text(px.applyAsDouble(0), axisY + 16, "middle", "0%", "#222"));
        b.append(text(px.applyAsDouble(max), axisY + 16, "middle", percent(max), "#222"));
        b.append(text((px.applyAsDouble(0) + px.applyAsDouble(max)) / 2, h - 8, "middle", xAxis, "#222"));
        for (int r = 0; r < labels.size(); r++) {
            int cy = TOP + r * rowH + rowH / 2;
            b.append(text(4, cy + 4, "start", labels.get(r), "#222"));
            int failed = 0;
            for (double x : values.get(r)) {
                if (!Double.isFinite(x)) { failed++; continue; }
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\" fill-opacity=\"0.6\">"
                        + "<title>%s</title></circle>", px.applyAsDouble(x), cy, Svg.color(r),
                        Html.esc(labels.get(r) + ": gap " + percent(x))));
            }
            if (failed > 0) b.append(text(W - RIGHT + 70, cy + 4, "start", failed + " failed", "#b00"));
        }
        return b.append("</svg>\n").toString();
    }

    static String percent(double f) {
        return Double.isFinite(f) ? String.format(Locale.ROOT, "%.2f%%", 100 * f) : "–";
    }

    private record Frame(double x0, double x1, double y0, double y1) {
        double px(double x) {
            return LEFT + (x - x0) / (x1 - x0) * (W - LEFT - RIGHT);
        }

        double py(double y) {
            return TOP + (y1 - y) / (y1 - y0) * (H - TOP - BOTTOM);
        }
    }

    private static StringBuilder open(String title) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg class=\"curves\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\"><title>%s</title>",
                W, H, W, H, Html.esc(title), Html.esc(title)));
    }

    private static void axes(StringBuilder b, Frame f, String xAxis, String yAxis, String xlo, String xhi, String ylo, String yhi) {
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM));
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                LEFT, TOP, LEFT, H - BOTTOM));
        b.append(text(LEFT, H - BOTTOM + 16, "middle", xlo, "#222"));
        b.append(text(W - RIGHT, H - BOTTOM + 16, "end", xhi, "#222"));
        b.append(text(LEFT - 6, H - BOTTOM, "end", ylo, "#222"));
        b.append(text(LEFT - 6, TOP + 10, "end", yhi, "#222"));
        b.append(text((LEFT + W - RIGHT) / 2.0, H - 8, "middle", xAxis, "#222"));
        b.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\" "
                + "font-size=\"12\">%s</text>", (TOP + H - BOTTOM) / 2, (TOP + H - BOTTOM) / 2, Html.esc(yAxis)));
    }

    private static String text(double x, double y, String anchor, String s, String color) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" fill=\"%s\">%s</text>",
                x, y, anchor, color, Html.esc(s));
    }
}
