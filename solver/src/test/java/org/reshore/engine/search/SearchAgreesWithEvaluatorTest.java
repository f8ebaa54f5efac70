package org.reshore.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/** On the worked examples read from problems/examples: the design's optimum, and the evaluator's objective on our own plan. */
class SearchAgreesWithEvaluatorTest {
    private static final Path EXAMPLES = Path.of("..", "problems", "examples");

    private static Problem read(String name) throws Exception {
        return new ProblemReader().read(EXAMPLES.resolve(name + ".json")).problem();
    }

    @ParameterizedTest
    @CsvSource({"tiny-exposure, 2250", "tiny-bom-periods, 1268.181818181818", "tiny-policy, 1910"})
    void objectiveIsTheOptimumAndTheEvaluatorsOnOurPlan(String name, double optimum) throws Exception {
        Problem problem = read(name);
        SolveOptions options = new SolveOptions(Duration.ofSeconds(20), 0, 1, 1e-6, Map.of(), null);
        SolveResult result = new SearchSolver().solve(problem, options, p -> { });
        Evaluation judged = new Evaluator().evaluate(problem, result.solution());
        assertTrue(judged.feasible(), () -> "violations: " + judged.violations());
        assertEquals(judged.objective(), result.objective(), 1e-9 * Math.abs(judged.objective()));
        assertEquals(optimum, result.objective(), 1e-9 * optimum);
    }

    @Test
    void tinyStockpileIsRobustAndRefused() throws Exception {
        Problem problem = read("tiny-stockpile");
        SolveOptions options = new SolveOptions(Duration.ofSeconds(5), 0, 1, 1e-6, Map.of(), null);
        UnsupportedObjectiveException e = assertThrows(UnsupportedObjectiveException.class,
                () -> new SearchSolver().solve(problem, options, p -> { }));
        assertTrue(e.getMessage().contains("robust"), e.getMessage());
    }
}
