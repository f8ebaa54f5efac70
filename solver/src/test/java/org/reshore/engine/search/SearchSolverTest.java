package org.reshore.engine.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.model.Problem;

class SearchSolverTest {
    private static SolveResult solve(Problem problem, long seed) {
        SolveOptions options = new SolveOptions(Duration.ofSeconds(20), seed, 1, 1e-6, Map.of(), null);
        return new SearchSolver().solve(problem, options, p -> { });
    }

    @Test
    void tinyExposureBuildsTheUsPlantAndSplitsSupply() {
        SolveResult result = solve(Fixtures.tinyExposure(), 0);
        assertEquals(Status.FEASIBLE, result.status());
        assertEquals(2250, result.objective(), 1e-9 * 2250);
        assertEquals(1, result.solution().builds[0][0]);
        assertEquals(50, result.solution().flows[0][0], 1e-6); // China → US
        assertEquals(50, result.solution().flows[1][0], 1e-6); // US → US
    }

    @Test
    void tinyPolicyBuildsTwoModulesUnderTheShareCap() {
        SolveResult result = solve(Fixtures.tinyPolicy(), 0);
        assertEquals(1910, result.objective(), 1e-9 * 1910);
        assertEquals(2, result.solution().builds[0][0]);
        assertEquals(30, result.solution().flows[0][0], 1e-6);
    }

    @Test
    void tinyBomPeriodsHasNothingToBuildAndIsSolvedExactly() {
        SolveResult result = solve(Fixtures.tinyBomPeriods(), 0);
        assertEquals(Status.OPTIMAL, result.status());
        assertEquals(350 + 1120 / 1.1 - 100, result.objective(), 1e-9 * 1268);
        assertEquals(100, result.solution().flows[0][0], 1e-6); // ore into the smelter in p1
    }

    @Test
    void robustModeIsRefusedWithAClearMessage() {
        UnsupportedObjectiveException e = assertThrows(UnsupportedObjectiveException.class,
                () -> solve(Fixtures.tinyStockpile(), 0));
        assertTrue(e.getMessage().contains("scenarioWeight"), e.getMessage());
    }

    @Test
    void sameSeedGivesTheSamePlan() {
        Problem problem = RandomFacilities.instance(8, 20, 7);
        SolveResult a = solve(problem, 42);
        SolveResult b = solve(problem, 42);
        assertEquals(a.objective(), b.objective(), 0);
        for (int o = 0; o < problem.options().size(); o++) assertArrayEquals(a.solution().builds[o], b.solution().builds[o]);
    }

    @Test
    void facilityLocationMatchesExhaustiveEnumeration() {
        // the size of the probe that plain change moves left 8 % above the optimum after 5 s
        Problem problem = RandomFacilities.instance(10, 50, 3);
        double optimum = RandomFacilities.bruteForce(problem);
        SolveResult result = solve(problem, 1);
        assertEquals(optimum, result.objective(), 1e-6 * optimum);
    }
}
