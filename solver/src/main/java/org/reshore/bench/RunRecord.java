package org.reshore.bench;

import java.util.List;
import java.util.Map;

/**
 * One run as results.json keeps it. {@code outcome} is the evaluator's word, not the engine's:
 * "ok" (a plan the evaluator finds feasible), "infeasible-plan" (the engine returned a plan the
 * evaluator rejects: a failed run whatever the engine said), "no-plan", "refused" (the engine will
 * not solve this problem with this configuration), "timeout" (its child JVM overran the limit and
 * was killed) or "error". Numbers unknown
 * are NaN (null in JSON). Times are seconds since the run started, warm start included.
 *
 * @param objective       the evaluator's objective of the final plan (NaN unless outcome is ok)
 * @param engineObjective the objective the engine reported
 * @param bound           the engine's best bound, NaN when it proves none
 * @param gap             the engine's relative gap to its bound
 * @param bestKnown       the problem's best-known value (see {@link ProblemSummary})
 * @param gapToBestKnown  (objective − bestKnown) / |bestKnown|
 * @param timeToFirst     first progress event with a plan (NaN if the run failed)
 * @param timeToTarget    first progress event within 1% of bestKnown
 * @param peakHeapMb      peak heap in use during the run, in the JVM that ran it (native solver memory not included)
 * @param peakRssMb       peak resident memory of that process during the run, native memory included (Linux)
 * @param trajectory      the progress events: [seconds, best, bound]
 */
public record RunRecord(String problem, String configuration, String engine, long seed, int repetition,
                        String outcome, String engineStatus, String message, double objective, double engineObjective,
                        double bound, double gap, double seconds, double bestKnown, double gapToBestKnown,
                        double timeToFirst, double timeToTarget, double peakHeapMb, double peakRssMb, Map<String, Number> statistics,
                        List<double[]> trajectory) {
    /** Within this relative distance of the best-known value a run has reached the target. */
    public static final double TARGET = 0.01;

    public RunRecord {
        statistics = Map.copyOf(statistics);
        trajectory = List.copyOf(trajectory);
    }

    public boolean ok() {
        return "ok".equals(outcome);
    }

    /** The same run measured against {@code best}: gap to it and time to come within 1% of it. */
    public RunRecord against(double best) {
        double g = ok() && Double.isFinite(best) ? (objective - best) / Math.max(1e-9, Math.abs(best)) : Double.NaN;
        double ttt = Double.NaN;
        if (ok() && Double.isFinite(best)) {
            double target = best + TARGET * Math.abs(best);
            for (double[] e : trajectory) {
                if (Double.isFinite(e[1]) && e[1] <= target + 1e-9 * Math.max(1, Math.abs(best))) {
                    ttt = e[0];
                    break;
                }
            }
        }
        return new RunRecord(problem, configuration, engine, seed, repetition, outcome, engineStatus, message,
                objective, engineObjective, bound, gap, seconds, best, g, timeToFirst, ttt, peakHeapMb, peakRssMb, statistics,
                trajectory);
    }
}
