package org.reshore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.reshore.generate.GeneratorSpec;
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
    void scaleSuiteGeneratesProblemsOfGrowingSizeInChildJvms() throws Exception {
        Suite s = SuiteReader.read(SUITES.resolve("scale.json"));
        assertEquals(List.of("generated-42-50x20x2x2", "generated-42-200x50x2x3", "generated-42-500x100x3x3",
                "generated-42-1000x250x3x4", "generated-42-2000x500x3x4"), s.problems().stream().map(BenchProblem::id).toList());
        assertEquals(GeneratorSpec.of(42, 2000, 500, 3, 4), s.problems().get(4).generate(),
                "the problem of benchmarks/RESULTS-search.md");
        assertEquals("reshore generate 42-50x20x2x2", s.problems().get(0).source());
        assertTrue(s.childJvm());
        assertEquals(List.of("-Xmx8g"), s.jvmOptions());
        assertEquals(List.of("greedy", "search", "mip"), s.configurations().stream().map(Suite.Configuration::engine).toList());
        // a generated problem reads like its file: the same problem reshore generate writes
        assertEquals(50, s.problems().get(0).load().sites().size());
    }

    /** Every shipped suite conforms to the schema editors complete from, and the reader takes it. */
    @Test
    void everyShippedSuiteConformsToTheSchemaAndReads() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(SUITES.resolve("schema/suite.schema.json").toFile()));
        List<Path> suites;
        try (Stream<Path> files = Files.list(SUITES)) {
            suites = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<String> names = suites.stream().map(f -> f.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("orlib-cap.json", "orlib-large.json", "reshoring.json", "scale.json")), names.toString());
        for (Path f : suites) {
            Set<ValidationMessage> errors = schema.validate(json.readTree(f.toFile()));
            assertEquals(Set.of(), errors, f.toString());
            Suite s = SuiteReader.read(f);
            assertTrue(s.runs() > 0, f.toString());
        }
        // and the schema rejects what the reader rejects
        Set<ValidationMessage> missing = schema.validate(json.readTree("{\"name\":\"x\",\"problems\":[{\"generate\":"
                + "{\"sites\":5}}],\"configurations\":[{\"engine\":\"greedy\"}]}"));
        assertTrue(missing.stream().anyMatch(m -> m.getMessage().contains("markets")), missing.toString());
    }

    @Test
    void generatedProblemsAndRunOptionsSayWhereTheyAreWrong() throws Exception {
        Path f = dir.resolve("g.json");
        String configs = ",\"configurations\":[{\"engine\":\"greedy\"}]}";
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"generate\":{\"sites\":5,\"markets\":3,\"size\":2}}]" + configs);
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.problems[0].generate.size: unknown field (known: adversaryCap, adversaryShare, budget,"));
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"generate\":{\"markets\":3}}]" + configs);
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.problems[0].generate.sites: missing"));
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"generate\":{\"sites\":5,\"markets\":3,"
                + "\"adversaryShare\":0.9,\"domesticShare\":0.2}}]" + configs);
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.problems[0].generate: adversaryShare + domesticShare is"));
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"folder\":\".\",\"id\":\"a\"}]" + configs);
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.problems[0].id: only a generated problem takes an id"));
        Files.writeString(f, "{\"name\":\"x\",\"jvmOptions\":[\"Xmx8g\"],\"problems\":[{\"folder\":\".\"}]" + configs);
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.jvmOptions[0]: a JVM option such as \"-Xmx8g\""));
        Files.writeString(f, "{\"name\":\"x\",\"optaplannerBenchmark\":true,\"problems\":[{\"folder\":\".\"}]" + configs);
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.optaplannerBenchmark: OptaPlanner's benchmarker compares search configurations: the suite has none"));
        // two generated problems with one id are a clash; an id of its own settles it
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"generate\":{\"sites\":5,\"markets\":3}},"
                + "{\"generate\":{\"sites\":5,\"markets\":3}, \"id\":\"again\"}]" + configs);
        Suite s = SuiteReader.read(f);
        assertEquals(List.of("generated-0-5x3x1x1", "again"), s.problems().stream().map(BenchProblem::id).toList());
        assertTrue(s.childJvm(), "runs in child JVMs unless the suite says otherwise");
    }

    @Test
    void mistakesNameTheirJsonPath() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"orlib\":\"none*.txt\"}],\"configurations\":[{\"engine\":\"greedy\"}]}");
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.problems[0].orlib: 'none*.txt' matches no file"));
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"folder\":\".\"}],\"configurations\":[{\"engine\":\"cplex\"}]}");
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.configurations[0].engine: one of greedy, mip, search, cbc, highs-js, not 'cplex'"));
        Files.writeString(f, "{\"name\":\"x\",\"problems\":[{\"folder\":\".\"}],\"configurations\":[{\"engine\":\"mip\","
                + "\"timelimit\":\"5s\"}]}");
        assertTrue(assertThrows(SuiteException.class, () -> SuiteReader.read(f)).getMessage()
                .contains("$.configurations[0].timelimit: unknown field"));
    }
}
