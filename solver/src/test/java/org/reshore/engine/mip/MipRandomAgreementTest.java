package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;

/**
 * Property: on 30 seeded random small problems (builds with maxBuilds up to 3, capex and
 * production subsidies, maxShare/minShare/budget/maxShortage, BOM, blocked lanes, stockpiles,
 * robust scenarios, lexicographic mode) the engine's plan is feasible for the evaluator and its
 * objective equals the evaluator's to 1e-6 relative.
 */
class MipRandomAgreementTest {
    @Test
    void engineAndEvaluatorAgreeOnRandomProblems() {
        int optimal = 0;
        Evaluator evaluator = new Evaluator(new GlopRecourseSolver());
        SolveOptions options = new SolveOptions(Duration.ofSeconds(20), 0, 1, 1e-9, Map.of(), null);
        for (long seed = 1; seed <= 30; seed++) {
            Problem p = RandomProblems.generate(seed);
            SolveResult r = new MipSolver().solve(p, options, e -> { });
            if (r.status() == Status.INFEASIBLE) {
                assertTrue(!new MipSolver().diagnose(p).isEmpty(), "seed " + seed + ": infeasible without a diagnosis");
                continue;
            }
            assertEquals(Status.OPTIMAL, r.status(), "seed " + seed);
            optimal++;
            Evaluation e = evaluator.evaluate(p, r.solution());
            assertTrue(e.feasible(), "seed " + seed + ": " + e.violations());
            assertEquals(e.objective(), r.objective(), 1e-6 * Math.max(1, Math.abs(e.objective())), "seed " + seed);
        }
        assertTrue(optimal >= 24, "only " + optimal + " of 30 random problems were feasible");
    }
}
