package org.reshore.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reshore.compare.Frontier;
import org.reshore.compare.FrontierPoint;
import org.reshore.compare.Words;
import org.reshore.evaluate.PlanItems;

/**
 * The cost–exposure frontier as a CSV (one row per point, the evaluator's figures, for
 * spreadsheets and re-drawing) and as one self-contained HTML page: the curve as an SVG line with
 * each point's key figures in its tooltip, and the same figures in a table.
 */
public final class FrontierReport {
    private final Frontier f;
    private final List<String> planFiles;

    /** {@code planFiles}: the plan file name of each point, in the frontier's order. */
    public FrontierReport(Frontier frontier, List<String> planFiles) {
        this.f = frontier;
        this.planFiles = List.copyOf(planFiles);
    }

    public String csv() {
        StringBuilder b = new StringBuilder("point,kind,cap,status,cost,exposure,objective,feasible,builds,plan\n");
        for (int i = 0; i < f.points().size(); i++) {
            FrontierPoint p = f.points().get(i);
            b.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%s,%s,%s,%s%n", i + 1, p.kind(),
                    Double.isInfinite(p.cap()) ? "" : num(p.cap()), p.status(),
                    num(p.cost()), num(p.exposure()), num(p.evaluation().objective()), p.evaluation().feasible(),
                    quote(builds(p)), quote(planFiles.get(i))));
        }
        return b.toString();
    }

    /** Full precision, without a trailing ".0" on whole numbers. */
    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String builds(FrontierPoint p) {
        List<String> out = new ArrayList<>();
        for (PlanItems.Build x : p.evaluation().builds()) {
            out.add((x.count() == 1 ? "" : x.count() + "× ") + x.option() + " in " + x.period());
        }
        return out.isEmpty() ? "none" : String.join("; ", out);
    }

    public String html() {
        String cur = f.currency();
        List<Svg.Point> pts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < f.points().size(); i++) {
            FrontierPoint p = f.points().get(i);
            String cap = Double.isInfinite(p.cap()) ? "none" : Words.quantity(p.cap());
            String tip = String.format(Locale.ROOT, "point %d (%s): cost %s, exposure %s, builds: %s, plan %s", i + 1,
                    p.kind(), Words.money(p.cost(), cur), Words.quantity(p.exposure()), builds(p), planFiles.get(i));
            pts.add(new Svg.Point(p.exposure(), p.cost(), (i + 1) + ": " + Words.money(p.cost(), cur), tip));
            rows.add(List.of(String.valueOf(i + 1), p.kind(), cap, p.status().name(), Words.money(p.cost(), cur),
                    Words.quantity(p.exposure()), Words.money(p.evaluation().objective(), cur),
                    Words.money(p.evaluation().cost().shortage(), cur), builds(p), planFiles.get(i)));
        }
        StringBuilder b = new StringBuilder();
        b.append("<p>Each point is a plan of least cost for an upper limit on exposure (ε-constraint method, exact "
                + "engine). Cost is the evaluator's objective without its exposure price; exposure is risk-weighted "
                + "supply from other economies in unit-years. Hover a point for its figures.</p>\n");
        b.append(Svg.lineChart("Cost against exposure", "exposure (risk-weighted unit-years)", "cost (" + cur + ")",
                pts, Words::quantity, v -> Words.money(v, cur)));
        b.append("<h2>Points</h2>\n").append(Html.table("points", List.of("point", "kind", "exposure cap", "status",
                "cost", "exposure", "objective", "shortage cost", "builds", "plan file"), rows));
        if (!f.dropped().isEmpty()) {
            b.append("<h2>Solves that gave no point</h2>\n<ul>");
            for (String d : f.dropped()) b.append("<li>").append(Html.esc(d)).append("</li>");
            b.append("</ul>\n");
        }
        return Html.page("Cost–exposure frontier: " + f.problem(), b.toString());
    }

    /** One line per point for the terminal. */
    public String text() {
        StringBuilder b = new StringBuilder("frontier of " + f.problem() + ": " + f.points().size() + " points\n");
        for (int i = 0; i < f.points().size(); i++) {
            FrontierPoint p = f.points().get(i);
            b.append(String.format(Locale.ROOT, "  %2d  %-14s  cost %14s  exposure %12s  builds %s%n", i + 1, p.kind(),
                    Words.money(p.cost(), f.currency()), Words.quantity(p.exposure()), builds(p)));
        }
        for (String d : f.dropped()) b.append("  dropped: ").append(d).append('\n');
        return b.toString();
    }
}
