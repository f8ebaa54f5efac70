package org.reshore.engine.search;

import org.reshore.model.Arc;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Period;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * The weighted objective of MODEL.md §3 of a deterministic plan (no stockpile, no scenario term),
 * computed from the plan's own numbers so that it is what the evaluator computes on the same plan.
 */
final class PlanObjective {
    private PlanObjective() {
    }

    static double of(Problem problem, Solution plan) {
        double cost = 0;
        double exposure = 0;
        for (Period p : problem.periods()) {
            int t = p.index();
            double yearly = 0;
            for (Arc a : problem.arcs()) {
                double x = plan.flows[a.index()][t];
                yearly += a.unitCost() * x;
                exposure += p.years() * problem.exposureRate(a.index()) * x;
            }
            for (CapacityOption o : problem.options()) {
                yearly += o.fixedCost() * plan.builtBy(o.index(), t);
                cost += p.discount() * o.capex() * plan.builds[o.index()][t];
            }
            for (Demand d : problem.demands()) {
                if (d.period() == t && d.shortageAllowed()) yearly += d.shortagePenalty() * plan.shortages[d.index()];
            }
            cost += p.discount() * p.years() * yearly;
        }
        for (Solution.CapexGrant g : plan.capexGrants) cost -= problem.period(g.period()).discount() * g.amount();
        for (Solution.ProductionGrant w : plan.productionGrants) cost -= problem.period(w.period()).discount() * w.amount();
        return cost + problem.objective().exposureWeight() * exposure;
    }
}
