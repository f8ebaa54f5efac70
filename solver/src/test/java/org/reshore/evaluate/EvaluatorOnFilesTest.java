package org.reshore.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;
import org.reshore.testing.SimpleRecourse;

/** The same optimal plans judged on problems/examples/*.json as the reader reads them. */
class EvaluatorOnFilesTest {
    private static final Path EXAMPLES = Path.of("..", "problems", "examples");

    private static Problem read(String name) throws Exception {
        return new ProblemReader().read(EXAMPLES.resolve(name + ".json")).problem();
    }

    @Test
    void tinyExposureFile() throws Exception {
        Problem p = read("tiny-exposure");
        Evaluation e = new Evaluator().evaluate(p, Plans.tinyExposure(p, 50));
        assertTrue(e.feasible(), e.violations().toString());
        assertEquals(2250, e.objective(), 1e-9 * 2250);
        assertEquals(50, e.exposure(), 1e-9);
        assertEquals(2280, new Evaluator().evaluate(p, Plans.tinyExposure(p, 80)).objective(), 1e-9 * 2280);
    }

    @Test
    void tinyBomPeriodsFile() throws Exception {
        Problem p = read("tiny-bom-periods");
        Evaluation e = new Evaluator().evaluate(p, Plans.tinyBomPeriods(p));
        assertTrue(e.feasible(), e.violations().toString());
        // 350 + 560·2/1.1 − 100
        assertEquals(350 + 560 * 2 / 1.1 - 100, e.objective(), 1e-9 * 1268);
    }

    @Test
    void tinyPolicyFile() throws Exception {
        Problem p = read("tiny-policy");
        Evaluation e = new Evaluator().evaluate(p, Plans.tinyPolicy(p));
        assertTrue(e.feasible(), e.violations().toString());
        assertEquals(1910, e.objective(), 1e-9 * 1910);
        assertEquals(37, e.exposure(), 1e-9);
    }

    @Test
    void tinyStockpileFile() throws Exception {
        Problem p = read("tiny-stockpile");
        assertEquals(Evaluation.ScenarioTerm.NOT_COMPUTED, new Evaluator().evaluate(p, Plans.tinyStockpile(p, 100)).scenarioTerm());
        // a stand-in recourse keeps this test free of OR-Tools; EvaluatorRecourseLpTest checks the GLOP LP
        Evaluation e = new Evaluator(new SimpleRecourse()).evaluate(p, Plans.tinyStockpile(p, 100));
        assertTrue(e.feasible(), e.violations().toString());
        assertEquals(2200, e.objective(), 1e-9 * 2200);
    }
}
