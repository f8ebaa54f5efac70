package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.engine.search.SearchSolver;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.testing.WideRange;

/**
 * Money from 1 to 1e13 and quantities from 1e-3 to 1e9 in one problem ({@link WideRange}): the
 * exact engine proves an optimum that the evaluator prices the same (1e-6 relative), and a copy
 * with every amount of money ×1000, or every quantity ×1000 (per-unit prices ÷1000), has the same
 * builds and the optimum scaled by exactly that (1e-6 relative). Greedy and search agree with the
 * evaluator on their own plans.
 */
class WideRangeNumericsTest {
    private static final SolveOptions OPTIONS = new SolveOptions(Duration.ofSeconds(60), 0, 1, 1e-9, Map.of(), null);
    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void mipAgreesWithTheEvaluatorAndWithRescaledCopies(long seed) {
        Problem base = WideRange.problem(seed, 1, 1);
        SolveResult r = solveJudged(new MipSolver(), base);
        assertEquals(Status.OPTIMAL, r.status());
        // the range is really there
        assertTrue(base.options().stream().anyMatch(o -> o.capex() > 5e12), "capex near 1e13");
        assertTrue(base.demands().stream().anyMatch(d -> d.quantity() < 1e-2), "quantities near 1e-3");
        assertTrue(base.demands().stream().anyMatch(d -> d.quantity() > 5e8), "quantities near 1e9");

        SolveResult money = solveJudged(new MipSolver(), WideRange.problem(seed, 1000, 1));
        assertEquals(Status.OPTIMAL, money.status());
        assertEquals(1000 * r.objective(), money.objective(), TOLERANCE * 1000 * Math.abs(r.objective()), "money ×1000");
        assertSameBuilds(r.solution(), money.solution(), "money ×1000");

        SolveResult quantity = solveJudged(new MipSolver(), WideRange.problem(seed, 1, 1000));
        assertEquals(Status.OPTIMAL, quantity.status());
        assertEquals(r.objective(), quantity.objective(), TOLERANCE * Math.abs(r.objective()), "quantities ×1000");
        assertSameBuilds(r.solution(), quantity.solution(), "quantities ×1000");
        System.out.printf("seed %d: optimum %.12g, money ×1000 %.12g, quantities ×1000 %.12g%n", seed, r.objective(),
                money.objective() / 1000, quantity.objective());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void greedyAndSearchAgreeWithTheEvaluator(long seed) {
        Problem p = WideRange.problem(seed, 1, 1);
        double optimum = solveJudged(new MipSolver(), p).objective();
        for (PlanSolver engine : new PlanSolver[] {new GreedySolver(), new SearchSolver()}) {
            SolveResult r = solveJudged(engine, p);
            assertTrue(r.objective() >= optimum * (1 - TOLERANCE), engine.name() + " below the proven optimum");
        }
    }

    /** Solves, and checks that the plan is feasible and priced as the engine says (1e-6 relative). */
    private static SolveResult solveJudged(PlanSolver engine, Problem p) {
        SolveResult r = engine.solve(p, OPTIONS, e -> { });
        assertTrue(r.solution() != null, engine.name() + ": no plan (" + r.status() + ")");
        Evaluation e = new Evaluator().evaluate(p, r.solution());
        assertTrue(e.feasible(), engine.name() + ": " + e.violations());
        assertEquals(e.objective(), r.objective(), TOLERANCE * Math.abs(e.objective()), engine.name() + " vs evaluator");
        return r;
    }

    private static void assertSameBuilds(Solution a, Solution b, String what) {
        assertEquals(a.builds.length, b.builds.length);
        for (int o = 0; o < a.builds.length; o++) assertArrayEquals(a.builds[o], b.builds[o], what + ", option " + o);
    }
}
