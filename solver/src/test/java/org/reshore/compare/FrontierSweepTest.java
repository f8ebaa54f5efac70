package org.reshore.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.mip.MipSolver;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;

/**
 * The frontier of tiny-exposure, by hand. o1 is always built (its net capex 700 beats any
 * shortage at 1000 a unit). With China capped at ε units (exposure ε, risk 1, criticality 1):
 * <ul>
 *   <li>ε ≥ 50: China ε at 13, the US 100 − ε at 15, no shortage: cost 700 + 15(100 − ε) + 13ε
 *       = 2200 − 2ε; least cost at ε = 80 (China's capacity): 2040;</li>
 *   <li>ε ≤ 50: the US 50, China ε, 50 − ε short at 1000: cost 700 + 750 + 13ε + 1000(50 − ε)
 *       = 51,450 − 987ε; least exposure at ε = 0: 51,450 (shortage carries no exposure).</li>
 * </ul>
 * Five points: ε = 80, 60, 40, 20, 0 → costs 2040, 2080, 11,970, 31,710, 51,450.
 */
class FrontierSweepTest {
    @Test
    void tinyExposureFrontierMatchesTheHandComputation() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        Frontier f = new FrontierSweep(new MipSolver(), SolveOptions.defaults(), new Evaluator()).run(p, 5);
        assertEquals(List.of(), f.dropped());
        double[] exposure = {80, 60, 40, 20, 0};
        double[] cost = {2040, 2080, 11970, 31710, 51450};
        assertEquals(5, f.points().size());
        for (int i = 0; i < 5; i++) {
            FrontierPoint pt = f.points().get(i);
            assertEquals(exposure[i], pt.exposure(), 1e-4, "exposure of point " + i);
            assertEquals(cost[i], pt.cost(), 1e-4, "cost of point " + i);
            assertEquals(1, pt.solution().builds[p.optionIndex("o1")][0], "o1 built at point " + i);
            // judged on the problem's own objective: the exposure price 3 per unit is in the objective
            assertEquals(cost[i] + 3 * exposure[i], pt.evaluation().objective(), 1e-3);
        }
        assertEquals("least cost", f.points().get(0).kind());
        assertEquals("least exposure", f.points().get(4).kind());
    }

    @Test
    void dominatedAndRepeatedPointsAreDropped() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        Evaluator ev = new Evaluator();
        FrontierPoint a = point(p, ev, 80, 20);  // cost 2040, exposure 80
        FrontierPoint b = point(p, ev, 60, 40);  // cost 2080, exposure 60
        FrontierPoint worse = point(p, ev, 80, 0); // 80 from China and 20 short: worse than a in cost
        FrontierPoint again = point(p, ev, 60, 40);
        List<String> dropped = new java.util.ArrayList<>();
        List<FrontierPoint> kept = FrontierSweep.nonDominated(List.of(a, worse, b, again), dropped);
        assertEquals(List.of(a, b), kept);
        assertEquals(2, dropped.size(), dropped.toString());
    }

    private static FrontierPoint point(Problem p, Evaluator ev, double china, double us) {
        var s = TinyPlans.tinyExposure(p, china, us, true);
        return new FrontierPoint("exposure cap", china, org.reshore.engine.Status.OPTIMAL, s, ev.evaluate(p, s));
    }
}
