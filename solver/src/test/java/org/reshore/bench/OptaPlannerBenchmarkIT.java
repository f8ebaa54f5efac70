package org.reshore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.engine.mip.GlopRecourseSolver;
import org.reshore.engine.search.SearchSolver;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;

/**
 * A suite asking for OptaPlanner's own benchmarker: its report on each problem the search takes,
 * linked from reshore's report, a robust problem listed as skipped. optaplanner-benchmark 10.1.0
 * runs against core-impl 10.2.0 with Bavet, and no Drools or KIE class is on the class path.
 */
class OptaPlannerBenchmarkIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void writesOptaPlannersReportPerProblemAndLinksIt() throws Exception {
        assertNull(ClassLoader.getSystemClassLoader().getResource("org/drools"), "no Drools on the class path");
        assertNull(ClassLoader.getSystemClassLoader().getResource("org/kie"), "no KIE on the class path");
        Path suiteFile = dir.resolve("op.json");
        Path search = ROOT.resolve("solver/src/main/resources/org/reshore/engine/search");
        Files.writeString(suiteFile, """
                {"name": "op", "timeLimit": "1s", "childJvm": false, "optaplannerBenchmark": true,
                 "problems": [{"orlib": "%s"}, {"file": "%s"}],
                 "configurations": [{"name": "greedy", "engine": "greedy"},
                                    {"name": "tabu", "engine": "search"},
                                    {"name": "late", "engine": "search", "config": "%s"}]}
                """.formatted(ROOT.resolve("benchmarks/instances/orlib-cflp/cap41.txt"), ROOT.resolve("problems/rare-earths.json"),
                search.resolve("late-acceptance.json")));
        Suite suite = SuiteReader.read(suiteFile);
        assertTrue(suite.optaplannerBenchmark());
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        BenchEngines engines = new BenchEngines() {
            @Override
            public PlanSolver create(String engine) {
                return engine.equals("greedy") ? new GreedySolver(new GlopRecourseSolver()) : new SearchSolver();
            }

            @Override
            public Evaluator evaluator(Problem problem) {
                return problem.scenarios().isEmpty() ? new Evaluator() : new Evaluator(new GlopRecourseSolver());
            }
        };
        BenchResults r = new BenchRunner(engines, new PrintWriter(err, true)).run(suite, out);

        assertTrue(err.toString().contains("bench: OptaPlanner's benchmarker on cap41: 2 configuration(s)"), err.toString());
        List<BenchResults.OptaPlannerReport> reports = ResultsJson.read(out).optaplanner();
        assertEquals(2, reports.size());
        BenchResults.OptaPlannerReport cap41 = reports.get(0);
        assertEquals("cap41", cap41.problem());
        assertNotNull(cap41.report(), cap41.note());
        assertTrue(cap41.report().startsWith("optaplanner/cap41/") && cap41.report().endsWith("/index.html"), cap41.report());
        String index = Files.readString(out.resolve(cap41.report()));
        assertTrue(index.contains("tabu") && index.contains("late"), "both search configurations in OptaPlanner's report");
        assertTrue(index.contains("Best score"), "its best-score statistic");
        // a chart OptaPlanner drew (headless) for the best score over time
        try (var charts = Files.list(out.resolve(cap41.report()).getParent().resolve("cap41"))) {
            assertTrue(charts.anyMatch(f -> f.getFileName().toString().startsWith("cap41BestScoreStatistic")));
        }
        BenchResults.OptaPlannerReport robust = reports.get(1);
        assertNull(robust.report());
        assertTrue(robust.note().startsWith("skipped: robust mode"), robust.note());

        String page = new BenchReport(r).html();
        assertTrue(page.contains("<a href=\"" + cap41.report() + "\">"), "linked from reshore's report");
        assertTrue(page.contains("rare-earths: skipped: robust mode"), "the skipped problem says why");
        // reshore's own runs are there too: greedy and both searches on cap41, judged by the evaluator
        assertEquals(6, r.runs().size());
        assertEquals("ok", r.runs().get(1).outcome(), r.runs().get(1).message());
    }
}
