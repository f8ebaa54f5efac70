package org.reshore.engine.greedy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reshore.engine.StopSignal;
import org.reshore.evaluate.Constraints;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.model.Stockpile;

/**
 * The steps of one greedy run on one problem: route a set of builds and judge it, add proposed
 * builds, drop builds that do not pay, keep the exposure cap, size stockpiles. Every plan is
 * judged by the evaluator; {@link #evaluations} counts how often.
 */
final class Search {
    private final Problem problem;
    private final Evaluator evaluator;
    private final Allocator allocator;
    private final boolean large;
    private final long deadline;
    private final StopSignal stop;
    int evaluations;

    Search(Problem problem, Evaluator evaluator, Allocator allocator, boolean large, long deadline, StopSignal stop) {
        this.problem = problem;
        this.evaluator = evaluator;
        this.allocator = allocator;
        this.large = large;
        this.deadline = deadline;
        this.stop = stop;
    }

    /** Whether another step may start: the deadline is ahead and nobody asked to stop. */
    boolean timeLeft() {
        return System.nanoTime() - deadline < 0 && !stop.requested();
    }

    /** Whether the planner asked to stop. */
    boolean stopped() {
        return stop.requested();
    }

    Scored score(Solution plan) {
        evaluations++;
        return Scored.of(evaluator.evaluate(problem, plan), plan);
    }

    private Scored route(Allocator with, int[][] builds, boolean global, double cap) {
        Solution plan = with.allocate(builds, global, cap);
        Grants.assign(problem, plan);
        return score(plan);
    }

    /**
     * The plan for these builds: least-cost routing, and on small problems also demand-by-demand
     * routing (which protects must-serve demand when capacity is short), whichever is better.
     */
    Scored attempt(int[][] builds) {
        return attempt(allocator, builds, Double.POSITIVE_INFINITY);
    }

    private Scored attempt(Allocator with, int[][] builds, double cap) {
        Scored global = route(with, builds, true, cap);
        if (large) return global;
        Scored ordered = route(with, builds, false, cap);
        return ordered.betterThan(global) ? ordered : global;
    }

    /** Small problems: tries the best few proposals one at a time; the best improvement or null. */
    Scored single(Scored best, List<BuildPlanner.Proposal> proposals, int tries) {
        Scored winner = null;
        for (int i = 0; i < Math.min(tries, proposals.size()) && timeLeft(); i++) {
            BuildPlanner.Proposal p = proposals.get(i);
            int[][] builds = copy(best.plan().builds);
            builds[p.option()][p.period()]++;
            Scored s = attempt(builds);
            if (s.betterThan(best) && s.betterThan(winner)) winner = s;
        }
        return winner;
    }

    /**
     * Large problems: adds the best half of the proposals (one per option) at once, halving the
     * batch until the evaluator agrees that the plan improves; null when not even one does.
     */
    Scored batch(Scored best, List<BuildPlanner.Proposal> proposals) {
        List<BuildPlanner.Proposal> distinct = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (BuildPlanner.Proposal p : proposals) if (seen.add(p.option())) distinct.add(p);
        if (distinct.isEmpty()) return null; // nothing left to propose: the build loop is done
        for (int n = Math.max(1, distinct.size() / 2); n >= 1 && timeLeft(); n /= 2) {
            int[][] builds = copy(best.plan().builds);
            for (int i = 0; i < n; i++) builds[distinct.get(i).option()][distinct.get(i).period()]++;
            Scored s = attempt(builds);
            if (s.betterThan(best)) return s;
        }
        return null;
    }

    /** Routing exchanges ({@link Swaps}) on the final builds, kept if the evaluator agrees. */
    Scored swaps(Scored best) {
        if (!timeLeft()) return best;
        Scored s = score(Swaps.improve(problem, allocator, best.plan(), this::timeLeft));
        return s.betterThan(best) ? s : best;
    }

    /** Removes single builds (latest first) while that makes the plan better. */
    Scored dropBuilds(Scored best) {
        boolean improved = true;
        while (improved && timeLeft()) {
            improved = false;
            for (int o = 0; o < problem.options().size() && !improved && timeLeft(); o++) {
                for (int t = problem.periods().size() - 1; t >= 0 && !improved && timeLeft(); t--) {
                    if (best.plan().builds[o][t] == 0) continue;
                    int[][] builds = copy(best.plan().builds);
                    builds[o][t]--;
                    Scored s = attempt(builds);
                    if (s.betterThan(best)) {
                        best = s;
                        improved = true;
                    }
                }
            }
        }
        return best;
    }

    /**
     * exposureCap: re-routes the chosen builds taking no flow that would lift exposure above the
     * cap (cheapest first, so the early periods and cheap sources use the allowance), with
     * exposure priced ever higher (×4 a step from the objective's weight) until the plan keeps
     * under the cap; the first such price wins. Builds are not revisited.
     */
    Scored underCap(Scored best) {
        double cap = problem.objective().exposureCap();
        double price = problem.objective().exposureWeight();
        for (int step = 0; step < 40 && timeLeft(); step++) {
            Scored s = attempt(new Allocator(problem, price), best.plan().builds, cap);
            if (s.eval().violations(Constraints.EXPOSURE_CAP).isEmpty()) return s.betterThan(best) ? s : best;
            price = Math.max(4 * price, 1e-6);
        }
        return best;
    }

    /** Robust mode: stock what each scenario leaves short (yearly shortage × years), if it pays. */
    Scored stockpiles(Scored best) {
        for (int round = 0; round < 2; round++) {
            for (Stockpile k : problem.stockpiles()) {
                if (!timeLeft()) return best;
                String key = problem.market(k.market()).id() + "/" + problem.product(k.product()).id();
                double need = 0;
                for (var st : best.eval().stress()) {
                    need = Math.max(need, st.shortages().getOrDefault(key, 0.0) * st.years());
                }
                double level = Math.min(k.max(), best.plan().stockpiles[k.index()] + need);
                if (need <= 0 || level <= best.plan().stockpiles[k.index()]) continue;
                Solution plan = best.plan().copy(problem);
                plan.stockpiles[k.index()] = level;
                Scored s = score(plan);
                if (s.betterThan(best)) best = s;
            }
        }
        return best;
    }

    static int[][] copy(int[][] builds) {
        int[][] out = new int[builds.length][];
        for (int i = 0; i < builds.length; i++) out[i] = builds[i].clone();
        return out;
    }
}
