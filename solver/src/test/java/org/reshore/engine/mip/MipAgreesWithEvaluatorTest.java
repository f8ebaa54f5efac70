package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/** On the worked examples as the reader reads them: the hand optimum, and the evaluator's figure on the plan. */
class MipAgreesWithEvaluatorTest {
    private static final Path EXAMPLES = Path.of("..", "problems", "examples");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tiny-exposure, 2250", "tiny-bom-periods, 1268.181818181818", "tiny-policy, 1910",
            "tiny-stockpile, 2200"})
    void optimumAndEvaluatorAgree(String name, double optimum) throws Exception {
        Problem p = new ProblemReader().read(EXAMPLES.resolve(name + ".json")).problem();
        SolveResult r = new MipSolver().solve(p, SolveOptions.defaults(), e -> { });
        assertEquals(Status.OPTIMAL, r.status());
        assertEquals(optimum, r.objective(), 1e-9 * optimum);
        Evaluation e = new Evaluator(new GlopRecourseSolver()).evaluate(p, r.solution());
        assertTrue(e.feasible(), e.violations().toString());
        assertEquals(e.objective(), r.objective(), 1e-6 * Math.abs(e.objective()));
    }
}
