package org.reshore.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.reshore.engine.Progress;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.mip.ModelExport;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * What the reference solvers ({@link CbcReference}, {@link HighsJsReference}) share: finding a
 * program on PATH, running it on the exported model with a deadline, and turning the values it
 * reports by variable name into a plan and a result, so that every reference solver's answer is
 * read the same way.
 */
final class ExternalSolverRun {
    /** How long past its limit a reference solver may run before it is killed. */
    static final double KILL_MARGIN_SECONDS = 30;

    private ExternalSolverRun() {}

    /** The program {@code name} on PATH, or null. */
    static String onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (d.isEmpty()) continue;
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    /** Seconds of the limit left since {@code start} (System.nanoTime), at least 0.1. */
    static double left(Duration limit, long start) {
        return Math.max(0.1, limit.toMillis() / 1000.0 - (System.nanoTime() - start) / 1e9);
    }

    /**
     * Runs {@code cmd} with its stdout and stderr to {@code log}; its exit code, or null when it was
     * still running {@link #KILL_MARGIN_SECONDS} after {@code leftSeconds} and was killed.
     */
    static Integer run(List<String> cmd, Path log, double leftSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (p.waitFor(Math.round((leftSeconds + KILL_MARGIN_SECONDS) * 1000), TimeUnit.MILLISECONDS)) return p.exitValue();
            p.destroyForcibly();
            p.waitFor();
            return null;
        } catch (InterruptedException e) {
            // a stopped benchmark leaves no solver behind
            p.destroyForcibly();
            throw e;
        }
    }

    /**
     * The result of a solver that reported {@code values} by variable name of the exported model:
     * the plan they describe ({@link ModelExport#solution}), the gap to {@code bound} (NaN when the
     * solver proved none), and the one progress event a reference solver emits, at the end.
     */
    static SolveResult result(Problem problem, Map<String, Double> values, Status status, double objective,
            double bound, long start, Map<String, Object> config, Map<String, Number> stats,
            Consumer<Progress> progress) {
        Solution plan = ModelExport.solution(problem, values);
        double gap = Double.isNaN(bound) ? Double.NaN
                : Math.max(0, objective - bound) / Math.max(1e-9, Math.abs(objective));
        progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start), objective, bound));
        return new SolveResult(plan, status, objective, bound, gap, (System.nanoTime() - start) / 1e9, config, stats);
    }

    /** A result without a plan. */
    static SolveResult none(Status status, long start, Map<String, Object> config, Map<String, Number> stats) {
        return new SolveResult(null, status, Double.NaN, Double.NaN, Double.NaN, (System.nanoTime() - start) / 1e9,
                config, stats);
    }

    static void delete(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path f : new ArrayList<>(files.toList())) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail a run
        }
    }
}
