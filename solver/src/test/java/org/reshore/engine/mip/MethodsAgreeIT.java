package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.io.ProblemReader;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;

/**
 * Every method of the mip engine that takes a problem gives the same proven optimum on it: the
 * shipped problems, the worked examples, generated problems and an OR-Library instance. A method
 * that does not take a problem says why.
 */
class MethodsAgreeIT {
    private static final List<String> METHODS = List.of("auto", MipSolver.LAGRANGIAN, MipSolver.AGGREGATE);

    private static SolveResult solve(Problem p, String method) {
        SolveOptions o = new SolveOptions(Duration.ofSeconds(120), 0, 1, 1e-9, Map.of("method", method), null);
        return new MipSolver().solve(p, o, e -> { });
    }

    private static List<Problem> problems() throws Exception {
        List<Problem> all = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "problems"), Path.of("..", "problems", "examples"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    all.add(new ProblemReader().read(f).problem());
                }
            }
        }
        all.add(AggregateMethodTest.generated(3, 40, 30));
        all.add(AggregateMethodTest.generated(4, 120, 100));
        all.add(FacilityProblems.random(7));
        all.add(OrLibCflp.toProblem(OrLibCflp.read(Path.of("..", "benchmarks", "instances", "orlib-cflp", "cap41.txt"),
                OptionalDouble.empty())));
        return all;
    }

    @Test
    void everyMethodThatTakesAProblemGivesTheStrongFormulationsOptimum() throws Exception {
        int compared = 0;
        int refused = 0;
        for (Problem p : problems()) {
            SolveResult strong = solve(p, MipSolver.STRONG);
            assertEquals(Status.OPTIMAL, strong.status(), p.name());
            for (String method : METHODS) {
                try {
                    MipSolver.method(p, method);
                } catch (IllegalArgumentException e) {
                    assertTrue(e.getMessage().contains(p.name()), e.getMessage());
                    refused++;
                    continue;
                }
                SolveResult r = solve(p, method);
                assertEquals(Status.OPTIMAL, r.status(), p.name() + " " + method);
                assertEquals(strong.objective(), r.objective(), 1e-6 * Math.max(1, Math.abs(strong.objective())),
                        p.name() + " " + method);
                compared++;
            }
        }
        System.out.printf("methods agree: %d solves compared with the strong formulation's optimum, %d refused%n",
                compared, refused);
        assertTrue(compared > 0 && refused > 0);
    }
}
