package org.reshore.engine.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reshore.model.Arc;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * Proposes builds for the greedy: for each option and period it may still be built in, what one
 * more build would save over the remaining horizon (the units it displaces from dearer sources,
 * shortages and unmet must-serve or minShare demand, at most its capacity, where its site is
 * full) minus what it costs (capex net of the subsidies it can still get, fixed cost while built),
 * all discounted. Proposals are sorted best first; the caller accepts one only if the evaluator
 * agrees that the plan improves.
 */
final class BuildPlanner {
    /** Merit of a unit that must be served and is not: above any real cost, so such units go first. */
    static final double MUST = 1e15;

    record Proposal(int option, int period, double estimate) {}

    private final Problem problem;
    private final Allocator allocator;

    BuildPlanner(Problem problem, Allocator allocator) {
        this.problem = problem;
        this.allocator = allocator;
    }

    List<Proposal> propose(Solution plan) {
        List<Proposal> out = new ArrayList<>();
        int periods = problem.periods().size();
        for (CapacityOption o : problem.options()) {
            int built = plan.builtBy(o.index(), periods - 1);
            if (built >= o.maxBuilds()) continue;
            double[] perPeriod = new double[periods];
            for (int tau = 0; tau < periods; tau++) perPeriod[tau] = savings(plan, o, tau);
            for (int t = Math.max(0, o.earliestPeriod()); t < periods; t++) {
                double value = 0;
                double fixed = 0;
                for (int tau = t; tau < periods; tau++) {
                    value += problem.period(tau).years() * perPeriod[tau];
                    fixed += problem.period(tau).discount() * problem.period(tau).years() * o.fixedCost();
                }
                double cost = problem.period(t).discount() * o.capex() - Grants.capexValue(problem, plan, o.index(), t)
                        + fixed;
                if (value - cost > 0) out.add(new Proposal(o.index(), t, value - cost));
            }
        }
        out.sort(Comparator.comparingDouble(Proposal::estimate).reversed()
                .thenComparingInt(Proposal::option).thenComparingInt(Proposal::period));
        return out;
    }

    /** Yearly δ-weighted saving of one more build of o in period tau. */
    private double savings(Solution plan, CapacityOption o, int tau) {
        int s = o.site();
        if (allocator.spare(plan, s, tau) > 1e-9) return 0; // the site is not full: more capacity buys nothing
        Merits m = allocator.merits(tau);
        List<double[]> gains = new ArrayList<>(); // {gain per unit, units}
        for (int a : problem.arcsFrom(s)) {
            Arc arc = problem.arc(a);
            double own = m.arc[a];
            if (arc.servesMarket()) {
                int d = problem.demandIndex(arc.toMarket(), problem.site(s).product(), tau);
                if (d < 0) continue;
                Demand dem = problem.demand(d);
                for (int b : problem.arcsIntoMarket(arc.toMarket())) {
                    double x = plan.flows[b][tau];
                    if (x > 0 && problem.arcProduct(b) == dem.product() && m.arc[b] > own) {
                        gains.add(new double[] {m.arc[b] - own, x});
                    }
                }
                double z = plan.shortages[d];
                if (z > 0) {
                    double penalty = dem.shortageAllowed() ? problem.period(tau).discount() * dem.shortagePenalty() : MUST;
                    if (penalty > own) gains.add(new double[] {penalty - own, z});
                }
                double deficit = allocator.minShareDeficit(plan, d, s);
                if (deficit > 0) gains.add(new double[] {MUST, deficit});
            } else {
                for (int b : problem.arcsIntoSite(arc.toSite())) {
                    double x = plan.flows[b][tau];
                    if (x > 0 && problem.arcProduct(b) == problem.site(s).product() && m.arc[b] > own) {
                        gains.add(new double[] {m.arc[b] - own, x});
                    }
                }
            }
        }
        gains.sort(Comparator.comparingDouble((double[] g) -> -g[0]));
        double left = o.capacity();
        double saving = 0;
        for (double[] g : gains) {
            if (left <= 0) break;
            double u = Math.min(left, g[1]);
            saving += u * g[0];
            left -= u;
        }
        return saving;
    }
}
