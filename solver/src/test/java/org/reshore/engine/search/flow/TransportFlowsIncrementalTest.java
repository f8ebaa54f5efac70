package org.reshore.engine.search.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reshore.evaluate.Constraints;
import org.reshore.evaluate.CostBreakdown;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.evaluate.Violation;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * The transport model solved from its last flows, along random walks of build configurations
 * (modules opened, closed, moved between periods, several at once, now and then a jump to an
 * unrelated configuration or back to the same one), against the same model solved from scratch
 * at every call: same money and violation to 1e-9 relative, and plans the evaluator agrees with.
 */
class TransportFlowsIncrementalTest {
    private static final int STEPS = 150;

    @Test
    void incrementalEqualsScratchAlongRandomWalks() {
        for (long seed = 1; seed <= 12; seed++) walk(RandomTransport.problem(seed, 1, 9, 15), seed, 8, false);
    }

    /** Every call incremental, however many sites changed and whichever way is cheaper. */
    @Test
    void incrementalEqualsScratchWithoutFallback() {
        for (long seed = 21; seed <= 30; seed++) walk(RandomTransport.problem(seed, 1, 9, 15), seed, Integer.MAX_VALUE, false);
    }

    @Test
    void incrementalEqualsScratchWithSeveralProducts() {
        for (long seed = 31; seed <= 36; seed++) walk(RandomTransport.problem(seed, 3, 12, 14), seed, Integer.MAX_VALUE, false);
    }

    /** plan(builds) along the walk: feasible flows (or only must-meet shortage) at the priced cost, per the evaluator. */
    @Test
    void plansAlongTheWalkAgreeWithTheEvaluator() {
        for (long seed = 41; seed <= 44; seed++) walk(RandomTransport.problem(seed, 2, 10, 14), seed, Integer.MAX_VALUE, true);
    }

    @Test
    void theSameCallsGiveTheSameBits() {
        Problem problem = RandomTransport.problem(51, 1, 9, 15);
        TransportFlows a = new TransportFlows(problem);
        TransportFlows b = new TransportFlows(problem);
        Random r = new Random(51);
        int[] builds = new int[problem.options().size() * 2];
        for (int step = 0; step < STEPS; step++) {
            change(builds, r);
            Operations x = a.evaluate(builds);
            Operations y = b.evaluate(builds);
            assertEquals(Double.doubleToLongBits(x.cost()), Double.doubleToLongBits(y.cost()));
            assertEquals(Double.doubleToLongBits(x.violation()), Double.doubleToLongBits(y.violation()));
            if (step % 10 == 0) {
                Solution p = a.plan(builds);
                Solution q = b.plan(builds);
                for (int arc = 0; arc < p.flows.length; arc++) assertArrayEquals(p.flows[arc], q.flows[arc]);
                assertArrayEquals(p.shortages, q.shortages);
            }
        }
        assertTrue(a.solveCounts()[0] > a.solveCounts()[1], "mostly incremental");
    }

    private static void walk(Problem problem, long seed, int limit, boolean plans) {
        TransportFlows incremental = new TransportFlows(problem);
        incremental.incrementalLimit(limit);
        incremental.adaptive(limit == 8);
        TransportFlows scratch = new TransportFlows(problem);
        scratch.incrementalLimit(0);
        Random r = new Random(seed);
        int[] builds = new int[problem.options().size() * 2];
        int infeasible = 0;
        for (int step = 0; step < STEPS; step++) {
            change(builds, r);
            String where = "seed " + seed + " step " + step;
            Operations fresh = scratch.evaluate(builds);
            Operations kept = incremental.evaluate(builds);
            String broken = incremental.brokenCondition(1e-7);
            assertEquals(null, broken, where + ": kept flows not optimal");
            assertEquals(fresh.violation(), kept.violation(), 1e-9 * Math.max(1, fresh.violation()), where);
            assertEquals(fresh.cost(), kept.cost(), 1e-9 * Math.max(1, Math.abs(fresh.cost())), where);
            if (fresh.violation() > 1e-6) infeasible++;
            if (plans) checkPlan(problem, incremental.plan(builds), fresh, where);
        }
        long[] counts = incremental.solveCounts();
        // adaptive (limit 8): whichever way was cheaper on these small networks, so both occur
        long least = limit == 8 ? 10 : counts[1] + 1;
        assertTrue(counts[0] >= least, "seed " + seed + ": incremental " + counts[0] + ", scratch " + counts[1]);
        assertTrue(infeasible > 0 && infeasible < STEPS, "seed " + seed + ": both kinds of configuration, " + infeasible + " infeasible");
    }

    // The evaluator on the plan: no broken rule but must-meet shortage, as much of it as the
    // violation priced, and the flows' money (all but capex and fixed costs) as the cost priced.
    private static void checkPlan(Problem problem, Solution plan, Operations priced, String where) {
        Evaluation judged = new Evaluator().evaluate(problem, plan);
        double unmet = 0;
        for (Violation v : judged.violations()) {
            assertEquals(Constraints.SHORTAGE_NOT_ALLOWED, v.constraint(), () -> where + ": " + v.message());
            unmet += v.amount();
        }
        assertEquals(priced.violation(), unmet, 1e-6 * Math.max(1, priced.violation()), where);
        CostBreakdown c = judged.cost();
        double flows = c.production() + c.tariffs() + c.transport() + c.shortage() + c.exposure();
        assertEquals(priced.cost(), flows, 1e-6 * Math.max(1, Math.abs(priced.cost())), where);
    }

    // One step of the walk: usually one to three modules opened, closed or moved in time; now and
    // then the same configuration again, or a jump to an unrelated one.
    private static void change(int[] builds, Random r) {
        int roll = r.nextInt(20);
        if (roll == 0) return;
        if (roll == 1) {
            for (int k = 0; k < builds.length; k++) builds[k] = r.nextInt(3) == 0 ? 1 : 0;
            return;
        }
        int changes = 1 + r.nextInt(3);
        for (int c = 0; c < changes; c++) {
            int o = r.nextInt(builds.length / 2);
            int built = builds[2 * o] + builds[2 * o + 1];
            switch (r.nextInt(3)) {
                case 0 -> { if (built < 2) builds[2 * o + r.nextInt(2)]++; }                        // open
                case 1 -> { if (builds[2 * o + 1] > 0) builds[2 * o + 1]--; else if (builds[2 * o] > 0) builds[2 * o]--; } // close
                default -> { if (builds[2 * o] > 0) { builds[2 * o]--; builds[2 * o + 1]++; }       // later
                             else if (builds[2 * o + 1] > 0) { builds[2 * o + 1]--; builds[2 * o]++; } } // earlier
            }
        }
    }
}
