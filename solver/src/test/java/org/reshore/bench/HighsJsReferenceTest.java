package org.reshore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.compare.TinyPlans;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.Progress;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;

/**
 * What solve.js prints, read back into a plan by variable name (no node needed), and a suite whose
 * reference solver is absent: said once, its runs refused without being started.
 */
class HighsJsReferenceTest {
    @TempDir
    Path dir;

    @Test
    void optimalOutputBecomesTheWorkedOptimumPlan() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        // the line solve.js printed for tiny-exposure (HiGHS 1.15.3), after a line node might log first
        String out = "some warning\n{\"status\":\"optimal\",\"seconds\":0.09,\"nodes\":1,\"bound\":2250,\"objective\":2250,"
                + "\"columns\":{\"build[o1,all]\":1,\"flow[cn,US,all]\":50,\"flow[us,US,all]\":50,"
                + "\"shortage[US,widget,all]\":0,\"capexGrant[s,o1,all]\":0.3}}\n";
        List<Progress> events = new ArrayList<>();
        SolveResult r = HighsJsReference.read(p, out, System.nanoTime(), Map.of(), events::add);
        assertEquals(Status.OPTIMAL, r.status());
        assertEquals(2250, r.objective(), 1e-9);
        assertEquals(0, r.gap(), 1e-12);
        assertEquals(1, events.size());
        assertEquals(1L, r.statistics().get("nodes").longValue());
        assertEquals(5, r.statistics().get("variables").intValue());
        // problems/examples/README.md: build the US site, 50 from China and 50 from the US, objective 2250
        Evaluation v = new Evaluator().evaluate(p, r.solution());
        assertTrue(v.feasible(), v.violations().toString());
        assertEquals(2250, v.objective(), 1e-6);
        assertEquals(1, r.solution().builds[p.optionIndex("o1")][0]);
    }

    @Test
    void aTimeLimitWithAPlanIsFeasibleWithItsBoundAndGap() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        // a time-limited HiGHS holding a poor plan: 80 from China (its capacity), 20 short, nothing built
        String out = "{\"status\":\"timeLimit\",\"bound\":2000,\"objective\":21280,"
                + "\"columns\":{\"flow[cn,US,all]\":80,\"shortage[US,widget,all]\":20}}";
        SolveResult r = HighsJsReference.read(p, out, System.nanoTime(), Map.of(), e -> { });
        assertEquals(Status.FEASIBLE, r.status());
        assertEquals(2000, r.bound(), 0);
        assertEquals((21280 - 2000) / 21280.0, r.gap(), 1e-12);
        Evaluation v = new Evaluator().evaluate(p, r.solution());
        assertTrue(v.feasible(), v.violations().toString());
        // 80 × 16 + 20 × 1000 shortage
        assertEquals(21280, v.objective(), 1e-6);
        assertEquals(0, r.solution().builds[p.optionIndex("o1")][0]);
    }

    @Test
    void noSolutionAndInfeasibleGiveNoPlan() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        SolveResult limit = HighsJsReference.read(p, "{\"status\":\"timeLimit\",\"bound\":1500}", System.nanoTime(),
                Map.of(), e -> { });
        assertEquals(Status.NO_SOLUTION, limit.status());
        assertNull(limit.solution());
        SolveResult inf = HighsJsReference.read(p, "{\"status\":\"infeasible\"}", System.nanoTime(), Map.of(), e -> { });
        assertEquals(Status.INFEASIBLE, inf.status());
        assertNull(inf.solution());
        assertThrows(IOException.class, () -> HighsJsReference.read(p, "{}", System.nanoTime(), Map.of(), e -> { }));
    }

    @Test
    void anAbsentReferenceSolverIsSaidOnceAndItsRunsRefused() throws Exception {
        BenchProblem tiny = new BenchProblem("tiny-exposure", TinyPlans.EXAMPLES.resolve("tiny-exposure.json"), false,
                OptionalDouble.empty());
        Suite suite = new Suite("absent", "", dir.resolve("absent.json"), List.of(tiny), List.of(
                new Suite.Configuration("stepper", "mip", Duration.ofSeconds(5), 1e-6, 1, Map.of(), false),
                new Suite.Configuration("highs-js", "highs-js", Duration.ofSeconds(5), 1e-6, 1, Map.of(), false)),
                List.of(0L, 1L), 1, null);
        List<String> created = new ArrayList<>();
        BenchEngines engines = new BenchEngines() {
            public PlanSolver create(String engine) {
                created.add(engine);
                return new BenchRunnerTest.Stepper();
            }

            public Evaluator evaluator(Problem problem) {
                return new Evaluator();
            }

            public String absence(String engine) {
                return engine.equals("highs-js") ? "no node on PATH" : null;
            }
        };
        StringWriter err = new StringWriter();
        BenchResults r = new BenchRunner(engines, new PrintWriter(err, true)).run(suite, dir.resolve("out"));
        assertEquals(List.of("mip", "mip"), created, "the absent engine is never started");
        assertEquals(List.of("ok", "ok", "refused", "refused"), r.runs().stream().map(RunRecord::outcome).toList());
        assertEquals("no node on PATH", r.runs().get(3).message());
        String said = "bench: configuration highs-js skipped, its runs refused: no node on PATH";
        assertEquals(err.toString().indexOf(said), err.toString().lastIndexOf(said), "said once");
        assertTrue(err.toString().contains(said), err.toString());
        assertFalse(err.toString().contains("configuration stepper skipped"));
    }
}
