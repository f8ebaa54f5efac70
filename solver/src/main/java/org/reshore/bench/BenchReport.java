package org.reshore.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reshore.report.Html;

/**
 * The benchmark report, drawn from the results alone (so {@code reshore bench report DIR} redraws
 * it without solving): the configurations ranked, the objective over time on each problem, the
 * distribution of gaps to the best-known values, time-to-target curves and every run.
 */
public final class BenchReport {
    private final BenchResults r;

    public BenchReport(BenchResults results) {
        this.r = results;
    }

    /** Per configuration: the figures of the summary table, in the order they rank. */
    record Rank(String configuration, String engine, int runs, int ok, int failed, int onTarget, double meanGap,
                double maxGap, double medianFirst, double medianTarget, double meanSeconds, double maxHeap, double maxRss) {}

    List<Rank> ranking() {
        List<Rank> ranks = new ArrayList<>();
        for (Map<String, Object> c : r.configurations()) {
            String name = String.valueOf(c.get("name"));
            List<RunRecord> runs = r.runs().stream().filter(x -> x.configuration().equals(name)).toList();
            int ok = (int) runs.stream().filter(RunRecord::ok).count();
            int target = (int) runs.stream().filter(x -> Double.isFinite(x.timeToTarget())).count();
            double[] gaps = runs.stream().mapToDouble(RunRecord::gapToBestKnown).filter(Double::isFinite).toArray();
            ranks.add(new Rank(name, String.valueOf(c.get("engine")), runs.size(), ok, runs.size() - ok, target,
                    Arrays.stream(gaps).average().orElse(Double.NaN), Arrays.stream(gaps).max().orElse(Double.NaN),
                    median(runs.stream().mapToDouble(RunRecord::timeToFirst).toArray()),
                    median(runs.stream().mapToDouble(RunRecord::timeToTarget).toArray()),
                    runs.stream().mapToDouble(RunRecord::seconds).filter(Double::isFinite).average().orElse(Double.NaN),
                    runs.stream().mapToDouble(RunRecord::peakHeapMb).filter(Double::isFinite).max().orElse(Double.NaN),
                    runs.stream().mapToDouble(RunRecord::peakRssMb).filter(Double::isFinite).max().orElse(Double.NaN)));
        }
        // most runs on target first, then fewest failures, smallest mean gap, least time
        ranks.sort(Comparator.comparingInt((Rank x) -> -x.onTarget()).thenComparingInt(Rank::failed)
                .thenComparingDouble(x -> Double.isNaN(x.meanGap()) ? Double.MAX_VALUE : x.meanGap())
                .thenComparingDouble(x -> Double.isNaN(x.meanSeconds()) ? Double.MAX_VALUE : x.meanSeconds()));
        return ranks;
    }

    private static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    public String html() {
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(Html.esc(r.description())).append("</p>\n");
        b.append("<p class=\"muted\">").append(r.runs().size()).append(" runs, ").append(r.problems().size())
                .append(" problems, ").append(r.configurations().size()).append(" configurations. Machine: ")
                .append(Html.esc(String.join(", ", r.machine().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())))
                .append(". Every objective is the evaluator's on the run's final plan; a plan the evaluator rejects is a "
                        + "failed run whatever the engine said. The target is the best-known value + 1%.</p>\n");

        b.append("<h2>Configurations, ranked</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (Rank k : ranking()) {
            rows.add(List.of(Integer.toString(++i), k.configuration(), k.engine(), Integer.toString(k.runs()),
                    Integer.toString(k.failed()), k.onTarget() + " of " + k.runs(), BenchCharts.percent(k.meanGap()),
                    BenchCharts.percent(k.maxGap()), secs(k.medianFirst()), secs(k.medianTarget()), secs(k.meanSeconds()),
                    mb(k.maxHeap()), mb(k.maxRss())));
        }
        b.append(Html.table("ranking", List.of("rank", "configuration", "engine", "runs", "failed", "within 1%",
                "mean gap", "worst gap", "median time to first plan", "median time to 1%", "mean time", "peak heap", "peak resident"), rows));
        b.append("<p class=\"muted\">Configurations as run: ").append(Html.esc(configText())).append("</p>\n");

        b.append("<h2>Problems and best-known values</h2>\n");
        rows = new ArrayList<>();
        for (ProblemSummary p : r.problems()) {
            rows.add(List.of(p.id(), p.source(), number(p.bestKnown()), p.bestKnownSource()));
        }
        b.append(Html.table("problems", List.of("problem", "source", "best known", "from"), rows));

        b.append("<h2>Objective over time</h2>\n<p class=\"muted\">Each run's best plan as its progress events report it, "
                + "ending at the evaluator-checked final plan (the dot). The mip engine reports its plan only at the end "
                + "(after the greedy warm start, if any); the search engine reports every new best plan.</p>\n");
        List<String> names = r.configurationNames();
        for (ProblemSummary p : r.problems()) {
            List<BenchCharts.Series> series = new ArrayList<>();
            for (RunRecord x : r.runs()) {
                if (!x.problem().equals(p.id()) || !x.ok()) continue;
                List<double[]> pts = x.trajectory().stream().filter(e -> Double.isFinite(e[1])).toList();
                series.add(new BenchCharts.Series(runLabel(x), names.indexOf(x.configuration()), pts));
            }
            if (series.isEmpty()) {
                b.append("<p>").append(Html.esc(p.id())).append(": no run found a feasible plan.</p>\n");
                continue;
            }
            b.append("<h3>").append(Html.esc(p.id())).append("</h3>\n");
            b.append(BenchCharts.steps(p.id() + ": objective over time", "time", "objective", series, p.bestKnown(),
                    p.bestKnownSource(), BenchReport::number));
        }

        b.append("<h2>Gap to the best-known value, per configuration</h2>\n");
        List<double[]> gaps = new ArrayList<>();
        for (String n : names) {
            gaps.add(r.runs().stream().filter(x -> x.configuration().equals(n)).mapToDouble(RunRecord::gapToBestKnown).toArray());
        }
        b.append(BenchCharts.strips("gap to the best-known value per configuration", "gap to best known", names, gaps));

        b.append("<h2>Time to target</h2>\n<p class=\"muted\">Share of each configuration's runs within 1% of the "
                + "best-known value by a given time.</p>\n");
        List<BenchCharts.Series> curves = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            String n = names.get(c);
            List<RunRecord> runs = r.runs().stream().filter(x -> x.configuration().equals(n)).toList();
            double[] t = runs.stream().mapToDouble(RunRecord::timeToTarget).filter(Double::isFinite).sorted().toArray();
            List<double[]> pts = new ArrayList<>();
            pts.add(new double[] {0, 0});
            for (int k = 0; k < t.length; k++) pts.add(new double[] {t[k], (k + 1.0) / runs.size()});
            double end = runs.stream().mapToDouble(RunRecord::seconds).filter(Double::isFinite).max().orElse(0);
            if (end > pts.get(pts.size() - 1)[0]) pts.add(new double[] {end, (double) t.length / Math.max(1, runs.size())});
            curves.add(new BenchCharts.Series(n, c, pts));
        }
        b.append(BenchCharts.steps("time to target per configuration", "time", "runs within 1%", curves, Double.NaN, "",
                v -> String.format(Locale.ROOT, "%.0f%%", 100 * v)));

