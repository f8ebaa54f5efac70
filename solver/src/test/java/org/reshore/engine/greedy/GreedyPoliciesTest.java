package org.reshore.engine.greedy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.testing.Examples;
import org.reshore.testing.ProblemBuilder;

/** The greedy under policies and lead times, each with its hand-computed plan. */
class GreedyPoliciesTest {
    private static SolveResult solve(Problem p) {
        SolveResult r = new GreedySolver().solve(p, SolveOptions.defaults(), e -> { });
        Evaluation e = new Evaluator().evaluate(p, r.solution());
        assertTrue(e.feasible(), e.violations().toString());
        assertEquals(Status.FEASIBLE, r.status());
        assertEquals(e.objective(), r.objective(), 0);
        return r;
    }

    @Test
    void minShareFillsFromTheGroupAndBuildsForIt() {
        // tiny-policy plus "at least 80% from Japan": two modules (80), China 20
        Problem p = Examples.tinyPolicyBuilder().share("policies[1] minShare", false, 0.8, List.of("jp"), List.of(0))
                .build();
        SolveResult r = solve(p);
        assertEquals(2, r.solution().builds[0][0]);
        // China 20·10 + Japan 80·(12 + 1) + capex 2·500 − fund 300
        assertEquals(20 * 10 + 80 * 13 + 1000 - 300, r.objective(), 1e-9);
    }

    @Test
    void budgetStopsABuildThatWouldPay() {
        // tiny-exposure with a budget of 500 on o1: builders would pay 1000 − 300 = 700, so no build;
        // China 80 at 13 + exposure 3, 20 short at 1000
        Problem p = Examples.tinyExposureBuilder().budget("policies[0] budget", 500, List.of("o1"), null).build();
        SolveResult r = solve(p);
        assertEquals(0, r.solution().builds[0][0]);
        assertEquals(80 * 16 + 20 * 1000, r.objective(), 1e-9);
    }

    @Test
    void maxShortageForcesServingAboveThePenalty() {
        // supply costs 50, shortage 10: without the policy all 100 would go short; at most 30% may
        Problem p = new ProblemBuilder("max-shortage").economy("US", 0).product("w", 1)
                .site("us", "US", "w", 1000, 50).demand("US", "w", "all", 100, 10)
                .maxShortage("policies[0] maxShortage", 0.3, List.of(0)).build();
        SolveResult r = solve(p);
        assertEquals(30, r.solution().shortages[0], 1e-9);
        assertEquals(70 * 50 + 30 * 10, r.objective(), 1e-9);
    }

    @Test
    void buildsNoEarlierThanItsEarliestPeriod() {
        // p1: nothing to serve with, 10 short at 50; p2: build (100) and make 10 at 1 rather than 500 of shortage
        Problem p = new ProblemBuilder("lead-time").period("p1", 1).period("p2", 1).economy("US", 0).product("w", 1)
                .site("us", "US", "w", 0, 1).option("plant", "us", 10, 100, 0, "p2", 1)
                .demand("US", "w", "p1", 10, 50).demand("US", "w", "p2", 10, 50).build();
        SolveResult r = solve(p);
        assertEquals(0, r.solution().builds[0][0]);
        assertEquals(1, r.solution().builds[0][1]);
        assertEquals(10 * 50 + 100 + 10 * 1, r.objective(), 1e-9);
    }

    @Test
    void maxShareCapsTheCheapAdversary() {
        Problem p = Examples.tinyPolicy();
        SolveResult r = solve(p);
        int cn = p.arcIndex(p.siteIndex("cn"), p.marketIndex("US"), -1);
        assertEquals(30, r.solution().flows[cn][0], 1e-9); // 30% of 100, though China is cheapest
    }

    @Test
    void exposureCapReroutesUnderTheCap() {
        // tiny-exposure with a cap of 30: after building o1 (50 from the US) China may send only 30,
        // so 20 go short at 1000: 50·15 + 30·16 + 700 + 20·1000
        Problem p = Examples.tinyExposureBuilder().objective(3, 0, 30).build();
        SolveResult r = solve(p);
        assertEquals(30, new Evaluator().evaluate(p, r.solution()).exposure(), 1e-9);
        assertEquals(50 * 15 + 30 * 16 + 700 + 20 * 1000, r.objective(), 1e-9);
    }

    @Test
    void exchangesFixWhatLeastCostRoutingMisses() {
        // S1 is cheapest into A (1) but A has a fair alternative (S2 at 3) while B's only other
        // source costs 10: least cost sends S1→A, S2→B (10 + 100); the exchange gives S1→B, S2→A (20 + 30)
        Problem p = new ProblemBuilder("exchange").economy("A", 0).economy("B", 0).economy("E1", 0).economy("E2", 0)
                .product("w", 1).site("s1", "E1", "w", 10, 0).site("s2", "E2", "w", 10, 0)
                .demand("A", "w", "all", 10, 1000).demand("B", "w", "all", 10, 1000)
                .lane("E1", "A", 1, 0, Double.NaN, false).lane("E1", "B", 2, 0, Double.NaN, false)
                .lane("E2", "A", 3, 0, Double.NaN, false).lane("E2", "B", 10, 0, Double.NaN, false).build();
        SolveResult r = solve(p);
        assertEquals(10 * 2 + 10 * 3, r.objective(), 1e-9);
        assertEquals(10, r.solution().flows[p.arcIndex(p.siteIndex("s1"), p.marketIndex("B"), -1)][0], 1e-9);
    }
}
