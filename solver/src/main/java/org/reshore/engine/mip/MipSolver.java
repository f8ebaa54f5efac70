package org.reshore.engine.mip;

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
import org.reshore.model.Objective;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * The exact engine: the whole of MODEL.md §3 as a mixed-integer program, solved by HiGHS (default)
 * or SCIP or CBC through OR-Tools. Parameter {@code backend} (in {@link SolveOptions#params()})
 * picks the solver. Reports OPTIMAL only when the solver proved the optimum within the gap.
 */
public final class MipSolver implements PlanSolver {
    /** Chosen by measurement on the OR-Library CFLP set (docs/decisions/mip.md). */
    public static final String DEFAULT_BACKEND = "highs";

    /** The whole strong formulation handed to the backend. */
    public static final String STRONG = "strong";
    /** Lagrangian bound, fixing, then the backend on what is left ({@link LagrangianMethod}). */
    public static final String LAGRANGIAN = "lagrangian";
    /** The strong formulation with each site's equally priced lanes merged ({@link AggregateMethod}). */
    public static final String AGGREGATE = "aggregate";
    /**
     * Under {@code auto}, a facility-location-shaped problem goes to the aggregate method where
     * merging takes at least half of its flows and at least this many
     * (docs/decisions/mip.md).
     */
    static final long AGGREGATE_FROM_MERGED = 10_000;
    /**
     * From this many flow variables on, a facility-location-shaped problem goes to the Lagrangian
     * method under {@code auto} even where its capacity cover does not bind: the strong
     * formulation's LP is then the wall (docs/decisions/mip.md).
     */
    static final long LAGRANGIAN_FROM_FLOWS = 200_000;

    private static long flowCount(Problem p) {
        return (long) p.arcs().size() * p.periods().size();
    }

    /**
     * The method for a problem: {@code requested} is auto, strong, lagrangian or aggregate. For a
     * problem of {@link FacilityForm}'s shape, auto takes the aggregate method where merging lanes
     * ({@link LaneAggregation}) takes at least half of its flows and at least
     * {@value #AGGREGATE_FROM_MERGED}; else the Lagrangian method where its capacity cover binds
     * or it is large; else, and for every other problem, the strong formulation
     * (docs/decisions/mip.md). Refuses (with the reason) a Lagrangian or aggregate request for a
     * problem not of that shape.
     */
    public static String method(Problem problem, String requested) {
        String why = FacilityForm.whyNot(problem);
        return switch (requested.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> why != null ? STRONG
                    : aggregates(problem) ? AGGREGATE
                    : FacilityForm.coverBinds(problem) || flowCount(problem) >= LAGRANGIAN_FROM_FLOWS ? LAGRANGIAN : STRONG;
            case STRONG -> STRONG;
            case AGGREGATE, LAGRANGIAN -> {
                String m = requested.toLowerCase(java.util.Locale.ROOT);
                if (why != null) {
                    throw new IllegalArgumentException("the " + m + " method needs a facility-location-shaped problem"
                            + " (one period; sites with at most one option shipping to markets; no policies, subsidies,"
                            + " stockpiles, scenarios or exposure cap), and " + problem.name() + " is not one: " + why
                            + "; use --method strong or auto");
                }
                yield m;
            }
            default -> throw new IllegalArgumentException("unknown method \"" + requested + "\" (known: auto, strong, lagrangian, aggregate)");
        };
    }

    private static boolean aggregates(Problem p) {
        LaneAggregation.Estimate e = LaneAggregation.estimate(p);
        return e.share() >= 0.5 && e.mergedArcs() >= AGGREGATE_FROM_MERGED;
    }

    /**
     * The Lagrangian method finds its own plans sooner than the greedy engine on the problems it
     * takes; the aggregate method hands its model to the backend without one.
     */
    @Override
    public boolean wantsWarmStart(Problem problem, SolveOptions options) {
        try {
            String method = method(problem, options.params().getOrDefault("method", "auto"));
            return !LAGRANGIAN.equals(method) && !AGGREGATE.equals(method);
        } catch (IllegalArgumentException e) {
            return false; // the solve itself will refuse the method
        }
    }

    @Override
    public String name() {
        return "mip";
    }

    @Override
    public SolveResult solve(Problem problem, SolveOptions options, Consumer<Progress> progress) {
        long start = System.nanoTime();
        String backend = options.params().getOrDefault("backend", DEFAULT_BACKEND);
        String method = method(problem, options.params().getOrDefault("method", "auto"));
        if (LAGRANGIAN.equals(method) || AGGREGATE.equals(method)) {
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("method", method);
            config.put("backend", backend);
            config.put("threads", options.threads());
            config.put("gap", options.gap());
            config.put("timeLimitSeconds", options.timeLimit().toMillis() / 1000.0);
            Map<String, Number> stats = new LinkedHashMap<>();
            return LAGRANGIAN.equals(method) ? new LagrangianMethod(problem, options, progress, start, config, stats).solve()
                    : new AggregateMethod(problem, options, progress, start, config, stats).solve();
        }
        boolean strong = !"false".equals(options.params().get("strong"));
        ReshoreModel rm = new ReshoreModel(problem, strong);
        LinearModel lm = rm.linear();
        LinExpr weighted = rm.weighted();
        double scale = Scaling.objectiveScale(weighted);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("method", STRONG);
        config.put("backend", backend);
        config.put("strong", strong);
        config.put("boundFrom", problem.objective().mode() == Objective.Mode.LEXICOGRAPHIC
                ? "none (the stages' bounds are of other objectives)"
                : backend + "'s branch and bound on the " + (strong ? "strong" : "weak") + " formulation");
        config.put("threads", options.threads());
        config.put("gap", options.gap());
        config.put("timeLimitSeconds", options.timeLimit().toMillis() / 1000.0);
        config.put("objectiveScale", scale);
        config.put("mode", problem.objective().mode().name().toLowerCase());
        Map<String, Number> stats = new LinkedHashMap<>();
        stats.put("variables", lm.numVars());
        stats.put("rows", lm.rows().size());

        try (OrToolsBackend be = new OrToolsBackend(lm, backend)) {
            be.stopOn(options.stop());
            boolean lexicographic = problem.objective().mode() == Objective.Mode.LEXICOGRAPHIC;
            WarmStart.Start ws = options.warmStart() == null ? null : WarmStart.judge(problem, options.warmStart());
            if (ws != null && be.takesHints()) WarmStart.hint(rm, options.warmStart(), be);
            stats.put("buildSeconds", seconds(start));
            OrToolsBackend.Outcome out;
            if (lexicographic) {
                out = lexicographic(rm, be, options, start, scale, progress);
            } else {
                be.setObjective(weighted, scale);
                if (ws != null && !be.takesHints()) be.setCutoff(ws.objective() + 1e-9 * Math.max(1, Math.abs(ws.objective())));
                out = be.solve(remainingMillis(options, start, 1), options.gap(), options.threads());
                // hint backends: only when they return nothing (stopped, or abandoned at the limit)
                if (ws != null && (be.takesHints() ? out.values() == null && out.status() != Status.INFEASIBLE
                        : out.values() == null
                        || Extraction.objective(rm, Extraction.solution(rm, out.values()), out.values()) > ws.objective())) {
                    // nothing better than the warm start within the cutoff: keep the warm start
                    stats.put("solveSeconds", seconds(start) - stats.get("buildSeconds").doubleValue());
                    return WarmStart.result(ws, out, start, config, stats, progress);
                }
            }
            double secs = seconds(start);
            stats.put("solveSeconds", secs - stats.get("buildSeconds").doubleValue());
            if (out.values() == null) {
                progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start), Double.NaN, Double.NaN));
                return new SolveResult(null, out.status(), Double.NaN, Double.NaN, Double.NaN, secs, config, stats);
            }
            Solution sol = Extraction.solution(rm, out.values());
            double objective = Extraction.objective(rm, sol, out.values());
            double bound = out.status() == Status.OPTIMAL && problem.objective().mode() == Objective.Mode.WEIGHTED
                    ? Math.min(objective, out.bound()) : out.bound();
            if (problem.objective().mode() == Objective.Mode.LEXICOGRAPHIC) bound = Double.NaN;
            double gap = Double.isNaN(bound) ? Double.NaN
                    : Math.max(0, objective - bound) / Math.max(1e-9, Math.abs(objective));
            progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start), objective, bound));
            return new SolveResult(sol, out.status(), objective, bound, gap, seconds(start), config, stats);
        }
    }

    /**
     * Why a problem has no feasible plan: an elastic copy of the model with slack on every policy,
     * budget, shortage cap, exposure cap and demand row, minimising the total relative slack; one
     * sentence per constraint that must give way, in planners' words. Empty when the problem is
     * feasible.
     */
    public List<String> diagnose(Problem problem) {
        return Diagnosis.diagnose(problem, DEFAULT_BACKEND);
    }

    // Lexicographic: minimise the first criterion, hold it within tolerance·max(1,|first*|), then
    // the second, hold it too, then the weighted formula breaks the remaining ties.
    private OrToolsBackend.Outcome lexicographic(ReshoreModel rm, OrToolsBackend be, SolveOptions options,
                                                 long start, double scale, Consumer<Progress> progress) {
        Objective obj = rm.p.objective();
        List<Objective.Criterion> order = obj.order().isEmpty()
                ? List.of(Objective.Criterion.COST, Objective.Criterion.EXPOSURE) : obj.order();
        int steps = order.size() + 1;
        OrToolsBackend.Outcome out = null;
        for (int i = 0; i < order.size(); i++) {
            LinExpr crit = order.get(i) == Objective.Criterion.COST ? rm.costCriterion() : rm.exposureCriterion();
            be.setObjective(crit, Scaling.objectiveScale(crit));
            OrToolsBackend.Outcome stage = be.solve(remainingMillis(options, start, steps - i), options.gap(), options.threads());
            if (stage.values() == null) return out != null && stage.status() == Status.INTERRUPTED ? stopped(out) : stage;
            out = stage;
            progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start), out.objective(), out.bound()));
            double held = crit.value(out.values());
            double tol = obj.tolerance() * Math.max(1, Math.abs(held));
            be.addRow(new LinearModel.Row("lexHold[" + order.get(i).name().toLowerCase() + "]",
                    Double.NEGATIVE_INFINITY, held + tol - crit.constant(), copyWithoutConstant(crit)));
        }
        be.setObjective(rm.weighted(), scale);
        OrToolsBackend.Outcome last = be.solve(remainingMillis(options, start, 1), options.gap(), options.threads());
        if (last.values() == null) return last.status() == Status.INTERRUPTED ? stopped(out) : out; // keep the last step's plan
        return last;
    }

    // stopped between stages: the last stage's plan is the best so far
    private static OrToolsBackend.Outcome stopped(OrToolsBackend.Outcome o) {
        return new OrToolsBackend.Outcome(Status.INTERRUPTED, o.values(), o.objective(), o.bound(), o.raw());
    }

    private static LinExpr copyWithoutConstant(LinExpr e) {
        return new LinExpr().addAll(e, 1).addConstant(-e.constant()).compact();
    }

    private static long remainingMillis(SolveOptions o, long start, int stepsLeft) {
        long left = o.timeLimit().toMillis() - (System.nanoTime() - start) / 1_000_000;
        return Math.max(1, left / Math.max(1, stepsLeft));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
