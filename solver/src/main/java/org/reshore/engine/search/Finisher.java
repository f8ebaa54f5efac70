package org.reshore.engine.search;

import org.reshore.engine.search.flow.FlowLp;
import org.reshore.engine.search.flow.Operations;
import org.reshore.engine.search.flow.TransportFlows;
import org.reshore.engine.search.score.BuildConfiguration;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.model.Subsidy;

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

    /**
     * No finishing LP at all: the search's flows are transport flows (optimal for the builds) and
     * there is at most one capex programme (the greedy grants are then optimal too), so the LP
     * could not improve the plan; at scale it would cost more time than the search.
     */
    static final String EXACT = "search flows (exact for pure transport with at most one capex programme; no LP)";

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

    /**
     * Whether the search's own pricing is already optimal for its builds, flows and grants alike:
     * then the finishing LP is not built (see {@link #EXACT}).
     */
    static boolean searchIsExact(Problem problem, SearchContext context) {
        if (!(context.evaluator() instanceof TransportFlows)) return false;
        return problem.subsidies().stream().filter(u -> u.kind() == Subsidy.Kind.CAPEX).count() <= 1;
    }

    /** Finishes the builds, giving the LP (if any) at most {@code lpMillis}. */
    Finished finish(int[] builds, long lpMillis) {
        if (lp != null && lpMillis >= MIN_LP_MILLIS) {
            Operations exact = lp.evaluateWithin(builds, lpMillis);
            if (exact != null && exact.violation() < FlowLp.FAILED) return new Finished(lp.plan(builds), exact.violation(), LP);
        }
        // The best builds were priced during the search: the cache has them (the LP model must
        // still solve them again, as its plan reads the last solve).
        Operations priced = context.operations(new BuildConfiguration(context, builds));
        if (!(context.evaluator() instanceof TransportFlows)) priced = context.evaluator().evaluate(builds);
        Solution plan = context.evaluator().plan(builds);
        double violation = priced.violation() + context.grants().allocate(builds, plan).budgetExcess();
        return new Finished(plan, violation, lp == null ? EXACT : SEARCH_FLOWS);
    }
}