        b.append("<h2>Every run</h2>\n<style>table.runs td{white-space:nowrap}</style>\n");
        rows = new ArrayList<>();
        for (RunRecord x : r.runs()) {
            rows.add(List.of(x.problem(), x.configuration(), Long.toString(x.seed()), Integer.toString(x.repetition()),
                    x.outcome(), x.engineStatus() == null ? "" : x.engineStatus(), number(x.objective()),
                    BenchCharts.percent(x.gapToBestKnown()), number(x.bound()), secs(x.seconds()), secs(x.timeToFirst()),
                    secs(x.timeToTarget()), mb(x.peakHeapMb()), mb(x.peakRssMb()), x.message() == null ? "" : x.message()));
        }
        b.append("<div style=\"overflow-x:auto\">\n").append(Html.table("runs", List.of("problem", "configuration", "seed",
                "rep", "outcome", "engine status", "objective", "gap to best known", "bound", "time", "first plan",
                "within 1%", "peak heap", "peak resident", "note"), rows)).append("</div>\n");
        if (!r.optaplanner().isEmpty()) b.append(optaplanner());
        return Html.page("Benchmark " + r.suite(), b.toString());
    }

    // links, relative to this page, to OptaPlanner's own reports (its pages, not self-contained like this one)
    private String optaplanner() {
        StringBuilder b = new StringBuilder("<h2>OptaPlanner's benchmarker</h2>\n<p class=\"muted\">The search "
                + "configurations by OptaPlanner's own benchmarker: the search phase alone from the greedy start, scores "
                + "as OptaPlanner sees them (hard: infeasibility; soft: money, scaled), its statistics over time.</p>\n<ul>\n");
        for (BenchResults.OptaPlannerReport x : r.optaplanner()) {
            b.append("<li>").append(Html.esc(x.problem())).append(": ");
            if (x.report() != null) {
                b.append("<a href=\"").append(Html.esc(x.report())).append("\">").append(Html.esc(x.report())).append("</a>");
            } else {
                b.append(Html.esc(x.note()));
            }
            b.append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    private String configText() {
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> c : r.configurations()) {
            Map<String, Object> rest = new LinkedHashMap<>(c);
            Object name = rest.remove("name");
            parts.add(name + " " + rest);
        }
        return String.join("; ", parts);
    }

    private String runLabel(RunRecord x) {
        boolean many = r.runs().stream().anyMatch(y -> y.problem().equals(x.problem())
                && y.configuration().equals(x.configuration()) && (y.seed() != x.seed() || y.repetition() != x.repetition()));
        return many ? x.configuration() + " s" + x.seed() + " r" + x.repetition() : x.configuration();
    }

    static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.2f", v) : "–";
    }

    private static String secs(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f s", v) : "–";
    }

    private static String mb(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.0f MB", v) : "–";
    }
}
