package org.reshore.engine.greedy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.Progress;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Constraints;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.evaluate.RecourseSolver;
import org.reshore.evaluate.Violation;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.model.Stockpile;

/**
 * The construction heuristic, also the warm start of the exact and local-search engines. It
 * routes demand greedily for a set of builds ({@link Allocator}), spends subsidies where they are
 * worth most ({@link Grants}), then adds the build the {@link BuildPlanner} rates best as long as
 * the evaluator agrees that the plan gets better (fewer unmet must-serve units first, then a lower
 * objective), drops builds that do not pay, and in robust mode sizes stockpiles to the scenario
 * shortages. Deterministic: no randomness, every order has an index tie-break. The objective it
 * reports is the evaluator's.
 */
public final class GreedySolver implements PlanSolver {
    /** Violations the greedy may leave while it searches: unmet demand it could not serve. */
    private static final Set<String> SOFT = Set.of(Constraints.SHORTAGE_NOT_ALLOWED, Constraints.MIN_SHARE,
            Constraints.MAX_SHORTAGE);

    private final RecourseSolver recourse;

    public GreedySolver() {
        this(null);
    }

    /** A greedy that prices disruption scenarios with {@code recourse} (needed in robust mode). */
    public GreedySolver(RecourseSolver recourse) {
        this.recourse = recourse;
    }

    @Override
    public String name() {
        return "greedy";
    }

    /** A plan and the evaluator's verdict, ordered: other violations, unmet units, objective. */
    private record Scored(Solution plan, Evaluation eval, int hard, double unmet, double objective) {
        boolean betterThan(Scored o) {
            if (o == null) return true;
            if (hard != o.hard) return hard < o.hard;
            double tol = 1e-6 * Math.max(1, Math.abs(o.unmet));
            if (Math.abs(unmet - o.unmet) > tol) return unmet < o.unmet;
            return objective < o.objective - 1e-9 * Math.max(1, Math.abs(o.objective));
        }
    }

    @Override
    public SolveResult solve(Problem problem, SolveOptions options, Consumer<Progress> progress) {
        long start = System.nanoTime();
        long deadline = start + options.timeLimit().toNanos();
        Evaluator evaluator = new Evaluator(recourse);
        Allocator allocator = new Allocator(problem);
        BuildPlanner planner = new BuildPlanner(problem, allocator);
        int[] evaluations = {0};
        java.util.function.Function<Solution, Scored> score = plan -> {
            evaluations[0]++;
            return score(evaluator.evaluate(problem, plan), plan);
        };
        int[][] none = new int[problem.options().size()][problem.periods().size()];
        Scored best = score.apply(withGrants(problem, allocator.allocate(none)));
        boolean large = problem.arcs().size() * (long) problem.periods().size() > 200_000;
        int tries = large ? 1 : 8;
        while (System.nanoTime() < deadline) {
            List<BuildPlanner.Proposal> proposals = planner.propose(best.plan());
            Scored winner = large ? batch(problem, allocator, score, best, proposals, deadline)
                    : single(problem, allocator, score, best, proposals, tries, deadline);
            if (winner == null) break;
            best = winner;
            progress.accept(new Progress(java.time.Duration.ofNanos(System.nanoTime() - start), best.objective(),
                    Double.NaN));
        }
        if (!large) best = dropBuilds(problem, allocator, score, best, deadline);
        if (recourse != null && problem.objective().robust()) best = stockpiles(problem, score, best);
        Evaluation e = best.eval();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("engine", "greedy");
        config.put("mode", large ? "batch" : "single");
        Map<String, Number> stats = new LinkedHashMap<>();
        stats.put("evaluations", evaluations[0]);
        stats.put("violations", e.violations().size());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new SolveResult(best.plan(), e.feasible() ? Status.FEASIBLE : Status.NO_SOLUTION, e.objective(),
                Double.NaN, Double.NaN, seconds, config, stats);
    }

    private static Scored score(Evaluation e, Solution plan) {
        int hard = 0;
        double unmet = 0;
        for (Violation v : e.violations()) {
            if (SOFT.contains(v.constraint())) unmet += v.amount();
            else hard++;
        }
        double objective = e.scenarioTerm() == Evaluation.ScenarioTerm.NOT_COMPUTED
                ? e.objectiveWithoutScenarios() : e.objective();
        return new Scored(plan, e, hard, unmet, objective);
    }

