package org.reshore.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reshore.engine.search.flow.FlowLp;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;

class FinisherTest {
    @Test
    void noTimeLeftGivesTheSearchFlowsAndTheSamePlanValueAsTheLp() {
        Problem problem = RandomFacilities.instance(8, 30, 3);
        int[] builds = new int[problem.options().size() * problem.periods().size()];
        Arrays.fill(builds, 1); // every facility open: capacity is ample
        FlowLp lp = new FlowLp(problem, true);
        SearchContext context = new SearchContext(problem);
        try {
            Finisher finisher = new Finisher(lp, context);
            Finisher.Finished outOfTime = finisher.finish(builds, 0);
            Finisher.Finished exact = finisher.finish(builds, 60_000);
            assertEquals(Finisher.SEARCH_FLOWS, outOfTime.path());
            assertEquals(Finisher.LP, exact.path());
            Evaluation fallback = new Evaluator().evaluate(problem, outOfTime.plan());
            Evaluation optimal = new Evaluator().evaluate(problem, exact.plan());
            assertTrue(fallback.feasible(), () -> "violations: " + fallback.violations());
            assertTrue(optimal.feasible(), () -> "violations: " + optimal.violations());
            // transport flows are optimal for the builds: the same objective as the LP's plan
            assertEquals(optimal.objective(), fallback.objective(), 1e-7 * Math.abs(optimal.objective()));
        } finally {
            lp.release();
            context.release();
        }
    }

    @Test
    void belowTheMinimumTheLpIsNotStarted() {
        Problem problem = RandomFacilities.instance(5, 12, 11);
        int[] builds = new int[problem.options().size() * problem.periods().size()];
        Arrays.fill(builds, 1);
        FlowLp lp = new FlowLp(problem, true);
        SearchContext context = new SearchContext(problem);
        try {
            Finisher.Finished finished = new Finisher(lp, context).finish(builds, Finisher.MIN_LP_MILLIS - 1);
            assertEquals(Finisher.SEARCH_FLOWS, finished.path());
            assertTrue(new Evaluator().evaluate(problem, finished.plan()).feasible());
        } finally {
            lp.release();
            context.release();
        }
    }

    @Test
    void aPureTransportProblemIsFinishedWithoutTheLp() {
        Problem problem = RandomFacilities.instance(8, 30, 3);
        int[] builds = new int[problem.options().size() * problem.periods().size()];
        Arrays.fill(builds, 1);
        SearchContext context = new SearchContext(problem);
        FlowLp lp = new FlowLp(problem, true);
        try {
            assertTrue(Finisher.searchIsExact(problem, context));
            Finisher.Finished exact = new Finisher(null, context).finish(builds, 60_000);
            assertEquals(Finisher.EXACT, exact.path());
            Finisher.Finished byLp = new Finisher(lp, context).finish(builds, 60_000);
            assertEquals(new Evaluator().evaluate(problem, byLp.plan()).objective(),
                    new Evaluator().evaluate(problem, exact.plan()).objective(), 1e-7 * Math.abs(new Evaluator().evaluate(problem, byLp.plan()).objective()));
        } finally {
            lp.release();
            context.release();
        }
    }

    @Test
    void theLpGetsTheTimeToTheDeadlineLessOneMorePricingAndTheMargin() {
        long now = 5_000_000_000L;
        // 10 s to the deadline, slowest pricing 1.3 s, margin 250 ms: 8,450 ms for the LP
        assertEquals(8_450, SearchSolver.lpMillis(now + 10_000_000_000L, now, 1.3));
        // past the deadline: negative, so the LP is not started
        assertTrue(SearchSolver.lpMillis(now, now, 0.1) < Finisher.MIN_LP_MILLIS);
    }
}
