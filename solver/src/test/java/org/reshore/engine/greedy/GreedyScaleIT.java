package org.reshore.engine.greedy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.testing.ProblemBuilder;

/** The greedy on 2,000 sites × 500 markets × 3 periods (1M arcs): feasible, deterministic, within seconds. */
class GreedyScaleIT {
    /** Long enough never to cut the greedy short, so that the two runs must agree (determinism). */
    private static final SolveOptions LONG = new SolveOptions(java.time.Duration.ofMinutes(10), 0, 1, 1e-6,
            java.util.Map.of(), null);

    static Problem large() {
        Random rnd = new Random(42);
        ProblemBuilder b = new ProblemBuilder("scale").discountRate(0.05).period("p1", 3).period("p2", 3).period("p3", 4);
        for (int e = 0; e < 500; e++) b.economy("E" + e, rnd.nextDouble(), e % 10 == 0 ? "adversary" : "other");
        b.product("w", 1);
        for (int s = 0; s < 2000; s++) {
            b.site("s" + s, "E" + (s % 500), "w", 50 + rnd.nextInt(100), 5 + rnd.nextInt(20));
            if (s % 10 == 0) b.option("o" + s, "s" + s, 100, 2000 + rnd.nextInt(3000), 10, s % 20 == 0 ? "p2" : null, 2);
        }
        for (int k = 0; k < 500; k++) {
            for (String t : new String[] {"p1", "p2", "p3"}) {
                b.demand("E" + k, "w", t, 100 + rnd.nextInt(200) + (t.equals("p3") ? 200 : 0), 200);
            }
        }
        for (int e = 0; e < 500; e += 7) b.lane("E" + e, "E" + ((e + 1) % 500), 1, 0.1, Double.NaN, false);
        return b.objective(2, 0, Double.POSITIVE_INFINITY).build();
    }

    @Test
    void largeProblemWithinSeconds() {
        Problem p = large();
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = bean.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SolveResult r = new GreedySolver().solve(p, LONG, e -> { });
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (bean.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("greedy on %d arcs: %.2f s wall, %.2f s cpu, objective %.6g, %s evaluations, %d builds%n", p.arcs().size(),
                seconds, cpu, r.objective(), r.statistics().get("evaluations"),
                java.util.Arrays.stream(r.solution().builds).flatMapToInt(java.util.Arrays::stream).sum());
        assertEquals(Status.FEASIBLE, r.status());
        assertTrue(new Evaluator().evaluate(p, r.solution()).feasible());
        assertTrue(cpu < 30, "took " + cpu + " s of cpu");
        SolveResult again = new GreedySolver().solve(p, LONG, e -> { });
        assertEquals(r.objective(), again.objective(), 0);
    }
}
