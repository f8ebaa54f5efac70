package org.reshore.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.reshore.io.AtomicFiles;
import org.reshore.model.Problem;

/**
 * One run in a JVM of its own. The harness writes the run's spec to a temporary file and starts
 * {@code java -cp <its own class path> <child main> SPEC RECORD}; the child reads the problem,
 * prints {@link #STARTED}, runs it exactly as the harness would in-process, and writes the
 * run's record as JSON. The parent's clock for the kill starts at that line: a child still
 * running {@link #margin} after its limit is killed (with anything it started) and the run
 * recorded as a {@code timeout}. A child that dies (out of memory, a native crash) is an
 * {@code error} with the last line it wrote on stderr.
 *
 * <p>Peak memory is then the child's own: its heap pools' peaks and its resident high-water mark
 * from the start of the run, with no other run's garbage or JIT state in it.
 */
final class ChildRun {
    /** The line a child prints on stdout when the problem is read and the run's clock starts. */
    static final String STARTED = "reshore-bench-child: started";
    /** How long a child may take to start and read its problem. */
    static final Duration LOAD_LIMIT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicReference<Process> CURRENT = new AtomicReference<>();

    static {
        // a benchmark stopped by Ctrl-C or a kill takes its running child with it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process p = CURRENT.get();
            if (p != null) kill(p);
        }, "reshore-bench-child-reaper"));
    }

    private ChildRun() {
    }

    /** How long past its limit a child may run before it is killed: 30 s plus a quarter of the limit. */
    static Duration margin(Duration limit) {
        return Duration.ofSeconds(30).plus(limit.dividedBy(4));
    }

    /** The parent's side: runs {@code spec} in a child JVM started with {@code mainClass} and returns its record. */
    static RunRecord launch(RunSpec spec, String mainClass, List<String> jvmOptions, Duration margin) throws IOException {
        Path tmp = Files.createTempDirectory("reshore-bench-run");
        try {
            Path specFile = tmp.resolve("spec.json");
            Path recordFile = tmp.resolve("record.json");
            Path stderr = tmp.resolve("stderr.txt");
            Files.writeString(specFile, JSON.writeValueAsString(spec.toJson()));
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(inheritedOptions());
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass, specFile.toString(), recordFile.toString()));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
            CURRENT.set(p);
            try {
                return await(spec, p, margin, recordFile, stderr, t0);
            } finally {
                CURRENT.set(null);
                if (p.isAlive()) kill(p);
            }
        } finally {
            delete(tmp);
        }
    }

    private static RunRecord await(RunSpec spec, Process p, Duration margin, Path recordFile, Path stderr, long t0) throws IOException {
        CountDownLatch started = new CountDownLatch(1);
        Thread drain = new Thread(() -> {
            // read every line, so that a chatty native library never blocks the child on a full pipe
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.equals(STARTED)) started.countDown();
                }
            } catch (IOException e) {
                // the child went away: its exit code tells
            }
        }, "reshore-bench-child-stdout");
        drain.setDaemon(true);
        drain.start();
        long loadDeadline = t0 + LOAD_LIMIT.toNanos();
        long runDeadline = Long.MAX_VALUE;
        Duration limit = spec.configuration().timeLimit();
        try {
            while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
                long now = System.nanoTime();
                if (runDeadline == Long.MAX_VALUE && started.getCount() == 0) runDeadline = now + limit.plus(margin).toNanos();
                if (now > (started.getCount() == 0 ? runDeadline : loadDeadline)) {
                    kill(p);
                    String why = started.getCount() == 0
                            ? "killed: still running " + seconds(margin) + " after its time limit of " + seconds(limit)
                            : "killed: the child JVM had not read its problem after " + seconds(LOAD_LIMIT);
                    return failed(spec, "timeout", why, (System.nanoTime() - t0) / 1e9);
                }
            }
            drain.join(1000);
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            return failed(spec, "error", "interrupted", (System.nanoTime() - t0) / 1e9);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0 || !Files.isRegularFile(recordFile)) {
            String last = lastLine(stderr);
            String why = last.contains("OutOfMemoryError")
                    ? "the child JVM ran out of memory (" + last + "); give it more with the suite's jvmOptions, e.g. [\"-Xmx8g\"]"
                    : "the child JVM exited with code " + p.exitValue() + (last.isEmpty() ? "" : ": " + last);
            return failed(spec, "error", why, wall);
        }
        RunRecord r = ResultsJson.run(JSON.readTree(recordFile.toFile()));
        Map<String, Number> stats = new TreeMap<>(r.statistics());
        stats.put("processSeconds", wall);
        return new RunRecord(r.problem(), r.configuration(), r.engine(), r.seed(), r.repetition(), r.outcome(),
                r.engineStatus(), r.message(), r.objective(), r.engineObjective(), r.bound(), r.gap(), r.seconds(),
                r.bestKnown(), r.gapToBestKnown(), r.timeToFirst(), r.timeToTarget(), r.peakHeapMb(), r.peakRssMb(), stats,
                r.trajectory());
    }

    /**
     * The child's side ({@code args}: SPEC RECORD): reads the problem, says {@link #STARTED} on
     * {@code out}, runs, writes the record. Returns the exit code: 0 whenever a record was written,
     * failed runs included; 2 when the spec itself cannot be read.
     */
    static int child(String[] args, BenchEngines engines, PrintStream out) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SPEC.json RECORD.json (started by reshore bench, not by hand)");
            return 2;
        }
        RunSpec spec;
        try {
            spec = RunSpec.fromJson(JSON.readTree(Path.of(args[0]).toFile()));
        } catch (SuiteException | RuntimeException e) {
            System.err.println("cannot read the run spec " + args[0] + ": " + e.getMessage());
            return 2;
        }
        BenchRunner runner = new BenchRunner(engines, new PrintWriter(Writer.nullWriter()));
        RunRecord record;
        Problem problem = null;
        String loadError = null;
        try {
            problem = spec.problem().load();
        } catch (Exception e) {
            loadError = "cannot read " + spec.problem().what() + ": " + BenchRunner.firstLine(e);
        }
        out.println(STARTED);
        out.flush();
        record = problem == null
                ? BenchRunner.failed(spec.problem().id(), spec.configuration(), spec.seed(), spec.repetition(), "error", loadError)
                : runner.runOne(spec.problem().id(), problem, spec.configuration(), spec.seed(), spec.repetition());
        AtomicFiles.write(Path.of(args[1]), JSON.writeValueAsString(ResultsJson.run(record)));
        return 0;
    }

    /**
     * The options of this JVM a child inherits (heap, stack, collector, system properties), without
     * debuggers and agents, which would clash on their ports or slow the child down.
     */
    static List<String> inheritedOptions() {
        List<String> out = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            boolean tooling = a.startsWith("-agent") || a.startsWith("-javaagent") || a.startsWith("-Xdebug")
                    || a.startsWith("-Xrunjdwp") || a.startsWith("-XX:Flags") || a.startsWith("-XX:+StartFlightRecording");
            if (!tooling && (a.startsWith("-X") || a.startsWith("-D"))) out.add(a);
        }
        return out;
    }

    private static RunRecord failed(RunSpec spec, String outcome, String why, double wall) {
        RunRecord r = BenchRunner.failed(spec.problem().id(), spec.configuration(), spec.seed(), spec.repetition(), outcome, why);
        return new RunRecord(r.problem(), r.configuration(), r.engine(), r.seed(), r.repetition(), r.outcome(),
                r.engineStatus(), r.message(), r.objective(), r.engineObjective(), r.bound(), r.gap(), r.seconds(),
                r.bestKnown(), r.gapToBestKnown(), r.timeToFirst(), r.timeToTarget(), r.peakHeapMb(), r.peakRssMb(),
                Map.of("processSeconds", wall), r.trajectory());
    }

    // the child and whatever it started (CBC, for the reference runs)
    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String l = lines.get(i).trim();
                // the first line of an uncaught exception says more than its last stack frame
                if (!l.isEmpty() && !l.startsWith("at ") && !l.startsWith("...")) return l;
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail a benchmark
        }
    }
}
