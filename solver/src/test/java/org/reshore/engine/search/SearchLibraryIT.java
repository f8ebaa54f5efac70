package org.reshore.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.mip.MipSolver;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/**
 * The deterministic library problems (money in the billions, modules, production credits, capex
 * grants): the evaluator agrees with the engine on its plan, and the plan is within 0.5 % of the
 * exact engine's proven optimum (SCIP backend). When measured, ev-batteries and semiconductors-2021
 * were at the optimum to the last digit, allied-2030 (84 modules, a budget, share policies) at it
 * to 1e-11.
 */
class SearchLibraryIT {
    @ParameterizedTest
    @ValueSource(strings = {"ev-batteries", "semiconductors-2021", "allied-2030"})
    void closeToTheProvenOptimumAndAgreesWithTheEvaluator(String name) throws Exception {
        Problem problem = new ProblemReader().read(Path.of("..", "problems", name + ".json")).problem();
        SolveResult search = new SearchSolver().solve(problem,
                new SolveOptions(Duration.ofSeconds(30), 0, 1, 1e-6, Map.of(), null), p -> { });
        SolveResult exact = new MipSolver().solve(problem,
                new SolveOptions(Duration.ofSeconds(120), 0, 1, 1e-9, Map.of("backend", "SCIP"), null), p -> { });
        assertEquals(Status.OPTIMAL, exact.status());
        Evaluation judged = new Evaluator().evaluate(problem, search.solution());
        assertTrue(judged.feasible(), () -> "violations: " + judged.violations());
        assertEquals(judged.objective(), search.objective(), 1e-9 * Math.abs(judged.objective()));
        // never below a proven optimum (beyond the evaluator's tolerance)
        assertTrue(search.objective() >= exact.objective() * (1 - 1e-6), "below a proven optimum: " + search.objective());
        assertTrue(search.objective() <= exact.objective() * 1.005,
                () -> "search " + search.objective() + " vs optimum " + exact.objective());
    }
}
