package org.reshore.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.engine.mip.GlopRecourseSolver;
import org.reshore.engine.mip.MipSolver;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/**
 * Every problem of the library and every example, solved by HiGHS, SCIP and CBC: the three prove
 * the same optimum, and the evaluator prices each plan at the figure the engine reported. This is
 * the check that caught HiGHS ignoring the capex grants (grant money in dollars had objective
 * coefficients under its tolerance once the objective was scaled for $10B fabs). CBC is slow on
 * allied-2030, so it has a time limit and is compared only when it proves its optimum. HiGHS also
 * solves each file from the greedy plan (its warm start is an objective cutoff), which must not
 * cut off the optimum.
 */
class LibraryBackendsAgreeIT {
    static final double REL = 1e-6;

    static Stream<String> files() throws IOException {
        Path lib = LibraryReadsTest.LIBRARY;
        try (Stream<Path> a = Files.list(lib); Stream<Path> b = Files.list(lib.resolve("examples"))) {
            return Stream.concat(a, b).filter(f -> f.toString().endsWith(".json"))
                    .map(f -> lib.relativize(f).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void highsScipAndCbcProveTheSameOptimum(String file) throws Exception {
        Problem p = new ProblemReader().read(LibraryReadsTest.LIBRARY.resolve(file)).problem();
        SolveResult highs = solve(p, "highs", 120, null);
        SolveResult scip = solve(p, "scip", 120, null);
        assertEquals(Status.OPTIMAL, highs.status(), file + " highs");
        assertEquals(Status.OPTIMAL, scip.status(), file + " scip");
        assertEquals(scip.objective(), highs.objective(), REL * Math.abs(scip.objective()), file + ": highs vs scip");
        SolveResult cbc = solve(p, "cbc", 30, null);
        if (cbc.status() == Status.OPTIMAL) {
            assertEquals(scip.objective(), cbc.objective(), REL * Math.abs(scip.objective()), file + ": cbc vs scip");
        } else {
            // no proof in time: its plan is still a plan, so it cannot beat the proven optimum
            assertTrue(cbc.solution() == null || cbc.objective() >= scip.objective() * (1 - REL), file + " cbc");
        }
        SolveResult greedy = new GreedySolver(new GlopRecourseSolver()).solve(p, SolveOptions.defaults(), e -> { });
        if (greedy.solution() != null) {
            SolveResult warm = solve(p, "highs", 120, greedy);
            assertEquals(Status.OPTIMAL, warm.status(), file + " highs from greedy");
            assertEquals(scip.objective(), warm.objective(), REL * Math.abs(scip.objective()), file + ": highs from greedy");
        }
    }

    private static SolveResult solve(Problem p, String backend, int seconds, SolveResult warm) {
        SolveOptions o = new SolveOptions(Duration.ofSeconds(seconds), 0, 1, 1e-9, Map.of("backend", backend), null);
        if (warm != null) o = o.withWarmStart(warm.solution());
        SolveResult r = new MipSolver().solve(p, o, e -> { });
        if (r.solution() != null) {
            Evaluation e = new Evaluator(new GlopRecourseSolver()).evaluate(p, r.solution());
            assertTrue(e.feasible(), p.name() + " " + backend + ": " + e.violations());
            assertEquals(e.objective(), r.objective(), REL * Math.abs(e.objective()),
                    p.name() + " " + backend + ": the engine's objective is the evaluator's");
        }
        return r;
    }
}
