package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.ProblemReader;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;

/**
 * CBC solves the exported MPS and LP files to the optimum reshore's mip engine finds, and CBC's
 * values, read back by their MPS names, make a plan the evaluator prices at that optimum; HiGHS
 * (the npm package highs, as the benchmarks run it) solves the MPS file to it too. The
 * tolerance is 1e-8 relative: rounding every number to 6 significant digits (OR-Tools' export)
 * moves an optimum by less than 5e-7 of it, so 1e-6 could not tell. A corner of OR-Library capa,
 * whose unit costs (cost / demand) have 16 digits, is one whose optimum the rounding changed. Skipped,
 * saying why, without cbc on PATH or highs-js (benchmarks/scripts/install-reference-solvers.sh
 * installs both).
 */
class ModelExportIT {
    static final Path ROOT = Paths.get("..");

    static Stream<Arguments> problems() throws Exception {
        Path orlib = ROOT.resolve("benchmarks/instances/orlib-cflp");
        return Stream.of(Arguments.of("tiny-bom-periods", Examples.tinyBomPeriods()),
                Arguments.of("tiny-policy", Examples.tinyPolicy()),
                Arguments.of("random 3", FacilityProblems.random(3)),
                Arguments.of("medical-supplies", shipped("medical-supplies")),
                Arguments.of("rare-earths", shipped("rare-earths")),
                Arguments.of("cap41", OrLibCflp.toProblem(OrLibCflp.read(orlib.resolve("cap41.txt"), OptionalDouble.empty()))),
                Arguments.of("cap131", OrLibCflp.toProblem(OrLibCflp.read(orlib.resolve("cap131.txt"), OptionalDouble.empty()))),
                Arguments.of("capa 25x200", OrLibCflp.toProblem(capaCorner(orlib, 25, 200, 1500))));
    }

    /**
     * The first {@code m} warehouses (each of capacity {@code capacity}) and {@code n} customers of
     * OR-Library capa: its unit costs (cost / demand) have 16 digits. Rounded to 6 (OR-Tools'
     * export), CBC's optimum of 25x200 at 1500 was 13401980.80 instead of 13401989.48 (6.5e-7 lower).
     */
    private static OrLibCflp.Instance capaCorner(Path orlib, int m, int n, double capacity) throws Exception {
        OrLibCflp.Instance a = OrLibCflp.read(orlib.resolve("capa.txt"), OptionalDouble.of(capacity));
        double[][] cost = new double[m][];
        for (int i = 0; i < m; i++) cost[i] = java.util.Arrays.copyOf(a.cost()[i], n);
        return new OrLibCflp.Instance("capa_" + m + "x" + n, java.util.Arrays.copyOf(a.capacity(), m),
                java.util.Arrays.copyOf(a.fixedCost(), m), java.util.Arrays.copyOf(a.demand(), n), cost);
    }

    private static Problem shipped(String name) throws Exception {
        Path f = ROOT.resolve("problems").resolve(name + ".json");
        return new ProblemReader().parse(Files.readString(f), f.toString()).problem();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void cbcSolvesTheExportedFilesToReshoresOptimum(String label, Problem p, @TempDir Path dir) throws Exception {
        String cbc = onPath("cbc");
        Assumptions.assumeTrue(cbc != null, "no cbc on PATH (benchmarks/scripts/install-reference-solvers.sh installs it)");
        SolveResult own = new MipSolver().solve(p, new SolveOptions(Duration.ofSeconds(60), 0, 1, 1e-9, Map.of(), null), e -> { });
        assertEquals(Status.OPTIMAL, own.status(), label);
        double constant = new ReshoreModel(p).weighted().constant();
        double tolerance = 1e-8 * Math.max(1, Math.abs(own.objective()));
        for (ModelExport.Format format : ModelExport.Format.values()) {
            Path model = dir.resolve("model." + format.name().toLowerCase());
            ModelExport.write(p, model, format);
            Path sol = dir.resolve("solution-" + format + ".txt");
            List<String> lines = runCbc(cbc, model, sol, dir);
            assertTrue(lines.get(0).startsWith("Optimal"), label + " " + format + ": " + lines.get(0));
            double objective = Double.parseDouble(lines.get(0).replaceAll(".*objective value\\s+", "").trim());
            assertEquals(own.objective(), objective + constant, tolerance, label + " " + format);
            if (format != ModelExport.Format.MPS) continue;
            Map<String, Double> values = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.replace("**", " ").trim().split("\\s+");
                values.put(f[1], Double.parseDouble(f[2]));
            }
            // robust problems: the evaluator prices the scenarios with the recourse LP
            Evaluator evaluator = p.scenarios().isEmpty() ? new Evaluator() : new Evaluator(new GlopRecourseSolver());
            Evaluation v = evaluator.evaluate(p, ModelExport.solution(p, values));
            assertTrue(v.feasible(), label + ": " + v.violations());
            assertEquals(own.objective(), v.objective(), tolerance, label + ": CBC's plan, priced by the evaluator");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void highsJsSolvesTheExportedMpsToReshoresOptimum(String label, Problem p) {
        String why = org.reshore.bench.HighsJsReference.absence();
        Assumptions.assumeTrue(why == null, () -> "highs-js not tested: " + why);
        SolveOptions options = new SolveOptions(Duration.ofSeconds(60), 0, 1, 1e-9, Map.of(), null);
        SolveResult own = new MipSolver().solve(p, options, e -> { });
        assertEquals(Status.OPTIMAL, own.status(), label);
        SolveResult highs = new org.reshore.bench.HighsJsReference().solve(p, options, e -> { });
        assertEquals(Status.OPTIMAL, highs.status(), label);
        double constant = new ReshoreModel(p).weighted().constant();
        assertEquals(own.objective(), highs.objective() + constant, 1e-8 * Math.max(1, Math.abs(own.objective())), label);
    }

    private static List<String> runCbc(String cbc, Path model, Path sol, Path dir) throws Exception {
        Path log = dir.resolve("cbc.log");
        Process proc = new ProcessBuilder(cbc, model.toString(), "-ratioGap", "1e-9", "-threads", "1", "-sec", "60",
                "-solve", "-solu", sol.toString(), "-quit").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!proc.waitFor(120, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError("cbc did not end on " + model);
        }
        assertTrue(Files.isRegularFile(sol), "no solution file; cbc said: " + Files.readString(log));
        String text = Files.readString(log);
        // CBC falls back to names of its own when it rejects a file's names
        assertTrue(!text.contains("Invalid") && !text.contains("invalid"), text);
        return Files.readAllLines(sol);
    }

    private static String onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) return Path.of(d, name).toString();
        }
        return null;
    }
}
