package org.reshore.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reshore.engine.mip.GlopRecourseSolver;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/**
 * tiny-stockpile judged with the real recourse LP (the mip engine's GLOP implementation). Only the
 * test reaches into an engine; the evaluator itself knows the {@link RecourseSolver} interface only.
 */
class EvaluatorRecourseLpTest {
    @Test
    void tinyStockpileIs2200AndWithoutStockpile3000() throws Exception {
        Problem p = new ProblemReader().read(Path.of("..", "problems", "examples", "tiny-stockpile.json")).problem();
        Evaluator ev = new Evaluator(new GlopRecourseSolver());
        Evaluation e = ev.evaluate(p, Plans.tinyStockpile(p, 100));
        assertTrue(e.feasible(), e.violations().toString());
        // base 1000 + stockpile 100·(10 + 2) + scenario 1·0.2·(ban: release 100, nothing short → 0)
        assertEquals(2200, e.objective(), 1e-9 * 2200);
        assertEquals(0, e.cost().scenarios(), 1e-9);
        assertTrue(e.stress().get(0).shortages().isEmpty());
        // without the stockpile: 1000 + 0.2 · (100 short · 100 penalty · 1 year · δ 1) = 3000
        Evaluation bare = ev.evaluate(p, Plans.tinyStockpile(p, 0));
        assertEquals(3000, bare.objective(), 1e-9 * 3000);
        assertEquals(100, bare.stress().get(0).shortages().get("US/magnet"), 1e-9);
        assertEquals(10_000, bare.stress().get(0).recourse(), 1e-6);
    }
}
