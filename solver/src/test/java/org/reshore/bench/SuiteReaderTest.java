package org.reshore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped suites read, and bad suites say where they are wrong. */
class SuiteReaderTest {
    private static final Path SUITES = Path.of("..", "benchmarks", "suites");

    @TempDir
    Path dir;

    @Test
    void orLibrarySuiteHasTheThirtySevenInstancesInOrderWithTheirOptima() throws Exception {
        Suite s = SuiteReader.read(SUITES.resolve("orlib-cap.json"));
        assertEquals(37, s.problems().size());
        assertEquals("cap41", s.problems().get(0).id());
        assertEquals("cap134", s.problems().get(36).id());
        assertEquals(37, Optima.read(s.bestKnown()).keySet().stream()
                .filter(k -> s.problems().stream().anyMatch(p -> p.id().equals(k))).count(), "every instance has its optimum");
    }

    @Test
    void largeSuiteExpandsCapacityVariantsNamedAsInOptima() throws Exception {
        Suite s = SuiteReader.read(SUITES.resolve("orlib-large.json"));
        List<String> ids = s.problems().stream().map(BenchProblem::id).toList();
        assertEquals(12, ids.size());
        assertEquals(List.of("capa_8000", "capa_10000", "capa_12000", "capa_14000"), ids.subList(0, 4));
        assertTrue(Optima.read(s.bestKnown()).keySet().containsAll(ids));
    }

    @Test
    void reshoringSuiteTakesTheProblemsFolderAndTimeLimitsOverride() throws Exception {
        Suite s = SuiteReader.read(SUITES.resolve("reshoring.json")).withTimeLimit(Duration.ofSeconds(3));
        assertTrue(s.problems().stream().anyMatch(p -> p.id().equals("semiconductors-2021")));
        assertTrue(s.configurations().stream().allMatch(c -> c.timeLimit().equals(Duration.ofSeconds(3))));
    }

    @Test
    void mistakesNameTheirJsonPath() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"orlib\":\"none*.txt\"}],\"configurations\":[{\"engine\":\"greedy\"}]}");
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.problems[0].orlib: 'none*.txt' matches no file"));
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"folder\":\".\"}],\"configurations\":[{\"engine\":\"cplex\"}]}");
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.configurations[0].engine: one of greedy, mip, search, cbc, not 'cplex'"));
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"folder\":\".\"}],\"configurations\":[{\"engine\":\"mip\","
                + "\"timelimit\":\"5s\"}]}");
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.configurations[0].timelimit: unknown field"));
    }
}
