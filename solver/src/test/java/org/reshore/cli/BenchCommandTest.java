package org.reshore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.report.Chromium;

/**
 * reshore bench end to end on the shipped smoke suite (benchmarks/suites/tiny.json: two worked
 * examples × greedy and mip), then bench report redrawing the page from results.json alone.
 */
class BenchCommandTest {
    private static final Path TINY = Path.of("..", "benchmarks", "suites", "tiny.json");

    @TempDir
    Path dir;

    @Test
    void runsTheSuiteWritesRawResultsAndRedrawsTheSameReport() throws Exception {
        Path out = dir.resolve("tiny");
        ReportCommandsTest.Run r = ReportCommandsTest.run("bench", TINY.toString(), "--out", out.toString(),
                "--time-limit", "5s");
        assertEquals(0, r.code(), r.err());
        // one progress line per run: i of n, problem, configuration, elapsed, time left
        for (int i = 1; i <= 4; i++) assertTrue(r.err().contains("bench: run " + i + " of 4  "), r.err());
        assertTrue(r.err().contains("bench: run 2 of 4  tiny-exposure  mip-highs  elapsed "), r.err());
        assertTrue(r.err().contains("left "), r.err());
        assertTrue(r.out().contains("4 runs, 0 failed"), r.out());

        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals("reshore-bench/1", json.get("format").asText());
        assertEquals(5.0, json.get("configurations").get(1).get("timeLimitSeconds").asDouble(), "--time-limit overrides");
        assertEquals(4, json.get("runs").size());
        // each run in a JVM of its own (the default), which says how long its whole life took
        assertEquals("each in a child JVM", json.get("machine").get("runs").asText());
        for (JsonNode run : json.get("runs")) {
            assertTrue(run.get("statistics").get("processSeconds").asDouble() > run.get("seconds").asDouble(), run.toString());
        }
        for (JsonNode run : json.get("runs")) {
            for (String f : List.of("problem", "configuration", "engine", "seed", "repetition", "outcome", "engineStatus",
                    "objective", "engineObjective", "bound", "gap", "seconds", "bestKnown", "gapToBestKnown",
                    "timeToFirstFeasible", "timeToTarget", "peakHeapMb", "peakRssMb", "statistics", "progress")) {
                assertTrue(run.has(f), f + " in " + run);
            }
            assertEquals("ok", run.get("outcome").asText(), run.toString());
            assertTrue(run.get("peakHeapMb").asDouble() > 0, run.toString());
            assertTrue(run.get("timeToFirstFeasible").asDouble() <= run.get("seconds").asDouble(), run.toString());
        }
        // the worked optima (problems/examples/README.md): tiny-exposure 2250, tiny-policy 1910
        JsonNode mipExposure = json.get("runs").get(1);
        assertEquals("mip-highs", mipExposure.get("configuration").asText());
        assertEquals("OPTIMAL", mipExposure.get("engineStatus").asText());
        assertEquals(2250, mipExposure.get("objective").asDouble(), 1e-6);
        // HiGHS's bound through OR-Tools is what its gap tolerance guarantees (docs/decisions/mip.md)
        assertTrue(mipExposure.get("bound").asDouble() <= 2250 + 1e-9, mipExposure.toString());
        assertEquals(2250, mipExposure.get("bound").asDouble(), 2250 * 1e-6 + 1e-6);
        assertTrue(mipExposure.get("statistics").has("variables"), "the engine's own statistics are kept");
        JsonNode mipPolicy = json.get("runs").get(3);
        assertEquals(1910, mipPolicy.get("objective").asDouble(), 1e-6);
        assertEquals(0, mipPolicy.get("gapToBestKnown").asDouble(), 1e-9);
        assertEquals(1910, json.get("problems").get(1).get("bestKnown").asDouble(), 1e-6);
        assertEquals("best found", json.get("problems").get(1).get("bestKnownSource").asText());

        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertEquals(5, csv.size());
        assertTrue(csv.get(0).startsWith("problem,configuration,engine,seed,repetition,outcome,"), csv.get(0));
        assertTrue(csv.get(0).contains(",stat_variables,"), csv.get(0));

        String page = Files.readString(out.resolve("report.html"));
        for (String outside : List.of("<script", "src=", "href=", "@import", "url(")) {
            assertFalse(page.contains(outside), "self-contained: " + outside);
        }
        Files.delete(out.resolve("report.html"));
        ReportCommandsTest.Run redraw = ReportCommandsTest.run("bench", "report", out.toString());
        assertEquals(0, redraw.code(), redraw.err());
        assertEquals(page, Files.readString(out.resolve("report.html")), "redrawn from results.json alone");

        String dom = Chromium.render(page, "bench", dir);
        Chromium.sameMarks(page, dom);
        assertEquals(3, Chromium.count(dom, "<table"), "ranking, problems, every run");
        assertTrue(Chromium.count(dom, "<svg") >= 4, "two problems' curves, the gap strips, time to target");
        assertTrue(dom.contains(">mip-highs</text>") && dom.contains(">greedy</text>"), "curves labelled");
    }

    @Test
    void noChildJvmRunsEveryRunInThisOne() throws Exception {
        Path out = dir.resolve("same");
        ReportCommandsTest.Run r = ReportCommandsTest.run("bench", TINY.toString(), "--out", out.toString(),
                "--time-limit", "5s", "--no-child-jvm");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals("one after another in one JVM", json.get("machine").get("runs").asText());
        for (JsonNode run : json.get("runs")) {
            assertEquals("ok", run.get("outcome").asText(), run.toString());
            assertFalse(run.get("statistics").has("processSeconds"), run.toString());
        }
    }

    @Test
    void aBadSuiteIsBadInputWithItsJsonPath() throws Exception {
        Path suite = dir.resolve("bad.json");
        Files.writeString(suite, "{\"name\": \"bad\", \"problems\": [{\"file\": \"nowhere.json\"}],"
                + " \"configurations\": [{\"engine\": \"greedy\"}]}");
        ReportCommandsTest.Run r = ReportCommandsTest.run("bench", suite.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("$.problems[0].file") && r.err().contains("no such file"), r.err());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written");

        ReportCommandsTest.Run none = ReportCommandsTest.run("bench", "report", dir.resolve("missing").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("results.json: no such file"), none.err());
    }
}
