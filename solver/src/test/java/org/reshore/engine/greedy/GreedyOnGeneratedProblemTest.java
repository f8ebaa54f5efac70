package org.reshore.engine.greedy;

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
import org.reshore.generate.GeneratorSpec;
import org.reshore.generate.ProblemGenerator;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/**
 * A large problem (batched builds) where the build loop runs out of proposals: the loop ends with
 * the plan it has. It used to fail with an IndexOutOfBoundsException (an empty batch), which the
 * scale benchmark met on generated 1000×250×3×4 (seed 42) and this smaller one meets at once.
 */
class GreedyOnGeneratedProblemTest {
    @Test
    void runningOutOfProposalsEndsTheBuildLoop() throws Exception {
        GeneratorSpec spec = GeneratorSpec.of(2, 600, 120, 2, 3);
        Problem p = new ProblemReader().parse(ProblemGenerator.generate(spec), spec.name() + ".json").problem();
        assertTrue(p.arcs().size() * (long) p.periods().size() > GreedySolver.LARGE, "batched builds");
        SolveResult r = new GreedySolver().solve(p, new SolveOptions(Duration.ofMinutes(5), 0, 1, 1e-6, Map.of(), null), e -> { });
        assertEquals(Status.FEASIBLE, r.status());
        Evaluation ev = new Evaluator().evaluate(p, r.solution());
        assertTrue(ev.feasible(), ev.violations().toString());
        assertEquals(ev.objective(), r.objective(), 1e-9 * Math.abs(ev.objective()));
    }
}
