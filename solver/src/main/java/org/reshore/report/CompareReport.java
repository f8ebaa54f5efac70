package org.reshore.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reshore.compare.ComparedPlan;
import org.reshore.compare.Comparison;
import org.reshore.compare.Difference;
import org.reshore.compare.PlanComparer;
import org.reshore.compare.Words;
import org.reshore.evaluate.MarketExposure;
import org.reshore.model.Economy;
import org.reshore.model.Problem;

/**
 * Plans side by side, as text for the terminal, JSON for scripts, and one self-contained HTML page:
 * the evaluator's totals and cost summands next to each other, supply shares by source economy per
 * market and product as labelled stacked bars, and each difference in a sentence.
 */
public final class CompareReport {
    private final Problem problem;
    private final Comparison c;
    private final String cur;

    public CompareReport(Problem problem, Comparison comparison) {
        this.problem = problem;
        this.c = comparison;
        this.cur = comparison.currency();
    }

    /** The totals table (rows: feasible, objective, each summand, exposure; columns: plans). */
    List<List<String>> totals() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("feasible", p -> p.evaluation().feasible() ? "yes" : "no (" + p.evaluation().violations().size() + ")"));
        rows.add(row("objective", p -> Words.money(p.evaluation().objective(), cur)));
        for (int i = 0; i < PlanComparer.SUMMANDS.length; i++) {
            int k = i;
            if (c.plans().stream().allMatch(p -> PlanComparer.summands(p.evaluation().cost())[k] == 0)) continue;
            rows.add(row("  " + PlanComparer.SUMMANDS[i], p -> Words.money(PlanComparer.summands(p.evaluation().cost())[k], cur)));
        }
        rows.add(row("exposure (units)", p -> Words.quantity(p.evaluation().exposure())));
        return rows;
    }

    private List<String> row(String name, java.util.function.Function<ComparedPlan, String> cell) {
        List<String> r = new ArrayList<>();
        r.add(name);
        for (ComparedPlan p : c.plans()) r.add(cell.apply(p));
        return r;
    }

    private List<String> head(String first) {
        List<String> h = new ArrayList<>();
        h.add(first);
        for (ComparedPlan p : c.plans()) h.add(p.label());
        return h;
    }

    /** For the terminal: who is who, the totals, then each plan's differences from the baseline. */
    public String text() {
        StringBuilder b = new StringBuilder("compare " + c.problem() + "\n");
        for (ComparedPlan p : c.plans()) b.append("  ").append(p.label()).append(" = ").append(p.source()).append('\n');
        List<List<String>> rows = new ArrayList<>();
        rows.add(head(""));
        rows.addAll(totals());
        for (List<String> r : rows) {
            b.append(String.format(Locale.ROOT, "%-22s", r.get(0)));
            for (String cell : r.subList(1, r.size())) b.append(String.format(Locale.ROOT, "%16s", cell));
            b.append('\n');
        }
        c.differences().forEach((label, diffs) -> {
            b.append('\n').append(label).append(" against ").append(c.baseline().label()).append(":\n");
            for (Difference d : diffs) b.append("  - ").append(d.sentence()).append('\n');
        });
        return b.toString();
    }

    /** For scripts: each plan's full evaluation (the evaluator's JSON) and the differences. */
    public ObjectNode json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("problem", c.problem());
        root.put("baseline", c.baseline().label());
        ArrayNode plans = root.putArray("plans");
        for (ComparedPlan p : c.plans()) {
            ObjectNode n = plans.addObject();
            n.put("label", p.label());
            n.put("source", p.source());
            n.set("evaluation", p.evaluation().toJson());
        }
        ObjectNode diffs = root.putObject("differences");
        c.differences().forEach((label, list) -> {
            ArrayNode a = diffs.putArray(label);
            for (Difference d : list) {
                ObjectNode n = a.addObject();
                n.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
                n.put("subject", d.subject());
                n.put("size", d.size());
                n.put("sentence", d.sentence());
            }
        });
        return root;
    }

    /** The self-contained HTML page. */
    public String html() {
        StringBuilder b = new StringBuilder();
        b.append("<p>Plans of problem <b>").append(Html.esc(c.problem())).append("</b>; every figure is the evaluator's. ")
                .append("Differences are told against ").append(Html.esc(c.baseline().label())).append(".</p>\n<ul>");
        for (ComparedPlan p : c.plans()) {
            b.append("<li><b>").append(Html.esc(p.label())).append("</b>: ").append(Html.esc(p.source())).append("</li>");
        }
        b.append("</ul>\n<h2>What differs</h2>\n");
        c.differences().forEach((label, diffs) -> {
            b.append("<h3>").append(Html.esc(label)).append(" against ").append(Html.esc(c.baseline().label())).append("</h3>\n");
            b.append("<ul class=\"why\">");
            for (Difference d : diffs) b.append("<li>").append(Html.esc(d.sentence())).append("</li>");
            b.append("</ul>\n");
        });
        b.append("<h2>Totals</h2>\n").append(Html.table("totals", head(""), totals()));
        b.append(costChart());
        b.append("<h2>Where supply comes from</h2>\n<p class=\"muted\">One bar per plan: the market's demand split "
                + "by the source economy that serves it, shortage in grey. The table gives the evaluator's shares of "
                + "delivered supply.</p>\n");
        for (int i = 0; i < c.baseline().evaluation().markets().size(); i++) b.append(market(i));
        return Html.page("Plans compared: " + c.problem(), b.toString());
    }

    private String costChart() {
        List<String> rows = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < PlanComparer.SUMMANDS.length; i++) {
            double[] v = new double[c.plans().size()];
            boolean any = false;
            for (int p = 0; p < v.length; p++) {
                v[p] = PlanComparer.summands(c.plans().get(p).evaluation().cost())[i];
                any |= v[p] != 0;
            }
            if (any) {
                rows.add(PlanComparer.SUMMANDS[i]);
                values.add(v);
            }
        }
        List<String> series = c.plans().stream().map(ComparedPlan::label).toList();
        return Svg.groupedBars("Cost breakdown by plan", rows, series, values.toArray(new double[0][]),
                v -> Words.money(v, cur));
    }

    private String market(int i) {
        MarketExposure base = c.baseline().evaluation().markets().get(i);
        String title = base.market() + " " + base.product() + (problem.periods().size() > 1 ? " in " + base.period() : "");
        StringBuilder b = new StringBuilder("<h3>").append(Html.esc(title)).append("</h3>\n");
        List<Svg.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Economy e : problem.economies()) {
            List<String> r = new ArrayList<>();
            r.add(e.id().equals(e.name()) ? e.id() : e.name() + " (" + e.id() + ")");
            boolean any = false;
            for (ComparedPlan p : c.plans()) {
                double s = p.evaluation().markets().get(i).sourceShares().getOrDefault(e.id(), 0.0);
                any |= s > 0;
                r.add(Words.percent(s));
            }
            if (any) rows.add(r);
        }
        List<String> shortRow = new ArrayList<>(List.of("shortage (" + unit(base.product()) + "/yr)"));
        for (ComparedPlan p : c.plans()) {
            MarketExposure m = p.evaluation().markets().get(i);
            shortRow.add(Words.quantity(m.shortage()));
            List<Svg.Segment> segs = new ArrayList<>();
            for (Economy e : problem.economies()) {
                double s = m.sourceShares().getOrDefault(e.id(), 0.0);
                if (s > 0) segs.add(new Svg.Segment(e.id(), s * m.supplied() / Math.max(1e-12, m.demand()), e.index()));
            }
            if (m.shortage() > 0 && m.demand() > 0) segs.add(new Svg.Segment("short", m.shortage() / m.demand(), -1));
            bars.add(new Svg.Bar(p.label(), segs));
        }
        rows.add(shortRow);
        b.append(Svg.stackedBars("Sources of " + title + " (share of demand)", bars));
        b.append(Html.table("shares", head("source"), rows));
        return b.toString();
    }

    private String unit(String product) {
        return problem.product(problem.productIndex(product)).unit();
    }
}
