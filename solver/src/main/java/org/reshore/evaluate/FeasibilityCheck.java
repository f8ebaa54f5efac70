package org.reshore.evaluate;

import java.util.List;
import org.reshore.model.Arc;
import org.reshore.model.Demand;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Site;
import org.reshore.model.Solution;
import org.reshore.model.Stockpile;

/**
 * Checks the flow-side constraints of MODEL.md §3 (demand, capacity, inputs, builds, stockpiles,
 * signs); subsidies and policies are in {@link GrantAndPolicyCheck}. A row is violated when it is
 * off by more than 1e-6 absolute plus 1e-6 relative to the larger side.
 */
final class FeasibilityCheck {
    static final double ABS = 1e-6;
    static final double REL = 1e-6;

    private final Problem problem;
    private final Solution plan;
    private final List<Violation> out;

    FeasibilityCheck(Problem problem, Solution plan, List<Violation> out) {
        this.problem = problem;
        this.plan = plan;
        this.out = out;
    }

    /** How far {@code lhs ≤ rhs} is broken, or 0 within tolerance. */
    static double excess(double lhs, double rhs) {
        double over = lhs - rhs;
        if (Double.isNaN(over)) return Double.POSITIVE_INFINITY;
        return over > ABS + REL * Math.max(Math.abs(lhs), Math.abs(rhs)) ? over : 0;
    }

    void run() {
        signs();
        blockedLanes();
        demand();
        capacity();
        inputs();
        builds();
        stockpiles();
    }

    String period(int t) {
        return problem.period(t).id();
    }

    private void add(String constraint, double amount, String message, String... entities) {
        out.add(new Violation(constraint, List.of(entities), amount, message));
    }

    // (6) Blocked lanes carry no flow: a plan file's flow along one is kept aside by the plan reader.
    private void blockedLanes() {
        for (Solution.BlockedFlow f : plan.blockedFlows) {
            if (Math.abs(f.quantity()) <= ABS) continue;
            String from = problem.site(f.from()).id();
            String to = f.toMarket() >= 0 ? problem.market(f.toMarket()).id() : problem.site(f.toSite()).id();
            add(Constraints.BLOCKED_LANE, Math.abs(f.quantity()), "flow of " + f.quantity() + " from " + from + " to "
                    + to + " in " + period(f.period()) + " goes along a blocked lane", from, to, period(f.period()));
        }
    }

    private void negative(double v, String what, String... entities) {
        if (!Double.isFinite(v) || v < -ABS) {
            add(Constraints.NEGATIVE, Double.isFinite(v) ? -v : Double.POSITIVE_INFINITY,
                    what + " is " + v + ", must be a finite number ≥ 0", entities);
        }
    }

    private void signs() {
        for (Arc a : problem.arcs()) {
            for (int t = 0; t < problem.periods().size(); t++) {
                double x = plan.flows[a.index()][t];
                if (x >= -ABS && Double.isFinite(x)) continue; // the common case, without building a message
                negative(x, "flow " + problem.site(a.from()).id() + " → " + problem.destinationId(a) + " in " + period(t),
                        problem.site(a.from()).id(), problem.destinationId(a), period(t));
            }
        }
        for (Demand d : problem.demands()) {
            double z = plan.shortages[d.index()];
            if (z < -ABS || !Double.isFinite(z)) negative(z, "shortage of " + demandName(d), demandEntities(d));
        }
        for (var o : problem.options()) {
            for (int t = 0; t < problem.periods().size(); t++) {
                int b = plan.builds[o.index()][t];
                if (b < 0) add(Constraints.NEGATIVE, -b, "builds of " + o.id() + " in " + period(t) + " are " + b,
                        problem.site(o.site()).id(), o.id(), period(t));
            }
        }
        for (Stockpile k : problem.stockpiles()) {
            negative(plan.stockpiles[k.index()], "stockpile level of " + stockpileName(k), stockpileEntities(k));
        }
    }

    String demandName(Demand d) {
        return problem.market(d.market()).id() + "/" + problem.product(d.product()).id() + " in " + period(d.period());
    }

    String[] demandEntities(Demand d) {
        return new String[] {problem.market(d.market()).id(), problem.product(d.product()).id(), period(d.period())};
    }

    private String stockpileName(Stockpile k) {
        return problem.market(k.market()).id() + "/" + problem.product(k.product()).id();
    }

    private String[] stockpileEntities(Stockpile k) {
        return new String[] {problem.market(k.market()).id(), problem.product(k.product()).id()};
    }

