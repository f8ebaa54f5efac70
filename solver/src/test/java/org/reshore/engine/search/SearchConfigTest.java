package org.reshore.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;

/** Solver configurations are files: reshore JSON or OptaPlanner XML, chosen by the "config" parameter. */
class SearchConfigTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = SearchConfig.class.getResourceAsStream("/org/reshore/engine/search/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static SolveResult solve(org.reshore.model.Problem problem, Path config) {
        SolveOptions options = new SolveOptions(Duration.ofSeconds(20), 3, 1, 1e-6, Map.of("config", config.toString()), null);
        return new SearchSolver().solve(problem, options, p -> { });
    }

    @Test
    void shippedLateAcceptanceJsonFindsTheTinyPolicyOptimum() throws Exception {
        SolveResult result = solve(Fixtures.tinyPolicy(), resource("late-acceptance.json"));
        assertEquals(1910, result.objective(), 1e-9 * 1910);
        assertEquals("late-acceptance.json", result.config().get("config"));
    }

    @Test
    void shippedOptaPlannerXmlFindsTheTinyExposureOptimum() throws Exception {
        SolveResult result = solve(Fixtures.tinyExposure(), resource("solver-config.xml"));
        assertEquals(2250, result.objective(), 1e-9 * 2250);
    }

    @Test
    void restartsAddAPerturbationAndALocalSearchPhaseEach() throws Exception {
        Path file = dir.resolve("restarts.json");
        Files.writeString(file, "{\"acceptor\": {\"type\": \"tabu\"}, \"restarts\": {\"count\": 2, \"strength\": 1}}");
        assertEquals(5, SearchConfig.read(file).toSolverConfig(1, 10, 0).getPhaseConfigList().size());
    }

    @Test
    void shippedIteratedLocalSearchJsonFindsTheEnumeratedOptimum() throws Exception {
        org.reshore.model.Problem problem = RandomFacilities.instance(8, 20, 7);
        SolveOptions options = new SolveOptions(Duration.ofSeconds(3), 3, 1, 1e-6,
                Map.of("config", resource("ils.json").toString()), null);
        SolveResult result = new SearchSolver().solve(problem, options, p -> { });
        double optimum = RandomFacilities.bruteForce(problem);
        assertEquals(optimum, result.objective(), 1e-9 * optimum);
        assertTrue(result.config().get("restarts").toString().contains("count=500"));
        assertTrue(result.seconds() <= 3 * 1.1 + 2, "returned after " + result.seconds() + " s");
    }

    @Test
    void simulatedAnnealingJsonRuns() throws Exception {
        Path file = dir.resolve("sa.json");
        Files.writeString(file, "{\"acceptor\": {\"type\": \"simulatedAnnealing\", \"startingTemperature\": 50},"
                + " \"termination\": {\"unimprovedSteps\": 2000}}");
        assertEquals(1910, solve(Fixtures.tinyPolicy(), file).objective(), 1e-9 * 1910);
    }

    @Test
    void misspelledFieldIsAnError() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"acceptor\": {\"type\": \"lateAcceptance\", \"sise\": 10}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solve(Fixtures.tinyPolicy(), file));
        assertTrue(e.getMessage().contains("sise"), e.getMessage());
    }

    @Test
    void unknownAcceptorIsAnError() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"acceptor\": {\"type\": \"greatDeluge\"}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solve(Fixtures.tinyPolicy(), file));
        assertTrue(e.getMessage().contains("greatDeluge"), e.getMessage());
    }

    @Test
    void startFromAllModulesBuiltAlsoReachesTheOptimum() {
        SolveOptions options = new SolveOptions(Duration.ofSeconds(20), 0, 1, 1e-6, Map.of("start", "all"), null);
        SolveResult result = new SearchSolver().solve(Fixtures.tinyPolicy(), options, p -> { });
        assertEquals(1910, result.objective(), 1e-9 * 1910);
        assertEquals("all", result.config().get("start"));
    }

    @Test
    void unknownStartIsAnError() {
        SolveOptions options = new SolveOptions(Duration.ofSeconds(5), 0, 1, 1e-6, Map.of("start", "random"), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SearchSolver().solve(Fixtures.tinyPolicy(), options, p -> { }));
        assertTrue(e.getMessage().contains("random"), e.getMessage());
    }
}
