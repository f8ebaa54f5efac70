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
 * HiGHS from the npm package highs (node on benchmarks/tools/highs-js/solve.js) on the exported
 * MPS file, its values read back into a plan that the evaluator judges. Skipped, saying why, where
 * node or the package is absent (benchmarks/scripts/install-reference-solvers.sh installs it).
 */
class HighsJsReferenceIT {
    @Test
    void highsJsPlansForTheWorkedExamplesAreTheirOptima() throws Exception {
        String why = HighsJsReference.absence();
        Assumptions.assumeTrue(why == null, () -> "highs-js reference solver not tested: " + why);
        // problems/examples/README.md: tiny-exposure 2250 (build the US site, 50 + 50)
        Problem p = TinyPlans.read("tiny-exposure.json");
        SolveResult r = new HighsJsReference().solve(p, new SolveOptions(Duration.ofSeconds(20), 0, 1, 1e-9, Map.of(), null),
                e -> { });
        assertEquals(Status.OPTIMAL, r.status());
        assertEquals(2250, r.objective(), 1e-6);
        Evaluation v = new Evaluator().evaluate(p, r.solution());
        assertTrue(v.feasible(), v.violations().toString());
        assertEquals(2250, v.objective(), 1e-6);
        assertEquals(1, r.solution().builds[p.optionIndex("o1")][0]);
    }
}
