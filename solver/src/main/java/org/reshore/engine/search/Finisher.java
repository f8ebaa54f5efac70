package org.reshore.engine.search;

import org.reshore.engine.search.flow.FlowLp;
import org.reshore.engine.search.flow.Operations;
import org.reshore.model.Solution;

/**
 * The finishing phase: with the best builds fixed, the exact LP re-optimises flows, shortages
 * and grants within the time that is left; when it cannot finish in that time, the plan is made
 * from the flows the search itself priced those builds with (for a pure transport problem these
 * are optimal for the builds; capex grants then come from the search's greedy allocation, which
 * is what the search's score counted). Either way the plan is never worse than the search's best.
 */
final class Finisher {
    /** What the finishing phase returns; {@code path} says which way the plan was made. */
    record Finished(Solution plan, double violation, String path) {}

    /** The plan came from the finishing LP. */
    static final String LP = "finishing LP";
    /** The LP did not finish in time (or had no time): the search's own flows. */
    static final String SEARCH_FLOWS = "search flows (finishing LP out of time)";

    /** Below this, the LP is not even started: loading the builds into it costs more. */
    static final long MIN_LP_MILLIS = 20;

    private final FlowLp lp;
    private final SearchContext context;

    Finisher(FlowLp lp, SearchContext context) {
        this.lp = lp;
        this.context = context;
    }

    double slowestSolveSeconds() {
        return context.slowestSolveSeconds();
    }

    /** Finishes the builds, giving the LP at most {@code lpMillis}. */
    Finished finish(int[] builds, long lpMillis) {
        if (lpMillis >= MIN_LP_MILLIS) {
            Operations exact = lp.evaluateWithin(builds, lpMillis);
            if (exact != null && exact.violation() < FlowLp.FAILED) return new Finished(lp.plan(builds), exact.violation(), LP);
        }
        Operations priced = context.evaluator().evaluate(builds);
        Solution plan = context.evaluator().plan(builds);
        double violation = priced.violation() + context.grants().allocate(builds, plan).budgetExcess();
        return new Finished(plan, violation, SEARCH_FLOWS);
    }
}