    // Σ_{s: p(s)=p} x[s,k,t] + z[k,p,t] = d[k,p,t]; flows to a (k,p,t) without demand have d = 0.
    private void demand() {
        int periods = problem.periods().size();
        double[] supplied = new double[problem.demands().size()];
        for (int k = 0; k < problem.markets().size(); k++) {
            for (int a : problem.arcsIntoMarket(k)) {
                int p = problem.arcProduct(a);
                for (int t = 0; t < periods; t++) {
                    double x = plan.flows[a][t];
                    int d = problem.demandIndex(k, p, t);
                    if (d >= 0) {
                        supplied[d] += x;
                    } else if (x > ABS) {
                        Site s = problem.site(problem.arc(a).from());
                        add(Constraints.DEMAND, x, "flow of " + x + " from " + s.id() + " to "
                                + problem.market(k).id() + "/" + problem.product(p).id() + " in " + period(t)
                                + ", which has no demand", problem.market(k).id(), problem.product(p).id(), period(t), s.id());
                    }
                }
            }
        }
        for (Demand d : problem.demands()) {
            double x = supplied[d.index()];
            double z = plan.shortages[d.index()];
            double gap = x + z - d.quantity();
            if (excess(x + z, d.quantity()) > 0) {
                add(Constraints.DEMAND, gap, "supply " + x + " plus shortage " + z + " exceeds demand "
                        + d.quantity() + " of " + demandName(d) + " by " + gap, demandEntities(d));
            } else if (excess(d.quantity(), x + z) > 0) {
                add(Constraints.DEMAND, -gap, "supply " + x + " plus shortage " + z + " falls short of demand "
                        + d.quantity() + " of " + demandName(d) + " by " + (-gap)
                        + " (unserved demand must be stated as shortage)", demandEntities(d));
            }
            if (!d.shortageAllowed() && excess(z, 0) > 0) {
                add(Constraints.SHORTAGE_NOT_ALLOWED, z, "shortage of " + z + " in " + demandName(d)
                        + ", which has no shortagePenalty and must be met in full", demandEntities(d));
            }
        }
    }

    // Σ_j x[s,j,t] ≤ cap0[s] + Σ_{o of s} cap[o]·Σ_{τ≤t} b[o,τ]
    private void capacity() {
        for (Site s : problem.sites()) {
            for (int t = 0; t < problem.periods().size(); t++) {
                double out = plan.output(problem, s.index(), t);
                double cap = capacity(s, t);
                double over = excess(out, cap);
                if (over > 0) {
                    add(Constraints.CAPACITY, over, s.id() + " ships " + out + " in " + period(t)
                            + " but has capacity " + cap + " (existing plus built)", s.id(), period(t));
                }
            }
        }
    }

    double capacity(Site s, int t) {
        double cap = s.capacity();
        for (int o : s.options()) cap += problem.option(o).capacity() * plan.builtBy(o, t);
        return cap;
    }

    // Σ_{s': p(s')=q} x[s',s,t] = perUnit[p(s),q] · Σ_j x[s,j,t]
    private void inputs() {
        int periods = problem.periods().size();
        for (Site s : problem.sites()) {
            Product p = problem.product(s.product());
            if (p.inputs().isEmpty() && problem.arcsIntoSite(s.index()).isEmpty()) continue;
            for (int t = 0; t < periods; t++) {
                double out = plan.output(problem, s.index(), t);
                double[] in = new double[problem.products().size()];
                for (int a : problem.arcsIntoSite(s.index())) in[problem.arcProduct(a)] += plan.flows[a][t];
                boolean[] needed = new boolean[in.length];
                for (Product.Input q : p.inputs()) {
                    needed[q.product()] = true;
                    double need = q.perUnit() * out;
                    double off = Math.max(excess(in[q.product()], need), excess(need, in[q.product()]));
                    if (off > 0) {
                        add(Constraints.INPUTS, off, s.id() + " receives " + in[q.product()] + " of "
                                + problem.product(q.product()).id() + " in " + period(t) + " but its output "
                                + out + " needs " + need, s.id(), problem.product(q.product()).id(), period(t));
                    }
                }
                for (int q = 0; q < in.length; q++) {
                    if (!needed[q] && excess(in[q], 0) > 0) {
                        add(Constraints.INPUTS, in[q], s.id() + " receives " + in[q] + " of "
                                + problem.product(q).id() + " in " + period(t) + ", which it does not use",
                                s.id(), problem.product(q).id(), period(t));
                    }
                }
            }
        }
    }

    // Σ_t b[o,t] ≤ maxBuilds[o]; b[o,t] = 0 before earliestPeriod
    private void builds() {
        for (var o : problem.options()) {
            int total = 0;
            String site = problem.site(o.site()).id();
            for (int t = 0; t < problem.periods().size(); t++) {
                int b = plan.builds[o.index()][t];
                total += Math.max(0, b);
                if (b > 0 && t < o.earliestPeriod()) {
                    add(Constraints.EARLIEST_PERIOD, b, b + " build(s) of " + o.id() + " in " + period(t)
                            + ", before its earliest period " + period(o.earliestPeriod()), site, o.id(), period(t));
                }
            }
            if (total > o.maxBuilds()) {
                add(Constraints.MAX_BUILDS, total - o.maxBuilds(), total + " builds of " + o.id()
                        + " but at most " + o.maxBuilds() + " allowed", site, o.id());
            }
        }
    }

    private void stockpiles() {
        for (Stockpile k : problem.stockpiles()) {
            double h = plan.stockpiles[k.index()];
            double over = excess(h, k.max());
            if (over > 0) {
                add(Constraints.STOCKPILE_MAX, over, "stockpile of " + stockpileName(k) + " is " + h
                        + ", above its max " + k.max(), stockpileEntities(k));
            }
        }
    }
}
