package org.reshore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.PlanFile;
import org.reshore.io.PlanReader;
import org.reshore.io.Plans;
import org.reshore.io.ProblemReader;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;
import org.reshore.testing.RandomCflp;

/**
 * Ctrl-C for real: {@code reshore solve} runs as a child process on a problem that keeps every
 * engine busy for much longer than the test waits, and receives SIGINT. The first one must stop
 * the engine, write its best plan atomically with status INTERRUPTED, and exit 130; two in quick
 * succession must exit 130 at once and leave neither a plan nor a temporary file.
 */
class InterruptIT {
    /** What the engine gets before the first Ctrl-C, once it has started. */
    private static final long RUNNING_MILLIS = 2500;

    @TempDir
    static Path dir;
    /** 40 × 150 facility location: greedy in ~1.5 s, each MIP backend still searching after a minute. */
    private static Path medium;
    /**
     * 150 × 600: the greedy alone takes well over the few seconds before Ctrl-C (at 60 × 300 it
     * sometimes finished just before the signal, on a quiet machine, and exited 0).
     */
    private static Path large;
    /** Tabu search that stops only on the clock or a request. */
    private static Path endless;

    @BeforeAll
    static void problems() throws IOException {
        assumeTrue(ChildReshore.canSignal(), "needs a POSIX kill to send SIGINT");
        medium = dir.resolve("medium.json");
        OrLibCflp.writeJson(RandomCflp.instance(40, 150, 5, 1), medium);
        large = dir.resolve("large.json");
        OrLibCflp.writeJson(RandomCflp.instance(150, 600, 5, 1), large);
        endless = dir.resolve("endless.json");
        Files.writeString(endless, """
                {"acceptor": {"type": "tabu"}, "acceptedCountLimit": 200,
                 "termination": {"unimprovedSteps": 1000000000}}
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mip:highs", "mip:scip", "mip:cbc", "search"})
    void firstCtrlCWritesTheBestPlanSoFarAndExits130(String engine) throws Exception {
        Path out = dir.resolve(engine.replace(':', '-') + ".plan.json");
        ChildReshore run = start(engine, medium, out);
        assertTrue(run.awaitErr("engine starts", 60), ChildReshore.text(run.err));
        Thread.sleep(RUNNING_MILLIS);
        assertTrue(run.process.isAlive(), engine + " finished before Ctrl-C: " + ChildReshore.text(run.out));
        double sent = run.elapsed();
        run.interrupt();
        int code = run.waitFor(60);
        double stopping = run.elapsed() - sent;
        String err = ChildReshore.text(run.err);
        assertEquals(ExitCode.INTERRUPTED, code, err);
        assertTrue(stopping < 10, engine + " took " + stopping + " s to stop");
        assertTrue(Files.exists(out), "no plan written: " + err);
        PlanFile plan = PlanReader.read(out);
        assertEquals("INTERRUPTED", plan.solver().status(), err);
        assertEquals(engine.replaceAll(":.*", ""), plan.solver().name(), "the engine that was stopped wrote the plan");
        Problem problem = new ProblemReader().read(medium).problem();
        Evaluation verdict = new Evaluator().evaluate(problem, Plans.toSolution(problem, plan));
        assertTrue(verdict.feasible(), verdict.violations().toString());
        assertEquals(verdict.objective(), plan.solver().objective(), 1e-9 * Math.abs(verdict.objective()));
        assertEquals(List.of(), leftovers(out), "temporary files left");
        System.out.printf("%s: stopped %.2f s after Ctrl-C; plan %.6g%n", engine, stopping, verdict.objective());
    }

    /**
     * The greedy engine builds until demand is met: stopped early, its plan so far usually leaves
     * demand unserved. Either way it must stop at once: with a feasible plan (written, INTERRUPTED)
     * or without (nothing written, and it says so).
     */
    @org.junit.jupiter.api.Test
    void ctrlCStopsTheGreedyEngineAtOnce() throws Exception {
        Path out = dir.resolve("greedy.plan.json");
        ChildReshore run = start("greedy", large, out);
        Thread.sleep(RUNNING_MILLIS + 1500);
        assertTrue(run.process.isAlive(), "greedy finished before Ctrl-C: " + ChildReshore.text(run.out));
        double sent = run.elapsed();
        run.interrupt();
        int code = run.waitFor(60);
        double stopping = run.elapsed() - sent;
        String err = ChildReshore.text(run.err);
        assertEquals(ExitCode.INTERRUPTED, code, err);
        assertTrue(stopping < 5, "greedy took " + stopping + " s to stop");
        if (Files.exists(out)) {
            assertEquals("INTERRUPTED", PlanReader.read(out).solver().status());
        } else {
            assertTrue(err.contains("nothing written"), err);
        }
        assertEquals(List.of(), leftovers(out), "temporary files left");
        System.out.printf("greedy: stopped %.2f s after Ctrl-C; plan written: %s%n", stopping, Files.exists(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mip:highs", "search"})
    void secondCtrlCQuitsAtOnceAndLeavesNoFile(String engine) throws Exception {
        Path out = dir.resolve("twice-" + engine.replace(':', '-') + ".plan.json");
        ChildReshore run = start(engine, medium, out);
        assertTrue(run.awaitErr("engine starts", 60), ChildReshore.text(run.err));
        Thread.sleep(RUNNING_MILLIS);
        double sent = run.elapsed();
        run.interrupt();
        run.interrupt();
        int code = run.waitFor(30);
        double quitting = run.elapsed() - sent;
        String err = ChildReshore.text(run.err);
        assertEquals(ExitCode.INTERRUPTED, code, err);
        assertTrue(quitting < 3, engine + " took " + quitting + " s to quit");
        if (err.contains("interrupted again; quitting, nothing written")) {
            assertFalse(Files.exists(out), "a plan was written");
        } else {
            // the search can stop and write its plan before the second signal is delivered: then
            // the plan is whole (it reads back, INTERRUPTED), never a part of one
            assertEquals("INTERRUPTED", PlanReader.read(out).solver().status(), err);
        }
        assertEquals(List.of(), leftovers(out), "temporary files left");
    }

    private static ChildReshore start(String engine, Path problem, Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of("solve", problem.toString(), "--time-limit", "300s", "--out", out.toString()));
        String[] e = engine.split(":");
        args.addAll(List.of("--engine", e[0]));
        if (e.length > 1) args.addAll(List.of("--method", "strong", "--backend", e[1])); // the backend's own solve
        if (e[0].equals("search")) args.addAll(List.of("--config", endless.toString()));
        Files.deleteIfExists(out);
        return ChildReshore.start(dir, out.getFileName().toString(), args.toArray(String[]::new));
    }

    /** Hidden temporary siblings of the plan file (AtomicFiles writes ".<name>.<random>.tmp"). */
    private static List<String> leftovers(Path plan) throws IOException {
        String prefix = "." + plan.getFileName();
        try (Stream<Path> files = Files.list(plan.getParent())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
        }
    }
}
