package org.reshore.engine.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.Progress;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.StopSignal;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.engine.search.domain.BuildModule;
import org.reshore.engine.search.domain.BuildPlan;
import org.reshore.engine.search.flow.FlowLp;
import org.reshore.engine.search.score.BuildConfiguration;
import org.reshore.engine.search.score.BuildConstraints;
import org.reshore.model.Objective;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * The local-search engine ("search"): OptaPlanner searches the builds (open, close, shift, swap
 * capacity), each build configuration priced by its best flows; then, with the best builds
 * fixed, an LP re-optimises flows, shortages and subsidies, so the plan returned is optimal for
 * its builds. No optimality proof for the builds: the status is FEASIBLE (OPTIMAL when there is
 * nothing to build). Deterministic objective only: robust and lexicographic modes are refused.
 *
 * <p>Parameters: {@code config} = path of a reshore search JSON (see {@link SearchConfig}) or of
 * an OptaPlanner solver XML; {@code start} = greedy (default) or all (see startingPlan). The seed makes runs reproducible under a step-based termination.
 */
public final class SearchSolver implements PlanSolver {
    /** Share of the time left after the start kept for the finishing LP. */
    private static final double RESERVE = 0.05;
    /** Kept besides, for the mapping back and for timer slack. */
    private static final long MARGIN_MILLIS = 250;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public SolveResult solve(Problem problem, SolveOptions options, Consumer<Progress> progress) {
        long start = System.nanoTime();
        refuseUnsupported(problem);
        SearchContext context = new SearchContext(problem);
        // Built before the search (when needed at all): it loads the natives, and at scale takes
        // seconds, which count against the time limit before the search takes its share of it.
        FlowLp finisher = Finisher.searchIsExact(problem, context) ? null : new FlowLp(problem, true);
        try {
            Map<String, Object> config = new LinkedHashMap<>();
            List<BuildModule> modules = SearchMapping.modules(context, startingPlan(problem, options, start, config));
            Map<String, Number> statistics = new LinkedHashMap<>();
            config.put("flowModel", context.flowModel());
            config.put("seed", options.seed());
            statistics.put("modules", modules.size());
            boolean searched = !modules.isEmpty();
            if (searched) {
                // One exact pricing of the start, timed: the finishing phase's reserve is scaled from it.
                context.operations(new BuildConfiguration(context, SearchMapping.builds(problem, modules)));
                statistics.put("startPricingSeconds", context.slowestSolveSeconds());
            }
            int[] builds = !searched ? new int[problem.options().size() * problem.periods().size()]
                    : options.stop().requested() ? SearchMapping.builds(problem, modules)
                    : search(context, modules, options, start, progress, config, statistics);
            long deadline = start + options.timeLimit().toNanos();
            SolveResult result = finish(problem, new Finisher(finisher, context), builds, searched, start, deadline,
                    options.stop(), progress, config, statistics);
            if (!options.stop().requested() || result.solution() == null) return result;
            return new SolveResult(result.solution(), Status.INTERRUPTED, result.objective(), result.bound(), result.gap(),
                    result.seconds(), result.config(), result.statistics());
        } finally {
            if (finisher != null) finisher.release();
            context.release();
        }
    }

    /**
     * Where the search starts: the caller's warm start; else (params "start": "greedy", the
     * default) the greedy engine's plan, which respects budgets and policies the way a planner
     * would start; or ("start": "all") every module built at its earliest period. From "all",
     * a tightly budgeted problem (allied-2030) spent its whole time getting back under the budget.
     */
    private static Solution startingPlan(Problem problem, SolveOptions options, long start, Map<String, Object> config) {
        if (options.warmStart() != null) {
            config.put("start", "warm start");
            return options.warmStart();
        }
        String how = options.params().getOrDefault("start", "greedy");
        config.put("start", how);
        if (how.equals("all")) return null;
        if (!how.equals("greedy")) {
            throw new IllegalArgumentException("search engine: parameter start is \"" + how + "\" (known: greedy, all)");
        }
        long left = options.timeLimit().toMillis() - (System.nanoTime() - start) / 1_000_000;
        SolveOptions greedy = new SolveOptions(Duration.ofMillis(Math.max(1, left / 4)), options.seed(), 1, options.gap(),
                Map.of(), null, options.stop());
        SolveResult plan = new GreedySolver().solve(problem, greedy, p -> { });
        if (plan.solution() == null) config.put("start", "all (greedy found no plan)");
        return plan.solution();
    }

