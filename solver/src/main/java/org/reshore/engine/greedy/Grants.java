package org.reshore.engine.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reshore.model.CapacityOption;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.model.Subsidy;

/**
 * Spends subsidy programmes where a unit of money is worth the most: the earliest periods (highest
 * δ) first, within each programme's amount, each capex grant within maxShare of its builds' capex
 * and all grants together within that capex, each production grant within perUnit × years × output.
 */
final class Grants {
    private Grants() {}

    static void assign(Problem problem, Solution plan) {
        plan.capexGrants.clear();
        plan.productionGrants.clear();
        capex(problem, plan);
        production(problem, plan);
    }

    private static Comparator<int[]> byDiscountThen(Problem problem) {
        // int[] {subsidy, entity, period}
        return Comparator.<int[]>comparingDouble(c -> -problem.period(c[2]).discount())
                .thenComparingInt(c -> c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]);
    }

    private static void capex(Problem problem, Solution plan) {
        List<int[]> candidates = new ArrayList<>();
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() != Subsidy.Kind.CAPEX) continue;
            for (int o : u.eligibleOptions()) {
                for (int t = 0; t < problem.periods().size(); t++) {
                    if (plan.builds[o][t] > 0 && u.coversPeriod(t)) candidates.add(new int[] {u.index(), o, t});
                }
            }
        }
        candidates.sort(byDiscountThen(problem));
        double[] left = new double[problem.subsidies().size()];
        for (Subsidy u : problem.subsidies()) left[u.index()] = u.amount();
        double[][] granted = new double[problem.options().size()][problem.periods().size()];
        for (int[] c : candidates) {
            Subsidy u = problem.subsidies().get(c[0]);
            CapacityOption o = problem.option(c[1]);
            double capex = o.capex() * plan.builds[c[1]][c[2]];
            double g = Math.min(u.maxShare() * capex, Math.min(left[c[0]], capex - granted[c[1]][c[2]]));
            if (g <= 0) continue;
            left[c[0]] -= g;
            granted[c[1]][c[2]] += g;
            plan.capexGrants.add(new Solution.CapexGrant(c[0], c[1], c[2], g));
        }
    }

    private static void production(Problem problem, Solution plan) {
        List<int[]> candidates = new ArrayList<>();
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() != Subsidy.Kind.PRODUCTION) continue;
            for (int s : u.eligibleSites()) {
                for (int t = 0; t < problem.periods().size(); t++) {
                    if (u.coversPeriod(t) && plan.output(problem, s, t) > 0) candidates.add(new int[] {u.index(), s, t});
                }
            }
        }
        candidates.sort(byDiscountThen(problem));
        double[] left = new double[problem.subsidies().size()];
        for (Subsidy u : problem.subsidies()) left[u.index()] = u.amount();
        for (int[] c : candidates) {
            Subsidy u = problem.subsidies().get(c[0]);
            double w = Math.min(u.perUnit() * problem.period(c[2]).years() * plan.output(problem, c[1], c[2]), left[c[0]]);
            if (w <= 0) continue;
            left[c[0]] -= w;
            plan.productionGrants.add(new Solution.ProductionGrant(c[0], c[1], c[2], w));
        }
    }

    /** Discounted value the capex programmes could still pay towards one more build of o in t. */
    static double capexValue(Problem problem, Solution plan, int option, int period) {
        double[] paid = new double[problem.subsidies().size()];
        for (Solution.CapexGrant g : plan.capexGrants) paid[g.subsidy()] += g.amount();
        CapacityOption o = problem.option(option);
        double value = 0;
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() == Subsidy.Kind.CAPEX && u.coversPeriod(period) && u.eligibleOptions().contains(option)) {
                value += Math.min(u.maxShare() * o.capex(), Math.max(0, u.amount() - paid[u.index()]));
            }
        }
        return problem.period(period).discount() * Math.min(value, o.capex());
    }
}
