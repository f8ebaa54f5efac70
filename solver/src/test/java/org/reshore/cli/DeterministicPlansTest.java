package org.reshore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.PlanFile;
import org.reshore.io.PlanWriter;
import org.reshore.io.Plans;
import org.reshore.io.ProblemReader;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;
import org.reshore.testing.RandomCflp;

/**
 * The same problem, engine, seed and thread count give a byte-identical plan file (made as the
 * command line makes it, from two fresh engines in one JVM). The limits are generous: every
 * engine ends by its own criterion (greedy: no improving build left; mip: optimum proven; search:
 * 300 steps without improvement), never by the clock. Through the command line, in two JVMs:
 * {@link DeterministicPlansIT}.
 */
class DeterministicPlansTest {
    private static final Path SEMICONDUCTORS = Path.of("..", "problems", "semiconductors-2021.json");

    @TempDir
    Path dir;

    /** A facility-location problem on which the search takes a few hundred steps (semiconductors needs none). */
    private Path cflp() throws Exception {
        Path file = dir.resolve("cflp.json");
        OrLibCflp.Instance in = RandomCflp.instance(12, 40, 4, 3);
        OrLibCflp.writeJson(in, file);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"greedy", "mip", "search"})
    void solvingTwiceInProcessGivesTheSameBytes(String engine) throws Exception {
        for (Path file : new Path[] {SEMICONDUCTORS, cflp()}) {
            Problem problem = new ProblemReader().read(file).problem();
            String first = planText(problem, engine);
            String second = planText(problem, engine);
            assertEquals(first, second, engine + " on " + file.getFileName());
        }
    }

    // The plan file the command line would write, made in-process from a fresh engine.
    private static String planText(Problem problem, String engine) {
        PlanSolver solver = Engines.create(engine);
        SolveOptions options = new SolveOptions(Duration.ofMinutes(2), 7, 1, 1e-6, Map.of(), null);
        SolveResult r = solver.solve(problem, options, p -> { });
        var kpis = new Evaluator().evaluate(problem, r.solution()).toJson();
        PlanFile.SolverInfo info = new PlanFile.SolverInfo(engine, new ObjectMapper().valueToTree(r.config()),
                r.status().name(), r.objective(), r.bound(), r.gap(), Double.NaN, 7);
        return PlanWriter.toJson(Plans.fromSolution(problem, r.solution(), info, kpis));
    }
}
