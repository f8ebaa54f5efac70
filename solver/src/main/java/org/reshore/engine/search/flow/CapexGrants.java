package org.reshore.engine.search.flow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reshore.model.CapacityOption;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.model.Subsidy;

/**
 * Capex subsidies and budgets during the search, by a fast greedy allocation: each programme in
 * turn pays its eligible builds, earliest period first (the largest discount factor), up to its
 * share of each build and its amount. For one programme this is optimal; with overlapping
 * programmes or budgets it is a feasible allocation, so the score never promises more than the
 * exact finishing LP (which re-optimises the grants) delivers.
 */
public final class CapexGrants {
    /** Discounted money the programmes pay, and money spent beyond each budget policy. */
    public record Allocation(double discountedGrants, double budgetExcess) {}

    private final Problem problem;
    private final int periods;

    public CapexGrants(Problem problem) {
        this.problem = problem;
        this.periods = problem.periods().size();
    }

    public Allocation allocate(int[] builds) {
        return allocate(builds, null);
    }

    /** The same allocation, with its grants added to the plan (when not null). */
    public Allocation allocate(int[] builds, Solution plan) {
        double[] granted = new double[builds.length];
        double discounted = 0;
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() != Subsidy.Kind.CAPEX) continue;
            List<int[]> eligible = new ArrayList<>();
            for (int o : u.eligibleOptions()) {
                for (int t = 0; t < periods; t++) {
                    if (builds[o * periods + t] > 0 && Coefficients.covers(u, t)) eligible.add(new int[] {o, t});
                }
            }
            eligible.sort(Comparator.<int[]>comparingInt(ot -> ot[1]).thenComparingInt(ot -> ot[0]));
            double left = u.amount();
            for (int[] ot : eligible) {
                if (left <= 0) break;
                int key = ot[0] * periods + ot[1];
                double capex = problem.option(ot[0]).capex() * builds[key];
                double pay = Math.min(left, Math.min(u.maxShare() * capex, capex - granted[key]));
                if (pay <= 0) continue;
                granted[key] += pay;
                if (plan != null) plan.capexGrants.add(new Solution.CapexGrant(u.index(), ot[0], ot[1], pay));
                left -= pay;
                discounted += problem.period(ot[1]).discount() * pay;
            }
        }
        double excess = 0;
        for (Policy policy : problem.policies()) {
            if (!(policy instanceof Policy.Budget budget)) continue;
            double spent = 0;
            for (int o : budget.options()) {
                CapacityOption option = problem.option(o);
                for (int t : budget.periods()) {
                    int key = o * periods + t;
                    spent += option.capex() * builds[key] - granted[key];
                }
            }
            excess += Math.max(0, spent - budget.amount());
        }
        return new Allocation(discounted, excess);
    }
}
