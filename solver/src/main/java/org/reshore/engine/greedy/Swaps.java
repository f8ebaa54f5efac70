package org.reshore.engine.greedy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.reshore.model.Arc;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * Improves routing by exchanges: when site s1 serves market A and s2 serves B, but s1→B plus
 * s2→A is cheaper, the smaller of the two flows swaps destinations. Every site ships as much as
 * before and every market receives as much, so capacity, demand, inputs and production grants
 * stay as they were; demands covered by share policies, sites with a bill of materials and
 * plans under an exposure cap are left alone. This is the step that least-cost routing misses
 * when one cheap, safe source would save more in another market than where it went first.
 */
final class Swaps {
    private Swaps() {}

    /**
     * A copy of the plan with improving exchanges made, period by period, for as long as
     * {@code goOn} says so (checked before each pass; every exchange keeps the plan valid).
     */
    static Solution improve(Problem problem, Allocator allocator, Solution plan, BooleanSupplier goOn) {
        boolean[] covered = new boolean[problem.demands().size()];
        for (Policy p : problem.policies()) {
            if (p instanceof Policy.Share s) for (int d : s.demands()) covered[d] = true;
        }
        Solution out = plan.copy(problem);
        for (int t = 0; t < problem.periods().size(); t++) improve(problem, allocator.merits(t), out, t, covered, goOn);
        return out;
    }

    private static void improve(Problem problem, Merits m, Solution plan, int t, boolean[] covered, BooleanSupplier goOn) {
        List<Integer> flows = new ArrayList<>();
        boolean[] listed = new boolean[problem.arcs().size()];
        for (Arc a : problem.arcs()) {
            if (plan.flows[a.index()][t] > 0 && eligible(problem, a, t, covered)) {
                flows.add(a.index());
                listed[a.index()] = true;
            }
        }
        for (int pass = 0; pass < 20 && goOn.getAsBoolean(); pass++) {
            boolean changed = false;
            for (int i = 0; i < flows.size(); i++) {
                for (int j = i + 1; j < flows.size(); j++) {
                    int a1 = flows.get(i);
                    int a2 = flows.get(j);
                    double x1 = plan.flows[a1][t];
                    double x2 = plan.flows[a2][t];
                    if (x1 <= 0 || x2 <= 0) continue;
                    Arc r1 = problem.arc(a1);
                    Arc r2 = problem.arc(a2);
                    if (r1.from() == r2.from() || r1.toMarket() == r2.toMarket() || m.product[a1] != m.product[a2]) continue;
                    int b1 = problem.arcIndex(r1.from(), r2.toMarket(), -1);
                    int b2 = problem.arcIndex(r2.from(), r1.toMarket(), -1);
                    if (b1 < 0 || b2 < 0) continue;
                    double before = m.arc[a1] + m.arc[a2];
                    double gain = before - m.arc[b1] - m.arc[b2];
                    if (gain <= 1e-9 * Math.max(1, Math.abs(before))) continue;
                    double q = Math.min(x1, x2);
                    plan.flows[a1][t] -= q;
                    plan.flows[a2][t] -= q;
                    plan.flows[b1][t] += q;
                    plan.flows[b2][t] += q;
                    for (int b : new int[] {b1, b2}) {
                        if (!listed[b]) {
                            listed[b] = true;
                            flows.add(b);
                        }
                    }
                    changed = true;
                }
            }
            if (!changed) return;
        }
    }

    private static boolean eligible(Problem problem, Arc a, int t, boolean[] covered) {
        if (!a.servesMarket()) return false;
        if (!problem.product(problem.site(a.from()).product()).inputs().isEmpty()) return false;
        int d = problem.demandIndex(a.toMarket(), problem.site(a.from()).product(), t);
        return d >= 0 && !covered[d];
    }
}