    private int[] search(SearchContext context, List<BuildModule> modules, SolveOptions options, long start,
                         Consumer<Progress> progress, Map<String, Object> config, Map<String, Number> statistics) {
        SolverConfig solverConfig = solverConfig(options, context, start, config);
        Solver<BuildPlan> solver = SolverFactory.<BuildPlan>create(solverConfig).buildSolver();
        solver.addEventListener(event -> {
            context.rememberBest(event.getNewBestSolution().getModules().stream()
                    .mapToInt(m -> m.getBuiltFrom() == null ? BuildModule.NEVER : m.getBuiltFrom()).toArray());
            HardSoftLongScore score = event.getNewBestSolution().getScore();
            if (score.hardScore() == 0) {
                progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start),
                        -score.softScore() / context.scale(), Double.NaN));
            }
        });
        long searchStart = System.nanoTime();
        BuildPlan best;
        // terminateEarly() before solve() is forgotten (solve resets it): the listener repeats it
        // at the start of each phase and after each step
        ((DefaultSolver<BuildPlan>) solver).addPhaseLifecycleListener(new StopListener(options.stop(), solver));
        try (StopSignal.Registration r = options.stop().onRequest(solver::terminateEarly)) {
            best = solver.solve(new BuildPlan(modules));
        }
        double searchSeconds = (System.nanoTime() - searchStart) / 1e9;
        var scope = ((DefaultSolver<BuildPlan>) solver).getSolverScope();
        statistics.put("searchSeconds", searchSeconds);
        statistics.put("scoreCalculations", scope.getScoreCalculationCount());
        statistics.put("scoreCalculationsPerSecond", scope.getScoreCalculationCount() / Math.max(1e-9, searchSeconds));
        statistics.put("flowSolves", context.flowSolves());
        statistics.put("flowFailures", context.flowFailures());
        statistics.put("bestHardScore", best.getScore().hardScore());
        return SearchMapping.builds(context.problem(), best.getModules());
    }

    // The time left for the finishing LP: up to the deadline, less one more pricing by the search's
    // flow model (the fallback when the LP runs out of time) and the margin.
    static long lpMillis(long deadline, long now, double slowestSolveSeconds) {
        return (deadline - now) / 1_000_000 - Math.round(slowestSolveSeconds * 1000) - MARGIN_MILLIS;
    }

    // With the builds fixed, the LP gives the best flows, shortages and grants: the plan returned
    // (or, out of time, the search's own flows: see Finisher).
    private static SolveResult finish(Problem problem, Finisher finisher, int[] builds, boolean searched, long start, long deadline,
                                      StopSignal stop, Consumer<Progress> progress, Map<String, Object> config,
                                      Map<String, Number> statistics) {
        long began = System.nanoTime();
        // stopped: no finishing LP, the plan comes at once from the search's own flows
        long lpMillis = stop.requested() ? 0 : lpMillis(deadline, began, finisher.slowestSolveSeconds());
        Finisher.Finished finished = finisher.finish(builds, lpMillis);
        config.put("finish", finished.path());
        statistics.put("finishLpMillis", Math.max(0, lpMillis));
        statistics.put("finishSeconds", (System.nanoTime() - began) / 1e9);
        statistics.put("violation", finished.violation());
        if (finished.violation() > 1e-6) {
            double seconds = (System.nanoTime() - start) / 1e9;
            return new SolveResult(null, Status.NO_SOLUTION, Double.NaN, Double.NaN, Double.NaN, seconds, config, statistics);
        }
        Solution plan = finished.plan();
        double objective = PlanObjective.of(problem, plan);
        progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start), objective, Double.NaN));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!searched) return new SolveResult(plan, Status.OPTIMAL, objective, objective, 0.0, seconds, config, statistics);
        return new SolveResult(plan, Status.FEASIBLE, objective, Double.NaN, Double.NaN, seconds, config, statistics);
    }

    private static void refuseUnsupported(Problem problem) {
        Objective objective = problem.objective();
        if (objective.robust()) {
            throw new UnsupportedObjectiveException("problem " + problem.name() + ": objective.scenarioWeight is "
                    + objective.scenarioWeight() + " (robust mode); the search engine optimises the deterministic "
                    + "objective only and will not drop the scenario term silently. Use the mip engine, or set "
                    + "scenarioWeight to 0 to stress-test the plan instead.");
        }
        if (objective.mode() == Objective.Mode.LEXICOGRAPHIC) {
            throw new UnsupportedObjectiveException("problem " + problem.name() + ": objective.mode lexicographic is not "
                    + "supported by the search engine; use the mip engine, or mode weighted with an exposureCap.");
        }
    }

    private static SolverConfig solverConfig(SolveOptions options, SearchContext context, long start, Map<String, Object> described) {
        String path = options.params().get("config");
        SolverConfig config;
        if (path != null && path.endsWith(".xml")) {
            config = SolverConfig.createFromXmlFile(Path.of(path).toFile(), SearchSolver.class.getClassLoader());
            described.put("config", Path.of(path).getFileName().toString());
        } else {
            SearchConfig search;
            try {
                search = path == null ? SearchConfig.defaults() : SearchConfig.read(Path.of(path));
            } catch (IOException e) {
                throw new IllegalArgumentException("search configuration " + path + ": " + e.getMessage(), e);
            }
            described.put("config", path == null ? "tabu-restarts.json (default)" : Path.of(path).getFileName().toString());
            described.putAll(search.describe());
            config = search.toSolverConfig(context.scale(), context.problem().options().stream().mapToInt(o -> o.maxBuilds()).sum(), options.seed());
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        long limit = options.timeLimit().toMillis();
        // The finishing phase's reserve: a share of the time left for the LP, plus twice the slowest
        // exact pricing measured so far (the search may overrun by one pricing it is in the middle
        // of; the fallback re-prices the best builds once), plus the margin.
        long left = limit - elapsedMillis;
        long reserve = Math.round(left * RESERVE + 2000 * context.slowestSolveSeconds()) + MARGIN_MILLIS;
        long budget = Math.max(50, left - reserve);
        TerminationConfig termination = config.getTerminationConfig() == null ? new TerminationConfig() : config.getTerminationConfig();
        Long own = termination.getMillisecondsSpentLimit();
        termination.setSpentLimit(null);
        termination.withMillisecondsSpentLimit(own == null ? budget : Math.min(own, budget));
        return config.withTerminationConfig(termination)
                .withSolutionClass(BuildPlan.class)
                .withEntityClasses(BuildModule.class)
                .withConstraintProviderClass(BuildConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(options.seed());
    }
}
