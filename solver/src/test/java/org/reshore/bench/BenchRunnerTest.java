package org.reshore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.compare.TinyPlans;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.Progress;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/** The harness's judgement with engines whose behaviour the test fixes. */
class BenchRunnerTest {
    @TempDir
    Path dir;

    /** An engine that reports two improving plans at 1 s and 2 s, then returns the optimum (2250). */
    static final class Stepper implements PlanSolver {
        public String name() {
            return "stepper";
        }

        public SolveResult solve(Problem p, SolveOptions o, Consumer<Progress> progress) {
            progress.accept(new Progress(Duration.ofSeconds(1), 3000, Double.NaN));
            progress.accept(new Progress(Duration.ofSeconds(2), 2260, Double.NaN));
            return new SolveResult(TinyPlans.tinyExposure(p, 50, 50, true), Status.FEASIBLE, 2250, Double.NaN,
                    Double.NaN, 2.5, Map.of(), Map.of("moves", 42));
        }
    }

    /** An engine that claims optimality for a plan shipping 200 units from a site of capacity 80. */
    static final class Liar implements PlanSolver {
        public String name() {
            return "liar";
        }

        public SolveResult solve(Problem p, SolveOptions o, Consumer<Progress> progress) {
            Solution s = TinyPlans.tinyExposure(p, 200, 0, false);
            return new SolveResult(s, Status.OPTIMAL, 100, 100, 0, 0.1, Map.of(), Map.of());
        }
    }

    @Test
    void judgesEveryPlanAndMeasuresTimesAgainstTheKnownOptimum() throws Exception {
        Path optima = dir.resolve("optima.csv");
        Files.writeString(optima, "name,warehouses,optimal_value\ntiny-exposure,0,2250\n");
        BenchProblem tiny = new BenchProblem("tiny-exposure", TinyPlans.EXAMPLES.resolve("tiny-exposure.json"), false,
                OptionalDouble.empty());
        Suite suite = new Suite("fake", "", dir.resolve("fake.json"), List.of(tiny), List.of(
                new Suite.Configuration("stepper", "mip", Duration.ofSeconds(5), 1e-6, 1, Map.of(), false),
                new Suite.Configuration("liar", "search", Duration.ofSeconds(5), 1e-6, 1, Map.of(), false),
                new Suite.Configuration("refuser", "greedy", Duration.ofSeconds(5), 1e-6, 1, Map.of(), false)),
                List.of(7L), 1, optima);
        BenchEngines engines = new BenchEngines() {
            public PlanSolver create(String engine) {
                if (engine.equals("greedy")) {
                    return new PlanSolver() {
                        public String name() {
                            return "refuser";
                        }

                        public SolveResult solve(Problem p, SolveOptions o, Consumer<Progress> progress) {
                            throw new IllegalArgumentException("robust mode is not for me");
                        }
                    };
                }
                return engine.equals("mip") ? new Stepper() : new Liar();
            }

            public Evaluator evaluator(Problem problem) {
                return new Evaluator();
            }
        };
        StringWriter err = new StringWriter();
        BenchResults r = new BenchRunner(engines, new PrintWriter(err, true)).run(suite, dir.resolve("out"));

        assertEquals("optimum", r.problems().get(0).bestKnownSource());
        RunRecord step = r.runs().get(0);
        assertEquals("ok", step.outcome());
        assertEquals(2250, step.objective(), 1e-9);
        assertEquals(7, step.seed());
        assertEquals(0, step.gapToBestKnown(), 1e-12);
        // first plan at 1 s (3000); within 1% of 2250 (≤ 2272.5) at 2 s (2260); small offset for the harness
        assertEquals(1.0, step.timeToFirst(), 0.2);
        assertEquals(2.0, step.timeToTarget(), 0.2);
        assertEquals(42, step.statistics().get("moves").intValue());

        RunRecord lie = r.runs().get(1);
        assertEquals("infeasible-plan", lie.outcome(), "failed whatever the engine said");
        assertEquals("OPTIMAL", lie.engineStatus());
        assertTrue(Double.isNaN(lie.objective()) && Double.isNaN(lie.timeToTarget()));
        assertTrue(lie.message().startsWith("the evaluator rejects the plan"), lie.message());

        RunRecord refused = r.runs().get(2);
        assertEquals("refused", refused.outcome());
        assertEquals("robust mode is not for me", refused.message());

        // what was written is what was measured
        BenchResults back = ResultsJson.read(dir.resolve("out"));
        assertEquals(r.runs().size(), back.runs().size());
        assertEquals(step.timeToTarget(), back.runs().get(0).timeToTarget(), 1e-12);
        assertEquals(new BenchReport(r).html(), new BenchReport(back).html());
        assertTrue(err.toString().contains("bench: run 2 of 3  tiny-exposure  liar"), err.toString());
    }

    @Test
    void eventsBetterThanTheFinalPlanAreDropped() {
        RunRecord r = new RunRecord("p", "c", "greedy", 0, 1, "ok", "FEASIBLE", null, 100, 100, Double.NaN, Double.NaN,
                3, Double.NaN, Double.NaN, 1, Double.NaN, 1, 1, Map.of(),
                List.of(new double[] {1, 120, Double.NaN}, new double[] {2, 101, Double.NaN}, new double[] {3, 100, Double.NaN}));
        // best known 99: the target is 99.99, reached by the final plan only (100 > 99.99)
        assertTrue(Double.isNaN(r.against(99).timeToTarget()));
        assertEquals(2.0, r.against(100).timeToTarget(), 0, "101 ≤ 100 + 1%");
        assertEquals(1 / 99.0, r.against(99).gapToBestKnown(), 1e-12);
    }
}
