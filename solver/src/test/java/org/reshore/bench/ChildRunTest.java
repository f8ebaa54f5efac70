package org.reshore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.compare.TinyPlans;
import org.reshore.engine.PlanSolver;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;

/**
 * Runs in child JVMs: the record comes back whole, a child that overruns its limit is killed and
 * its run recorded as a timeout, a child that dies is an error with what it said on stderr. The
 * children's main classes are below; they run with this test's class path, as reshore bench's do.
 */
class ChildRunTest {
    @TempDir
    Path dir;

    /** Engines as in BenchRunnerTest: "mip" reports 3000 at 1 s, 2260 at 2 s, then returns the optimum 2250. */
    static final class Engines implements BenchEngines {
        private final String main;

        Engines(Class<?> main) {
            this.main = main.getName();
        }

        @Override
        public PlanSolver create(String engine) {
            return new BenchRunnerTest.Stepper();
        }

        @Override
        public Evaluator evaluator(Problem problem) {
            return new Evaluator();
        }

        @Override
        public String childMainClass() {
            return main;
        }
    }

    /** A child that runs its spec with the Stepper engine. */
    public static final class StepperChild {
        public static void main(String[] args) throws Exception {
            System.exit(BenchRunner.child(args, new Engines(StepperChild.class), System.out));
        }
    }

    /** A child that starts its run and never ends it. */
    public static final class SleepyChild {
        public static void main(String[] args) throws Exception {
            System.out.println(ChildRun.STARTED);
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    /** A child that dies before it writes a record. */
    public static final class DyingChild {
        public static void main(String[] args) {
            System.err.println("java.lang.OutOfMemoryError: Java heap space");
            System.exit(3);
        }
    }

    private Suite suite(Duration limit) throws Exception {
        Path optima = dir.resolve("optima.csv");
        Files.writeString(optima, "name,optimal_value\ntiny-exposure,2250\n");
        BenchProblem tiny = new BenchProblem("tiny-exposure", TinyPlans.EXAMPLES.resolve("tiny-exposure.json"), false,
                OptionalDouble.empty());
        return new Suite("child", "", dir.resolve("child.json"), List.of(tiny), List.of(
                new Suite.Configuration("stepper", "mip", limit, 1e-6, 1, Map.of(), false)), List.of(3L), 1, optima,
                true, List.of("-Xmx256m"), false);
    }

    private static BenchResults run(Class<?> child, Suite suite, Path out, Duration margin) throws Exception {
        StringWriter err = new StringWriter();
        return new BenchRunner(new Engines(child), new PrintWriter(err, true)).killAfter(d -> margin).run(suite, out);
    }

    @Test
    void theChildsRecordComesBackWithItsOwnMemoryAndTheProcessTime() throws Exception {
        BenchResults r = run(StepperChild.class, suite(Duration.ofSeconds(20)), dir.resolve("out"), Duration.ofSeconds(30));
        RunRecord x = r.runs().get(0);
        assertEquals("ok", x.outcome(), x.message());
        assertEquals(2250, x.objective(), 1e-9);
        assertEquals(3, x.seed());
        assertEquals(0, x.gapToBestKnown(), 1e-12);
        assertEquals(2.0, x.timeToTarget(), 0.5, "the Stepper's 2260 at 2 s is within 1% of 2250");
        assertEquals(42, x.statistics().get("moves").intValue(), "the engine's statistics cross the process boundary");
        double process = x.statistics().get("processSeconds").doubleValue();
        assertTrue(process > x.seconds(), "the child's whole life (JVM start, reading) is longer than its run: " + process);
        assertTrue(x.peakHeapMb() > 0 && x.peakHeapMb() < 256, "the child's heap, within its -Xmx256m: " + x.peakHeapMb());
        assertEquals("each in a child JVM", r.machine().get("runs"));
        assertTrue(r.machine().get("childJvmOptions").endsWith("-Xmx256m"), r.machine().toString());
    }

    @Test
    void aChildThatOverrunsItsLimitIsKilledAndTheRunIsATimeout() throws Exception {
        long t0 = System.nanoTime();
        BenchResults r = run(SleepyChild.class, suite(Duration.ofSeconds(1)), dir.resolve("out"), Duration.ofMillis(500));
        double wall = (System.nanoTime() - t0) / 1e9;
        RunRecord x = r.runs().get(0);
        assertEquals("timeout", x.outcome());
        assertTrue(x.message().startsWith("killed: still running 0.5 s after its time limit of 1 s"), x.message());
        assertTrue(!x.ok() && Double.isNaN(x.objective()));
        // killed at the limit plus the margin (1.5 s after the child said it started), not after its two minutes
        assertTrue(wall < 30, "wall " + wall);
    }

    @Test
    void aChildThatDiesIsAnErrorWithWhatItSaid() throws Exception {
        BenchResults r = run(DyingChild.class, suite(Duration.ofSeconds(5)), dir.resolve("out"), Duration.ofSeconds(5));
        RunRecord x = r.runs().get(0);
        assertEquals("error", x.outcome());
        assertTrue(x.message().startsWith("the child JVM ran out of memory (java.lang.OutOfMemoryError: Java heap space)"),
                x.message());
    }
}