    private static Solution withGrants(Problem problem, Solution plan) {
        Grants.assign(problem, plan);
        return plan;
    }

    private static int[][] copy(int[][] builds) {
        int[][] out = new int[builds.length][];
        for (int i = 0; i < builds.length; i++) out[i] = builds[i].clone();
        return out;
    }

    /** Small problems: tries the best few proposals one at a time; returns the best improvement or null. */
    private static Scored single(Problem problem, Allocator allocator, java.util.function.Function<Solution, Scored> score,
                                 Scored best, List<BuildPlanner.Proposal> proposals, int tries, long deadline) {
        Scored winner = null;
        for (int i = 0; i < Math.min(tries, proposals.size()) && System.nanoTime() < deadline; i++) {
            BuildPlanner.Proposal p = proposals.get(i);
            int[][] builds = copy(best.plan().builds);
            builds[p.option()][p.period()]++;
            Scored s = score.apply(withGrants(problem, allocator.allocate(builds)));
            if (s.betterThan(best) && s.betterThan(winner)) winner = s;
        }
        return winner;
    }

    /**
     * Large problems: adds the best half of the proposals (one per option) at once, halving the
     * batch until the evaluator agrees that the plan improves; null when not even one does.
     */
    private static Scored batch(Problem problem, Allocator allocator, java.util.function.Function<Solution, Scored> score,
                                Scored best, List<BuildPlanner.Proposal> proposals, long deadline) {
        List<BuildPlanner.Proposal> distinct = new java.util.ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (BuildPlanner.Proposal p : proposals) if (seen.add(p.option())) distinct.add(p);
        for (int n = Math.max(1, distinct.size() / 2); n >= 1 && System.nanoTime() < deadline; n /= 2) {
            int[][] builds = copy(best.plan().builds);
            for (int i = 0; i < n; i++) builds[distinct.get(i).option()][distinct.get(i).period()]++;
            Scored s = score.apply(withGrants(problem, allocator.allocate(builds)));
            if (s.betterThan(best)) return s;
        }
        return null;
    }

    /** Removes single builds (latest first) while that makes the plan better. */
    private static Scored dropBuilds(Problem problem, Allocator allocator,
                                     java.util.function.Function<Solution, Scored> score, Scored best, long deadline) {
        boolean improved = true;
        while (improved && System.nanoTime() < deadline) {
            improved = false;
            for (int o = 0; o < problem.options().size() && !improved; o++) {
                for (int t = problem.periods().size() - 1; t >= 0 && !improved; t--) {
                    if (best.plan().builds[o][t] == 0) continue;
                    int[][] builds = copy(best.plan().builds);
                    builds[o][t]--;
                    Scored s = score.apply(withGrants(problem, allocator.allocate(builds)));
                    if (s.betterThan(best)) {
                        best = s;
                        improved = true;
                    }
                }
            }
        }
        return best;
    }

    /** Robust mode: stock what each scenario leaves short (yearly shortage × years), if it pays. */
    private static Scored stockpiles(Problem problem, java.util.function.Function<Solution, Scored> score, Scored best) {
        for (int round = 0; round < 2; round++) {
            for (Stockpile k : problem.stockpiles()) {
                String key = problem.market(k.market()).id() + "/" + problem.product(k.product()).id();
                double need = 0;
                for (var st : best.eval().stress()) {
                    need = Math.max(need, st.shortages().getOrDefault(key, 0.0) * st.years());
                }
                double level = Math.min(k.max(), best.plan().stockpiles[k.index()] + need);
                if (need <= 0 || level <= best.plan().stockpiles[k.index()]) continue;
                Solution plan = copyPlan(problem, best.plan());
                plan.stockpiles[k.index()] = level;
                Scored s = score.apply(plan);
                if (s.betterThan(best)) best = s;
            }
        }
        return best;
    }

    private static Solution copyPlan(Problem problem, Solution p) {
        Solution c = new Solution(problem);
        for (int i = 0; i < p.builds.length; i++) c.builds[i] = p.builds[i].clone();
        for (int i = 0; i < p.flows.length; i++) c.flows[i] = p.flows[i].clone();
        System.arraycopy(p.shortages, 0, c.shortages, 0, p.shortages.length);
        System.arraycopy(p.stockpiles, 0, c.stockpiles, 0, p.stockpiles.length);
        c.capexGrants.addAll(p.capexGrants);
        c.productionGrants.addAll(p.productionGrants);
        return c;
    }
}
