package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.model.Objective;
import org.reshore.model.Problem;

/** With the greedy plan as warm start, every backend still proves the same optimum as a cold start. */
class MipWarmStartFromGreedyTest {
    @ParameterizedTest
    @ValueSource(strings = {"highs", "scip", "cbc"})
    void warmStartedSolveReachesTheColdOptimum(String backend) {
        for (long seed = 1; seed <= 10; seed++) {
            Problem p = RandomProblems.generate(seed);
            if (p.objective().mode() != Objective.Mode.WEIGHTED) continue;
            SolveOptions cold = new SolveOptions(Duration.ofSeconds(20), 0, 1, 1e-9, Map.of("backend", backend), null);
            SolveResult reference = new MipSolver().solve(p, cold, e -> { });
            SolveResult greedy = new GreedySolver(new GlopRecourseSolver()).solve(p, SolveOptions.defaults(), e -> { });
            if (greedy.solution() == null) continue;
            SolveResult warm = new MipSolver().solve(p, cold.withWarmStart(greedy.solution()), e -> { });
            assertEquals(Status.OPTIMAL, warm.status(), "seed " + seed);
            assertEquals(reference.objective(), warm.objective(), 1e-6 * Math.max(1, Math.abs(reference.objective())),
                    "seed " + seed);
            assertTrue(warm.objective() <= greedy.objective() + 1e-6 * Math.max(1, Math.abs(greedy.objective())));
        }
    }
}
