package org.reshore.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.engine.mip.MipSolver;
import org.reshore.engine.search.SearchSolver;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.testing.RandomCflp;

/**
 * A stop request ({@link StopSignal}) stops every engine within moments, and what it returns is
 * its best plan so far, feasible, with status INTERRUPTED; the MIP backends that ignore OR-Tools'
 * interruptSolve (HiGHS, CBC) included. In-process; Ctrl-C itself: cli.InterruptIT.
 */
class StopRequestTest {
    private static final Duration LONG = Duration.ofMinutes(5);
    /** 40 × 150 facility location: no MIP backend proves it in minutes; the greedy needs ~1 s. */
    private static Problem hard;
    private static Solution greedyPlan;
    private static double greedyObjective;
    private static ScheduledExecutorService timer;

    @BeforeAll
    static void setUp() {
        hard = OrLibCflp.toProblem(RandomCflp.instance(40, 150, 5, 1));
        SolveResult g = new GreedySolver().solve(hard, options(null, new StopSignal()), p -> { });
        assertEquals(Status.FEASIBLE, g.status());
        greedyPlan = g.solution();
        greedyObjective = g.objective();
        timer = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    static void tearDown() {
        timer.shutdownNow();
    }

    private static SolveOptions options(Solution warmStart, StopSignal stop) {
        return new SolveOptions(LONG, 0, 1, 1e-9, Map.of(), warmStart, stop);
    }

    @ParameterizedTest
    @ValueSource(strings = {"highs", "scip", "cbc"})
    void mipStoppedWhileSolvingReturnsItsBestPlanAtOnce(String backend) {
        // 15 s, not minutes: HiGHS and CBC are abandoned, not stopped, and would use a core of this
        // JVM until their own limit
        SolveOptions o = new SolveOptions(Duration.ofSeconds(15), 0, 1, 1e-9, Map.of("backend", backend, "method", "strong"),
                greedyPlan, new StopSignal());
        SolveResult r = stoppedAfter(new MipSolver(), o, 1500);
        assertEquals(Status.INTERRUPTED, r.status(), r.config().toString());
        assertJudgedFeasible(r);
        assertTrue(r.objective() <= greedyObjective * (1 + 1e-9), backend + ": worse than its warm start");
    }

    @Test
    void lagrangianMethodStoppedWhileBranchingReturnsItsBestPlan() throws Exception {
        // capb at capacity 6000 takes the Lagrangian method well over the 2 s after which it is stopped
        Problem capb = OrLibCflp.toProblem(OrLibCflp.read(Path.of("..", "benchmarks", "instances", "orlib-cflp", "capb.txt"),
                java.util.OptionalDouble.of(6000)));
        SolveOptions o = new SolveOptions(LONG, 0, 1, 1e-9, Map.of("method", "lagrangian"), null, new StopSignal());
        SolveResult r = stoppedAfter(new MipSolver(), capb, o, 2000);
        assertEquals(Status.INTERRUPTED, r.status(), r.config().toString());
        Evaluation e = new Evaluator().evaluate(capb, r.solution());
        assertTrue(e.feasible());
        assertEquals(e.objective(), r.objective(), 1e-9 * e.objective());
        assertTrue(r.bound() <= r.objective(), "a bound, not a claim");
    }

    @Test
    void mipStoppedBeforeItStartsReturnsTheWarmStart() {
        StopSignal stop = new StopSignal();
        stop.request();
        SolveResult r = new MipSolver().solve(hard, options(greedyPlan, stop), p -> { });
        assertEquals(Status.INTERRUPTED, r.status());
        assertEquals(greedyObjective, r.objective(), 1e-9 * greedyObjective);
    }

    @Test
    void searchStoppedWhileSearchingReturnsItsBestPlanAtOnce(@TempDir Path dir) throws Exception {
        // a tabu search that would run for minutes: only the request ends it
        Path endless = dir.resolve("endless.json");
        Files.writeString(endless, "{\"acceptor\": {\"type\": \"tabu\"}, \"termination\": {\"unimprovedSteps\": 1000000000}}");
        SolveOptions o = new SolveOptions(LONG, 0, 1, 1e-9, Map.of("config", endless.toString()), greedyPlan, new StopSignal());
        SolveResult r = stoppedAfter(new SearchSolver(), o, 1500);
        assertEquals(Status.INTERRUPTED, r.status());
        assertJudgedFeasible(r);
        assertTrue(r.objective() <= greedyObjective * (1 + 1e-9), "worse than its start");
    }

    @Test
    void greedyStopsBetweenSteps() {
        // 60 × 300: the greedy needs seconds here (on 40 × 150 it can finish within 0.2 s)
        Problem larger = OrLibCflp.toProblem(RandomCflp.instance(60, 300, 5, 1));
        long t0 = System.nanoTime();
        SolveResult r = stoppedAfter(new GreedySolver(), larger, options(null, new StopSignal()), 300);
        // stopped before it had built enough, the greedy has no feasible plan yet: that is said
        assertTrue(r.status() == Status.INTERRUPTED || r.status() == Status.NO_SOLUTION, r.status().toString());
        assertTrue((System.nanoTime() - t0) / 1e9 < 1.3, "the greedy did not stop between steps");
    }

    /** Solves, requesting a stop after {@code millis}; asserts that the engine returned within 1 s of it. */
    private static SolveResult stoppedAfter(PlanSolver engine, SolveOptions o, long millis) {
        return stoppedAfter(engine, hard, o, millis);
    }

    private static SolveResult stoppedAfter(PlanSolver engine, Problem problem, SolveOptions o, long millis) {
        long t0 = System.nanoTime();
        timer.schedule(o.stop()::request, millis, TimeUnit.MILLISECONDS);
        SolveResult r = engine.solve(problem, o, p -> { });
        double late = (System.nanoTime() - t0) / 1e9 - millis / 1000.0;
        assertTrue(o.stop().requested(), engine.name() + " finished before the request: the problem is too easy");
        assertTrue(late < 1.0, engine.name() + " returned " + late + " s after the stop request");
        return r;
    }

    private static void assertJudgedFeasible(SolveResult r) {
        assertNotNull(r.solution());
        Evaluation e = new Evaluator().evaluate(hard, r.solution());
        assertTrue(e.feasible(), e.violations().toString());
        assertEquals(e.objective(), r.objective(), 1e-6 * Math.abs(e.objective()));
    }
}
