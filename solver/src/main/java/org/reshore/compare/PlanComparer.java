package org.reshore.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reshore.evaluate.CostBreakdown;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.MarketExposure;
import org.reshore.model.Arc;
import org.reshore.model.Problem;
import org.reshore.model.Stockpile;

/**
 * Compares plans of one problem against the first (the baseline) and explains every difference
 * in a planner's words. Totals, cost summands, exposure, shares and shortages are the evaluator's
 * figures; the comparer only subtracts them and picks the words.
 */
public final class PlanComparer {
    /** Differences smaller than this (absolute) are noise of the solvers, not decisions. */
    static final double TOL = 1e-6;
    /** Share changes below half a percentage point are not worth a sentence. */
    static final double SHARE_TOL = 0.005;
    /** How many of the largest flow differences are explained. */
    static final int FLOWS = 8;
    /** How many share moves are told in sentences (the report's tables show them all). */
    static final int SHARES = 8;

    private final Problem problem;
    private final String cur;

    public PlanComparer(Problem problem) {
        this.problem = problem;
        this.cur = problem.currency();
    }

    /** The comparison of {@code plans} (at least two), the first being the baseline. */
    public Comparison compare(List<ComparedPlan> plans) {
        if (plans.size() < 2) throw new IllegalArgumentException("a comparison needs at least two plans");
        ComparedPlan a = plans.get(0);
        Map<String, List<Difference>> diffs = new LinkedHashMap<>();
        for (ComparedPlan b : plans.subList(1, plans.size())) diffs.put(b.label(), differences(a, b));
        return new Comparison(problem.name(), cur, plans, diffs);
    }

    /** How plan b differs from plan a, in reading order. */
    public List<Difference> differences(ComparedPlan a, ComparedPlan b) {
        List<Difference> out = new ArrayList<>();
        out.add(total(a, b));
        exposure(a, b, out);
        List<ShareShift> shifts = shareShifts(a.evaluation(), b.evaluation());
        new BuildExplainer(problem, a.label(), b.label()).explain(a.evaluation(), b.evaluation(), shifts, out);
        List<ShareShift> rest = shifts.stream().filter(s -> !s.used).toList();
        for (ShareShift s : rest.subList(0, Math.min(SHARES, rest.size()))) {
            out.add(new Difference(Difference.Kind.SHARE, s.subject(), Math.abs(s.to - s.from),
                    b.label() + " " + s.phrase(problem) + "."));
        }
        if (rest.size() > SHARES) {
            int n = rest.size() - SHARES;
            out.add(new Difference(Difference.Kind.SHARE, "smaller shifts", 0, b.label() + " also shifts supply shares "
                    + "in " + n + " more market" + (n == 1 ? "" : "s") + " by less (see the shares by market)."));
        }
        shortages(a, b, out);
        stockpiles(a, b, out);
        flows(a, b, out);
        return out;
    }

