package org.reshore.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.model.Problem;

/**
 * Runs a suite: every problem × configuration × seed × repetition, one after the other, each
 * plan judged by the evaluator. Writes results.json and results.csv after every run (an
 * interrupted benchmark keeps what it measured) and prints one progress line per run on
 * {@code err}: run i of n, problem, configuration, elapsed, estimate of time left.
 *
 * <p>By default (the suite's {@code childJvm}) each run has a JVM of its own ({@link ChildRun}):
 * its time and peak memory owe nothing to the runs before it, and one that overruns its limit is
 * killed. Otherwise runs share this JVM; {@link Memory} says how peak memory is measured then.
 */
public final class BenchRunner {
    private final BenchEngines engines;
    private final PrintWriter err;
    private Function<Duration, Duration> margin = ChildRun::margin;

    public BenchRunner(BenchEngines engines, PrintWriter err) {
        this.engines = engines;
        this.err = err;
    }

    /** How long past its limit a child JVM may run before it is killed (tests shorten it). */
    BenchRunner killAfter(Function<Duration, Duration> margin) {
        this.margin = margin;
        return this;
    }

    /**
     * The entry point of a child JVM (see {@link ChildRun}): {@code args} are the run's spec file
     * and the file its record goes to; returns the process's exit code.
     */
    public static int child(String[] args, BenchEngines engines, PrintStream out) throws IOException {
        return ChildRun.child(args, engines, out);
    }

    public BenchResults run(Suite suite, Path out) throws SuiteException, IOException {
        Map<String, Double> optima = Optima.read(suite.bestKnown());
        List<Map<String, Object>> configs = new ArrayList<>();
        for (Suite.Configuration c : suite.configurations()) configs.add(describe(c));
        Map<String, String> machine = machine(suite);
        List<RunRecord> runs = new ArrayList<>();
        int n = suite.runs();
        long start = System.nanoTime();
        int i = 0;
        String child = suite.childJvm() ? engines.childMainClass() : null;
        if (suite.childJvm() && child == null) {
            err.println("bench: these engines cannot run in a child JVM; every run in this one");
        }
        Map<String, String> absent = new LinkedHashMap<>();
        for (Suite.Configuration c : suite.configurations()) {
            String why = engines.absence(c.engine());
            if (why == null) continue;
            absent.put(c.name(), why);
            err.println("bench: configuration " + c.name() + " skipped, its runs refused: " + why);
        }
        ProgressLine line = new ProgressLine(err, n, suite, child != null ? margin : null);
        for (BenchProblem bp : suite.problems()) {
            Problem problem = null;
            String loadError = null;
            if (child == null) {
                try {
                    problem = bp.load();
                } catch (Exception e) {
                    loadError = "cannot read " + bp.what() + ": " + firstLine(e);
                }
            }
            for (Suite.Configuration c : suite.configurations()) {
                for (long seed : suite.seeds()) {
                    for (int rep = 1; rep <= suite.repetitions(); rep++) {
                        i++;
                        line.before(i, bp.id(), c.name(), runs.size());
                        RunRecord r = absent.containsKey(c.name()) ? failed(bp.id(), c, seed, rep, "refused", absent.get(c.name()))
                                : child != null
                                ? ChildRun.launch(new RunSpec(bp, c, seed, rep), child, suite.jvmOptions(), margin.apply(c.timeLimit()))
                                : problem == null ? failed(bp.id(), c, seed, rep, "error", loadError)
                                : runOne(bp.id(), problem, c, seed, rep);
                        runs.add(r);
                        ResultsJson.write(BenchResults.settle(suite.name(), suite.description(), machine, configs,
                                suite.problems(), optima, runs), out);
                    }
                }
            }
        }
        BenchResults results = BenchResults.settle(suite.name(), suite.description(), machine, configs,
                suite.problems(), optima, runs);
        if (suite.optaplannerBenchmark()) {
            results = results.withOptaPlanner(new OptaPlannerBenchmark(err).run(suite, out));
            ResultsJson.write(results, out);
        }
        err.printf(Locale.ROOT, "bench: %d runs in %s%n", n, ProgressLine.clock((System.nanoTime() - start) / 1e9));
        err.flush();
        return results;
    }

