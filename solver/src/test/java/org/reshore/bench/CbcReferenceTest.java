package org.reshore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reshore.compare.TinyPlans;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;

/**
 * CBC on the exported MPS file, its solution read back into a plan that the evaluator judges.
 * Skipped where no cbc is on PATH (benchmarks/scripts/install-reference-solvers.sh installs it).
 */
class CbcReferenceTest {
    @Test
    void cbcsPlanForTinyExposureIsTheWorkedOptimum() throws Exception {
        Assumptions.assumeTrue(CbcReference.available(), "no cbc on PATH: reference solver not tested");
        Problem p = TinyPlans.read("tiny-exposure.json");
        SolveResult r = new CbcReference().solve(p, new SolveOptions(Duration.ofSeconds(10), 0, 1, 1e-9, Map.of(), null),
                e -> { });
        assertEquals(Status.OPTIMAL, r.status());
        assertEquals(2250, r.objective(), 1e-6);
        Evaluation v = new Evaluator().evaluate(p, r.solution());
        assertTrue(v.feasible(), v.violations().toString());
        // problems/examples/README.md: build the US site, 50 from China and 50 from the US, objective 2250
        assertEquals(2250, v.objective(), 1e-6);
        assertEquals(1, r.solution().builds[p.optionIndex("o1")][0]);
    }
}
