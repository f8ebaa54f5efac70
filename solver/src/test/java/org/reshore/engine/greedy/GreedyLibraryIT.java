package org.reshore.engine.greedy;

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
import org.reshore.engine.mip.GlopRecourseSolver;
import org.reshore.engine.mip.MipSolver;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/**
 * The greedy on the library's problems: a feasible plan by the evaluator, the engine's objective
 * equal to the evaluator's, and its gap to the exact engine's optimum printed (not asserted: the
 * greedy is a warm start, docs/decisions/evaluator.md records the measured gaps).
 */
class GreedyLibraryIT {
    @ParameterizedTest
    @ValueSource(strings = {"ev-batteries.json", "medical-supplies.json", "rare-earths.json", "semiconductors-2021.json",
        "examples/tiny-exposure.json", "examples/tiny-bom-periods.json", "examples/tiny-policy.json",
        "examples/tiny-stockpile.json"})
    void feasibleAndJudgedByTheEvaluator(String file) throws Exception {
        Problem p = new ProblemReader().read(Path.of("..", "problems").resolve(file)).problem();
        GlopRecourseSolver recourse = new GlopRecourseSolver();
        long t0 = System.nanoTime();
        SolveResult g = new GreedySolver(recourse).solve(p, SolveOptions.defaults(), e -> { });
        double seconds = (System.nanoTime() - t0) / 1e9;
        Evaluation e = new Evaluator(recourse).evaluate(p, g.solution());
        assertEquals(Status.FEASIBLE, g.status(), e.violations().toString());
        assertTrue(e.feasible());
        assertEquals(e.objective(), g.objective(), 1e-9 * Math.abs(e.objective()));
        SolveResult mip = new MipSolver().solve(p, new SolveOptions(Duration.ofSeconds(120), 0, 1, 1e-6,
                Map.of("backend", "scip"), null), x -> { });
        System.out.printf("greedy %s: %.6g in %.2f s (%s evaluations); mip %s %.6g; gap %.3f%%%n", file, g.objective(),
                seconds, g.statistics().get("evaluations"), mip.status(), mip.objective(),
                100 * (g.objective() - mip.objective()) / Math.abs(mip.objective()));
        assertTrue(g.objective() >= mip.objective() - 1e-6 * Math.abs(mip.objective()), "greedy below the optimum?");
    }
}
