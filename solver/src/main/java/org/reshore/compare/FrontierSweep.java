package org.reshore.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Objective;
import org.reshore.model.Problem;

/**
 * Traces the cost–exposure frontier by the ε-constraint method (MODEL.md §3, {@code exposureCap}):
 * <ol>
 *   <li>least cost, lexicographic (cost, exposure) with exposureWeight 0 → E_max;</li>
 *   <li>least exposure, lexicographic (exposure, cost) → E_min;</li>
 *   <li>for N−2 caps ε evenly spaced strictly between E_max and E_min: least cost, then least
 *       exposure, subject to Exposure ≤ ε.</li>
 * </ol>
 * Lexicographic order at every point keeps a tie in cost from hiding a plan with less exposure.
 * The problem's own exposure cap and weight are set aside while sweeping; each plan is then judged
 * by the evaluator on the problem's own objective without its cap, so that "cost" is Cost plus the
 * scenario term exactly as the evaluator prices it. Dominated and duplicate points are dropped.
 */
public final class FrontierSweep {
    /**
     * How far the second criterion may loosen the first (relative): tighter than the default 1e-6,
     * which would let a point trade a millionth of its cost for a visible sliver of exposure.
     */
    static final double HOLD = 1e-9;

    private final PlanSolver solver;
    private final SolveOptions options;
    private final Evaluator evaluator;

    /** A sweep with an exact engine ({@code solver}), its options per solve, and the judge. */
    public FrontierSweep(PlanSolver solver, SolveOptions options, Evaluator evaluator) {
        this.solver = solver;
        this.options = options;
        this.evaluator = evaluator;
    }

    /** The frontier with at most {@code points} (≥ 2) plans. */
    public Frontier run(Problem problem, int points) {
        if (points < 2) throw new IllegalArgumentException("a frontier needs at least 2 points (its two ends)");
        Objective own = problem.objective();
        Problem judge = problem.withObjective(new Objective(own.exposureWeight(), own.scenarioWeight(), own.mode(),
                own.order(), own.tolerance(), Double.POSITIVE_INFINITY, own.unservedPenalty()));
        List<FrontierPoint> found = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        FrontierPoint cheapest = solve(problem, judge, "least cost", Objective.Criterion.COST,
                Double.POSITIVE_INFINITY, dropped);
        FrontierPoint safest = solve(problem, judge, "least exposure", Objective.Criterion.EXPOSURE,
                Double.POSITIVE_INFINITY, dropped);
        if (cheapest != null) found.add(cheapest);
        if (cheapest != null && safest != null) {
            double eMax = cheapest.exposure();
            double eMin = safest.exposure();
            for (int i = 1; i <= points - 2 && eMax - eMin > 1e-9 * Math.max(1, eMax); i++) {
                double cap = eMax - (eMax - eMin) * i / (points - 1);
                FrontierPoint p = solve(problem, judge, "exposure cap", Objective.Criterion.COST, cap, dropped);
                if (p != null) found.add(p);
            }
        }
        if (safest != null) found.add(safest);
        return new Frontier(problem.name(), problem.currency(), nonDominated(found, dropped), dropped);
    }

    private FrontierPoint solve(Problem problem, Problem judge, String kind, Objective.Criterion first, double cap,
                                List<String> dropped) {
        Objective own = problem.objective();
        List<Objective.Criterion> order = first == Objective.Criterion.COST
                ? List.of(Objective.Criterion.COST, Objective.Criterion.EXPOSURE)
                : List.of(Objective.Criterion.EXPOSURE, Objective.Criterion.COST);
        Problem variant = problem.withObjective(new Objective(0, own.scenarioWeight(), Objective.Mode.LEXICOGRAPHIC,
                order, HOLD, cap, own.unservedPenalty()));
        SolveResult r = solver.solve(variant, options, p -> { });
        if (r.solution() == null || r.status() == Status.INFEASIBLE || r.status() == Status.NO_SOLUTION) {
            dropped.add(String.format(Locale.ROOT, "%s%s: no plan (%s)", kind, capText(cap), r.status()));
            return null;
        }
        return new FrontierPoint(kind, cap, r.status(), r.solution(), evaluator.evaluate(judge, r.solution()));
    }

    private static String capText(double cap) {
        return Double.isInfinite(cap) ? "" : String.format(Locale.ROOT, " ε = %.6g", cap);
    }

    // A point is dominated when another costs no more and exposes no more, and less in one
    // (beyond the solvers' tolerance); of two equal points the first found is kept.
    static List<FrontierPoint> nonDominated(List<FrontierPoint> found, List<String> dropped) {
        List<FrontierPoint> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            FrontierPoint q = found.get(i);
            boolean drop = false;
            for (int j = 0; j < found.size() && !drop; j++) {
                if (i == j) continue;
                FrontierPoint p = found.get(j);
                boolean noWorse = p.cost() <= q.cost() + tol(q.cost()) && p.exposure() <= q.exposure() + tol(q.exposure());
                boolean better = p.cost() < q.cost() - tol(q.cost()) || p.exposure() < q.exposure() - tol(q.exposure());
                boolean same = noWorse && !better;
                if ((noWorse && better) || (same && j < i)) drop = true;
            }
            if (drop) {
                dropped.add(String.format(Locale.ROOT, "%s%s: dominated or repeated (cost %.6g, exposure %.6g)",
                        q.kind(), capText(q.cap()), q.cost(), q.exposure()));
            } else {
                kept.add(q);
            }
        }
        kept.sort(Comparator.comparingDouble(FrontierPoint::exposure).reversed());
        return kept;
    }

    private static double tol(double v) {
        return 1e-6 * Math.max(1, Math.abs(v));
    }
}