    private Difference total(ComparedPlan a, ComparedPlan b) {
        Evaluation ea = a.evaluation();
        Evaluation eb = b.evaluation();
        double d = eb.objective() - ea.objective();
        StringBuilder s = new StringBuilder(b.label());
        if (!eb.feasible()) s.append(" is infeasible (").append(eb.violations().size()).append(" violations) and");
        if (Math.abs(d) <= TOL * Math.max(1, Math.abs(ea.objective()))) {
            s.append(" costs the same as ").append(a.label()).append(" (").append(Words.money(eb.objective(), cur)).append(')');
        } else {
            s.append(" costs ").append(Words.money(Math.abs(d), cur)).append(d > 0 ? " more" : " less").append(" than ")
                    .append(a.label()).append(" (").append(Words.money(eb.objective(), cur)).append(" against ")
                    .append(Words.money(ea.objective(), cur)).append(')');
        }
        List<String> parts = new ArrayList<>();
        double[] ca = summands(ea.cost());
        double[] cb = summands(eb.cost());
        Integer[] order = new Integer[ca.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -Math.abs(cb[i] - ca[i])));
        for (int i : order) {
            double di = cb[i] - ca[i];
            if (Math.abs(di) > TOL * Math.max(1, Math.abs(ca[i]))) parts.add(SUMMANDS[i] + " " + Words.signedMoney(di, cur));
        }
        if (!parts.isEmpty()) s.append(": ").append(String.join(", ", parts));
        return new Difference(Difference.Kind.TOTAL, "objective", Math.abs(d), s.append('.').toString());
    }

    /** Names of the cost summands, in the evaluator's order (MODEL.md §5). */
    public static final String[] SUMMANDS = {"production", "tariffs", "transport", "fixed", "capex", "capexSubsidies",
        "productionSubsidies", "shortage", "stockpile", "exposure", "scenarios"};

    /** The evaluator's summands in the order of {@link #SUMMANDS}. */
    public static double[] summands(CostBreakdown c) {
        return new double[] {c.production(), c.tariffs(), c.transport(), c.fixed(), c.capex(), c.capexSubsidies(),
            c.productionSubsidies(), c.shortage(), c.stockpile(), c.exposure(), c.scenarios()};
    }

    private void exposure(ComparedPlan a, ComparedPlan b, List<Difference> out) {
        double ea = a.evaluation().exposure();
        double eb = b.evaluation().exposure();
        if (Math.abs(eb - ea) <= TOL * Math.max(1, Math.abs(ea))) return;
        String rel = ea > 0 ? ", " + (eb > ea ? "+" : "−") + Words.percent(Math.abs(eb - ea) / ea) : "";
        out.add(new Difference(Difference.Kind.EXPOSURE, "exposure", Math.abs(eb - ea), b.label() + "'s exposure is "
                + Words.quantity(eb) + " against " + a.label() + "'s " + Words.quantity(ea)
                + " risk-weighted unit-years (" + (eb > ea ? "+" : "−") + Words.quantity(Math.abs(eb - ea)) + rel + ")."));
    }

    private List<ShareShift> shareShifts(Evaluation a, Evaluation b) {
        List<ShareShift> out = new ArrayList<>();
        for (int i = 0; i < a.markets().size() && i < b.markets().size(); i++) {
            MarketExposure ma = a.markets().get(i);
            MarketExposure mb = b.markets().get(i);
            String best = null;
            double bestDelta = SHARE_TOL;
            double bestRisk = -1;
            for (var e : problem.economies()) {
                double d = Math.abs(mb.sourceShares().getOrDefault(e.id(), 0.0) - ma.sourceShares().getOrDefault(e.id(), 0.0));
                // two sources trading places move by the same amount: tell the riskier one's story
                boolean tie = best != null && Math.abs(d - bestDelta) <= 1e-9;
                if ((d > bestDelta + 1e-9) || (tie && e.risk() > bestRisk)) {
                    bestDelta = d;
                    best = e.id();
                    bestRisk = e.risk();
                }
            }
            if (best != null) out.add(new ShareShift(ma, best, ma.sourceShares().getOrDefault(best, 0.0),
                    mb.sourceShares().getOrDefault(best, 0.0)));
        }
        out.sort(Comparator.comparingDouble(s -> -Math.abs(s.to - s.from)));
        return out;
    }

    private void shortages(ComparedPlan a, ComparedPlan b, List<Difference> out) {
        for (int i = 0; i < a.evaluation().markets().size(); i++) {
            MarketExposure ma = a.evaluation().markets().get(i);
            MarketExposure mb = b.evaluation().markets().get(i);
            double d = mb.shortage() - ma.shortage();
            if (Math.abs(d) <= TOL * Math.max(1, ma.demand())) continue;
            String unit = problem.product(problem.productIndex(ma.product())).unit();
            out.add(new Difference(Difference.Kind.SHORTAGE, ma.market() + "/" + ma.product(), Math.abs(d),
                    b.label() + " leaves " + Words.quantity(mb.shortage()) + " " + unit + "/yr of " + ma.market() + " "
                            + ma.product() + " demand" + inPeriod(ma.period()) + " unserved (" + a.label() + ": "
                            + Words.quantity(ma.shortage()) + ")."));
        }
    }

    private void stockpiles(ComparedPlan a, ComparedPlan b, List<Difference> out) {
        for (Stockpile h : problem.stockpiles()) {
            double ha = a.solution().stockpiles[h.index()];
            double hb = b.solution().stockpiles[h.index()];
            if (Math.abs(hb - ha) <= TOL * Math.max(1, ha)) continue;
            String product = problem.product(h.product()).id();
            out.add(new Difference(Difference.Kind.STOCKPILE, product, Math.abs(hb - ha), b.label() + " stocks "
                    + Words.quantity(hb) + " " + problem.product(h.product()).unit() + " of " + product + " for "
                    + problem.market(h.market()).id() + " (" + a.label() + ": " + Words.quantity(ha) + ")."));
        }
    }

    private void flows(ComparedPlan a, ComparedPlan b, List<Difference> out) {
        record Delta(Arc arc, int t, double xa, double xb) {}
        List<Delta> deltas = new ArrayList<>();
        for (Arc arc : problem.arcs()) {
            for (int t = 0; t < problem.periods().size(); t++) {
                double xa = a.solution().flows[arc.index()][t];
                double xb = b.solution().flows[arc.index()][t];
                if (Math.abs(xb - xa) > TOL * Math.max(1, Math.abs(xa))) deltas.add(new Delta(arc, t, xa, xb));
            }
        }
        // largest first; ties in problem order (arcs, then periods), so the output is stable
        deltas.sort(Comparator.comparingDouble((Delta d) -> -Math.abs(d.xb - d.xa)));
        for (Delta d : deltas.subList(0, Math.min(FLOWS, deltas.size()))) {
            String from = problem.site(d.arc.from()).id();
            String to = problem.destinationId(d.arc);
            String unit = problem.product(problem.site(d.arc.from()).product()).unit();
            double diff = d.xb - d.xa;
            out.add(new Difference(Difference.Kind.FLOW, from + "→" + to, Math.abs(diff), b.label() + " ships "
                    + Words.quantity(Math.abs(diff)) + " " + unit + "/yr " + (diff > 0 ? "more" : "less") + " from "
                    + from + " to " + to + inPeriod(problem.period(d.t).id()) + " (" + Words.quantity(d.xb)
                    + " instead of " + Words.quantity(d.xa) + ")."));
        }
    }

    private String inPeriod(String period) {
        return problem.periods().size() > 1 ? " in " + period : "";
    }
}