    RunRecord runOne(String id, Problem problem, Suite.Configuration c, long seed, int rep) {
        List<double[]> events = Collections.synchronizedList(new ArrayList<>());
        Memory memory = new Memory();
        memory.start();
        long t0 = System.nanoTime();
        SolveOptions options = new SolveOptions(c.timeLimit(), seed, c.threads(), c.gap(), c.params(), null);
        SolveResult result;
        Evaluation verdict = null;
        try {
            PlanSolver solver = engines.create(c.engine());
            if (warmStarted(c) && solver.wantsWarmStart(problem, options)) {
                SolveResult warm = engines.create("greedy").solve(problem, options, p -> { });
                double at = (System.nanoTime() - t0) / 1e9;
                if (warm.solution() != null && warm.status() == Status.FEASIBLE) {
                    options = options.withWarmStart(warm.solution());
                    events.add(new double[] {at, warm.objective(), Double.NaN});
                }
                // the warm start spends part of the limit: the whole run keeps to it
                long left = Math.max(100, c.timeLimit().toMillis() - Math.round(at * 1000));
                options = new SolveOptions(Duration.ofMillis(left), seed, c.threads(), c.gap(), c.params(),
                        options.warmStart());
            }
            double offset = (System.nanoTime() - t0) / 1e9;
            result = solver.solve(problem, options, p -> events.add(new double[] {
                offset + p.elapsed().toNanos() / 1e9, p.best(), p.bound()}));
            if (result.solution() != null) verdict = engines.evaluator(problem).evaluate(problem, result.solution());
        } catch (IllegalArgumentException e) {
            // engines refuse problems or configurations they cannot honour (robust mode in search, a bad config)
            return failed(id, c, seed, rep, "refused", firstLine(e));
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a native solver library that does not load on this machine
            return failed(id, c, seed, rep, "error", e.getClass().getSimpleName() + ": " + firstLine(e));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] peak = {memory.peakHeapMb(), memory.peakRssMb()};
        Map<String, Number> stats = new TreeMap<>(result.statistics());
        String status = result.status().name();
        if (verdict == null) {
            return new RunRecord(id, c.name(), c.engine(), seed, rep, "no-plan", status, "the engine returned no plan",
                    Double.NaN, result.objective(), result.bound(), result.gap(), seconds, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, peak[0], peak[1], stats, events);
        }
        if (!verdict.feasible()) {
            String why = verdict.violations().size() + " violation(s), first: " + verdict.violations().get(0).message();
            return new RunRecord(id, c.name(), c.engine(), seed, rep, "infeasible-plan", status,
                    "the evaluator rejects the plan: " + why, Double.NaN, result.objective(), result.bound(), result.gap(),
                    seconds, Double.NaN, Double.NaN, Double.NaN, Double.NaN, peak[0], peak[1], stats, events);
        }
        double objective = verdict.objective();
        // An engine's best-so-far cannot beat its final plan unless that event's plan was not feasible
        // (the greedy engine reports plans before it repairs policies): such events are dropped. The
        // checked final plan is the last point of the curve, whatever the engine reported on the way.
        double tol = 1e-6 * Math.max(1, Math.abs(objective));
        List<double[]> traj = new ArrayList<>();
        int dropped = 0;
        for (double[] e : events) {
            if (Double.isFinite(e[1]) && e[1] < objective - tol) dropped++;
            else traj.add(e);
        }
        traj.add(new double[] {seconds, objective, result.bound()});
        double first = Double.NaN;
        for (double[] e : traj) {
            if (Double.isFinite(e[1])) {
                first = e[0];
                break;
            }
        }
        List<String> notes = new ArrayList<>();
        if (Math.abs(objective - result.objective()) > tol) notes.add("the engine's objective differs from the evaluator's");
        if (dropped > 0) notes.add(dropped + " progress event(s) better than the final plan dropped (plans not yet feasible)");
        String message = notes.isEmpty() ? null : String.join("; ", notes);
        return new RunRecord(id, c.name(), c.engine(), seed, rep, "ok", status, message, objective, result.objective(),
                result.bound(), result.gap(), seconds, Double.NaN, Double.NaN, first, Double.NaN, peak[0], peak[1], stats, traj);
    }

    static RunRecord failed(String id, Suite.Configuration c, long seed, int rep, String outcome, String why) {
        return new RunRecord(id, c.name(), c.engine(), seed, rep, outcome, null, why, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Map.of(), List.of());
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Only the mip and search engines take a warm start (greedy makes it; CBC gets the bare file). */
    private static boolean warmStarted(Suite.Configuration c) {
        return c.warmStart() && (c.engine().equals("mip") || c.engine().equals("search"));
    }

    static Map<String, Object> describe(Suite.Configuration c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("engine", c.engine());
        m.put("timeLimitSeconds", c.timeLimit().toMillis() / 1000.0);
        m.put("gap", c.gap());
        m.put("threads", c.threads());
        m.put("warmStart", warmStarted(c));
        for (var e : new TreeMap<>(c.params()).entrySet()) {
            // a config file by its name only: results must not carry machine paths
            m.put(e.getKey(), e.getKey().equals("config") ? Path.of(e.getValue()).getFileName().toString() : e.getValue());
        }
        return m;
    }

    private Map<String, String> machine(Suite suite) {
        Map<String, String> m = new TreeMap<>();
        boolean child = suite.childJvm() && engines.childMainClass() != null;
        m.put("runs", child ? "each in a child JVM" : "one after another in one JVM");
        if (child) {
            List<String> opts = new ArrayList<>(ChildRun.inheritedOptions());
            opts.addAll(suite.jvmOptions());
            // system properties can carry machine paths; the heap, stack and collector options are what matter
            m.put("childJvmOptions", String.join(" ", opts.stream().filter(o -> !o.startsWith("-D")).toList()));
        }
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("maxHeapMb", Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        return m;
    }
}
