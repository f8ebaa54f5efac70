package org.reshore.engine.greedy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.reshore.model.Problem;

/**
 * The construction heuristic, also the warm start of the exact and local-search engines. It
 * routes demand greedily for a set of builds ({@link Allocator}), spends subsidies where they are
 * worth most ({@link Grants}), then adds the build the {@link BuildPlanner} rates best as long as
 * the evaluator agrees that the plan gets better (fewer unmet must-serve units first, then a lower
 * objective), drops builds that do not pay, keeps an exposure cap, and in robust mode sizes
 * stockpiles to the scenario shortages ({@link Search}). Deterministic: no randomness, every
 * order has an index tie-break (a time limit that cuts the run short is the one exception). The
 * objective it reports is the evaluator's.
 */
public final class GreedySolver implements PlanSolver {
    /** Above this many arc-periods, proposals are tried in batches and routing is least-cost only. */
    static final long LARGE = 200_000;

    private final RecourseSolver recourse;

    /** A greedy without recourse solver: in robust mode its objective is NaN (term not computed). */
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

    @Override
    public SolveResult solve(Problem problem, SolveOptions options, Consumer<Progress> progress) {
        long start = System.nanoTime();
        boolean large = problem.arcs().size() * (long) problem.periods().size() > LARGE;
        Allocator allocator = new Allocator(problem);
        BuildPlanner planner = new BuildPlanner(problem, allocator);
        Search search = new Search(problem, new Evaluator(recourse), allocator, large,
                start + options.timeLimit().toNanos(), options.stop());
        Scored best = search.attempt(new int[problem.options().size()][problem.periods().size()]);
        while (search.timeLeft()) {
            List<BuildPlanner.Proposal> proposals = planner.propose(best.plan(), best.eval());
            Scored winner = large ? search.batch(best, proposals) : search.single(best, proposals, 8);
            if (winner == null) break;
            best = winner;
            progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start), best.objective(), Double.NaN));
        }
        if (!large) best = search.swaps(search.dropBuilds(best));
        if (!best.eval().violations(Constraints.EXPOSURE_CAP).isEmpty()) best = search.underCap(best);
        if (recourse != null && problem.objective().robust()) best = search.stockpiles(best);

        Evaluation e = best.eval();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("engine", "greedy");
        config.put("mode", large ? "batch" : "single");
        Map<String, Number> stats = new LinkedHashMap<>();
        stats.put("evaluations", search.evaluations);
        stats.put("violations", e.violations().size());
        double seconds = (System.nanoTime() - start) / 1e9;
        Status status = !e.feasible() ? Status.NO_SOLUTION : search.stopped() ? Status.INTERRUPTED : Status.FEASIBLE;
        return new SolveResult(best.plan(), status, e.objective(), Double.NaN, Double.NaN, seconds, config, stats);
    }
}
