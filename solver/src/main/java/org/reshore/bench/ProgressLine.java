package org.reshore.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one line per run a benchmark prints while it runs: run i of n, problem, configuration,
 * time elapsed and an estimate of the time left (the mean time of the runs so far times the runs
 * to go, never more than their limits allow: the limit itself in one JVM, the limit plus the kill
 * margin with child JVMs, which also start a JVM; before the first run, that bound).
 */
final class ProgressLine {
    private final PrintWriter err;
    private final int runs;
    private final double boundPerRun;
    private final long start = System.nanoTime();

    /** {@code margin}: the child JVMs' kill margin, or null when the runs share this JVM. */
    ProgressLine(PrintWriter err, int runs, Suite suite, Function<Duration, Duration> margin) {
        this.err = err;
        this.runs = runs;
        this.boundPerRun = suite.configurations().stream()
                .mapToDouble(c -> (margin == null ? c.timeLimit() : c.timeLimit().plus(margin.apply(c.timeLimit()))).toMillis() / 1000.0)
                .average().orElse(0);
    }

    /** Before run {@code i} (from 1), {@code done} runs finished. */
    void before(int i, String problem, String configuration, int done) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        int left = runs - i + 1;
        double bound = left * boundPerRun;
        String estimate = done == 0 ? "at most ~" + clock(bound) : "~" + clock(Math.min(elapsed / done * left, bound));
        err.printf(Locale.ROOT, "bench: run %d of %d  %s  %s  elapsed %s  left %s%n", i, runs, problem, configuration,
                clock(elapsed), estimate);
        err.flush();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
