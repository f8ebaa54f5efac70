package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;

class WarmStartKeptTest {
    @Test
    void withNoTimeLeftHighsKeepsTheWarmStartAsFeasible() throws Exception {
        Problem p = OrLibCflp.toProblem(OrLibCflp.read(Path.of("..", "benchmarks", "instances", "orlib-cflp",
                "cap41.txt"), OptionalDouble.empty()));
        SolveResult greedy = new GreedySolver().solve(p, SolveOptions.defaults(), e -> { });
        SolveOptions o = new SolveOptions(Duration.ZERO, 0, 1, 1e-9, Map.of("backend", "highs", "method", "strong"),
                greedy.solution());
        SolveResult r = new MipSolver().solve(p, o, e -> { });
        assertEquals(Status.FEASIBLE, r.status());
        assertEquals(1, r.statistics().get("warmStartKept").intValue());
        assertSame(greedy.solution(), r.solution());
        assertEquals(greedy.objective(), r.objective(), 1e-6 * greedy.objective());
        assertTrue(r.statistics().get("solveSeconds").doubleValue() >= 0);
    }

    @Test
    void anOptimalWarmStartEndsOptimal() {
        Problem p = Examples.tinyPolicy();
        SolveOptions o = new SolveOptions(Duration.ofSeconds(20), 0, 1, 1e-9, Map.of("backend", "highs"), null);
        SolveResult first = new MipSolver().solve(p, o, e -> { });
        SolveResult again = new MipSolver().solve(p, o.withWarmStart(first.solution()), e -> { });
        assertEquals(Status.OPTIMAL, again.status());
        assertEquals(1910, again.objective(), 1e-9);
    }
}
