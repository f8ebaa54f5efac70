package org.reshore.report;

import java.util.List;
import java.util.Locale;

/**
 * Charts as inline SVG, each mark with a {@code <title>} (the browser's tooltip) and its label
 * written on or next to it, so a planner reads the chart without hunting for a legend.
 */
public final class Svg {
    /** Colours by position (source economy, plan), chosen to stay apart in print and for most colour-blind readers. */
    private static final String[] PALETTE = {"#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2",
        "#edc948", "#ff9da7", "#9c755f", "#bab0ac"};

    private Svg() {}

    public static String color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** One segment of a 100% bar: its label ("CN"), its share of the bar and its colour index. */
    public record Segment(String label, double share, int color) {}

    /** A bar: its label on the left ("A", "B") and its segments, left to right. */
    public record Bar(String label, List<Segment> segments) {}

    /** Horizontal 100% stacked bars, each segment labelled "CN 80%" when it is wide enough. */
    public static String stackedBars(String title, List<Bar> bars) {
        int labelW = 140;
        int width = 560;
        int rowH = 26;
        int h = bars.size() * (rowH + 6) + 6;
        StringBuilder b = open("stacked", title, labelW + width + 10, h);
        int y = 4;
        for (Bar bar : bars) {
            b.append(text(4, y + 17, "start", bar.label()));
            double x = labelW;
            for (Segment s : bar.segments()) {
                double w = s.share() * width;
                if (w <= 0) continue;
                String what = s.label() + " " + pct(s.share());
                b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s</title></rect>", x, y, w, rowH, color(s.color()), Html.esc(bar.label() + ": " + what)));
                if (w >= 7.5 * what.length()) {
                    b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#fff\" "
                            + "font-size=\"12\">%s</text>", x + w / 2, y + 17, Html.esc(what)));
                } else if (w >= 7.5 * s.label().length()) {
                    b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#fff\" "
                            + "font-size=\"12\">%s</text>", x + w / 2, y + 17, Html.esc(s.label())));
                }
                x += w;
            }
            y += rowH + 6;
        }
        return b.append("</svg>\n").toString();
    }

    /**
     * Grouped horizontal bars around a zero line (negative values, such as subsidies, to the left):
     * one group per row label, one bar per series, each bar with its value written beside it.
     */
    public static String groupedBars(String title, List<String> rows, List<String> series, double[][] values,
                                     java.util.function.DoubleFunction<String> format) {
        double max = 0;
        double min = 0;
        for (double[] r : values) for (double v : r) if (Double.isFinite(v)) { max = Math.max(max, v); min = Math.min(min, v); }
        double span = Math.max(1e-12, max - min);
        int labelW = 150;
        int width = 420;
        int valueW = 110;
        int barH = 14;
        double zero = labelW + valueW + (-min / span) * width;
        int h = rows.size() * (series.size() * (barH + 2) + 10) + 10;
        StringBuilder b = open("bars", title, labelW + width + 2 * valueW, h);
        int y = 6;
        for (int r = 0; r < rows.size(); r++) {
            b.append(text(4, y + barH * series.size() / 2 + 8, "start", rows.get(r)));
            for (int s = 0; s < series.size(); s++) {
                double v = values[r][s];
                if (!Double.isFinite(v)) v = 0;
                double w = Math.abs(v) / span * width;
                double x = v >= 0 ? zero : zero - w;
                String label = series.get(s) + " " + format.apply(values[r][s]);
                b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s</title></rect>", x, y, Math.max(w, 0.5), barH, color(s),
                        Html.esc(rows.get(r) + ", " + label)));
                double tx = v >= 0 ? zero + w + 4 : zero - w - 4;
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" font-size=\"11\">%s</text>",
                        tx, y + barH - 3, v >= 0 ? "start" : "end", Html.esc(label)));
                y += barH + 2;
            }
            y += 10;
        }
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>", zero, zero, h));
        return b.append("</svg>\n").toString();
    }

    /** A point of a line chart: x, y, its label next to it, and its tooltip. */
    public record Point(double x, double y, String label, String tooltip) {}

    /** A scatter of points joined by a line in the given order, axes with their end values. */
    public static String lineChart(String title, String xAxis, String yAxis, List<Point> points,
                                   java.util.function.DoubleFunction<String> fx, java.util.function.DoubleFunction<String> fy) {
        int w = 640;
        int h = 380;
        int left = 90;
        int bottom = 50;
        int top = 20;
        int right = 130; // room for the label of the right-most point
        double x0 = points.stream().mapToDouble(Point::x).min().orElse(0);
        double x1 = points.stream().mapToDouble(Point::x).max().orElse(1);
        double y0 = points.stream().mapToDouble(Point::y).min().orElse(0);
        double y1 = points.stream().mapToDouble(Point::y).max().orElse(1);
        if (x1 - x0 < 1e-12) { x0 -= 1; x1 += 1; }
        if (y1 - y0 < 1e-12) { y0 -= 1; y1 += 1; }
        double fx0 = x0, fx1 = x1, fy0 = y0, fy1 = y1;
        java.util.function.DoubleUnaryOperator px = x -> left + (x - fx0) / (fx1 - fx0) * (w - left - right);
        java.util.function.DoubleUnaryOperator py = y -> top + (fy1 - y) / (fy1 - fy0) * (h - top - bottom);
        StringBuilder b = open("frontier", title, w, h);
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                left, h - bottom, w - right, h - bottom));
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                left, top, left, h - bottom));
        b.append(text(left, h - bottom + 18, "middle", fx.apply(x0)));
        b.append(text(w - right, h - bottom + 18, "middle", fx.apply(x1)));
        b.append(text(left - 6, h - bottom, "end", fy.apply(y0)));
        b.append(text(left - 6, top + 10, "end", fy.apply(y1)));
        b.append(text((left + w - right) / 2, h - 10, "middle", xAxis));
        b.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" "
                + "text-anchor=\"middle\" font-size=\"13\">%s</text>", (top + h - bottom) / 2, (top + h - bottom) / 2,
                Html.esc(yAxis)));
        StringBuilder poly = new StringBuilder();
        for (Point p : points) poly.append(String.format(Locale.ROOT, "%.1f,%.1f ", px.applyAsDouble(p.x()), py.applyAsDouble(p.y())));
        b.append("<polyline fill=\"none\" stroke=\"").append(color(0)).append("\" stroke-width=\"2\" points=\"")
                .append(poly.toString().trim()).append("\"/>");
        for (Point p : points) {
            double cx = px.applyAsDouble(p.x());
            double cy = py.applyAsDouble(p.y());
            b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"><title>%s</title></circle>",
                    cx, cy, color(1), Html.esc(p.tooltip())));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\">%s</text>",
                    cx + 9, cy - 8, Html.esc(p.label())));
        }
        return b.append("</svg>\n").toString();
    }

    private static StringBuilder open(String cssClass, String title, int w, int h) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg class=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\"><title>%s</title>",
                cssClass, w, h, w, h, Html.esc(title), Html.esc(title)));
    }

    private static String text(double x, double y, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"13\">%s</text>",
                x, y, anchor, Html.esc(s));
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
