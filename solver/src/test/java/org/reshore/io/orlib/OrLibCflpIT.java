package org.reshore.io.orlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.mip.MipSolver;

/** The mip engine reproduces every published optimum of the 37 small OR-Library CFLP instances. */
class OrLibCflpIT {
    static final Path DIR = Paths.get("..", "benchmarks", "instances", "orlib-cflp");

    static Stream<Arguments> instances() throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("optima.csv"));
        return lines.stream().skip(1).map(l -> l.split(",")).filter(f -> f[0].matches("cap\\d+"))
                .map(f -> Arguments.of(f[0], Double.parseDouble(f[3])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void reachesThePublishedOptimum(String name, double optimum) throws IOException {
        var problem = OrLibCflp.toProblem(OrLibCflp.read(DIR.resolve(name + ".txt"), OptionalDouble.empty()));
        SolveOptions options = new SolveOptions(Duration.ofSeconds(60), 0, 1, 1e-9, Map.of(), null);
        SolveResult r = new MipSolver().solve(problem, options, e -> { });
        assertEquals(Status.OPTIMAL, r.status(), name);
        // capopt rounds to 3 decimals: 1e-6 relative is far looser than that rounding
        assertEquals(optimum, r.objective(), 1e-6 * optimum, name);
    }

    @ParameterizedTest(name = "{0} by the Lagrangian method")
    @MethodSource("instances")
    void theLagrangianMethodProvesThePublishedOptimum(String name, double optimum) throws IOException {
        var problem = OrLibCflp.toProblem(OrLibCflp.read(DIR.resolve(name + ".txt"), OptionalDouble.empty()));
        SolveOptions options = new SolveOptions(Duration.ofSeconds(60), 0, 1, 1e-9, Map.of("method", "lagrangian"), null);
        SolveResult r = new MipSolver().solve(problem, options, e -> { });
        assertEquals(Status.OPTIMAL, r.status(), name);
        assertEquals(optimum, r.objective(), 1e-6 * optimum, name);
        // the proof: a bound within the requested gap of the plan
        assertEquals(r.objective(), r.bound(), 1e-9 * optimum + 1e-9, name);
    }

    @ParameterizedTest(name = "{0} through the JSON file")
    @CsvSource({"cap41, 1040444.375", "cap134, 928941.75"})
    void theWrittenProblemFileReadsBackToTheSameOptimum(String name, double optimum) throws Exception {
        String json = OrLibCflp.toJson(OrLibCflp.read(DIR.resolve(name + ".txt"), OptionalDouble.empty()));
        var problem = new org.reshore.io.ProblemReader().parse(json, name + ".json").problem();
        SolveOptions options = new SolveOptions(Duration.ofSeconds(60), 0, 1, 1e-9, Map.of(), null);
        SolveResult r = new MipSolver().solve(problem, options, e -> { });
        assertEquals(Status.OPTIMAL, r.status(), name);
        assertEquals(optimum, r.objective(), 1e-6 * optimum, name);
    }
}
