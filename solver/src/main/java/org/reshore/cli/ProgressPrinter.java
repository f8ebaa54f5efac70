package org.reshore.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.reshore.engine.Progress;

/**
 * Prints at most one progress line a second on stderr: elapsed, best objective, bound, gap. Where
 * an engine reports nothing for a while (OR-Tools' MPSolver has no callback during a MIP solve),
 * a heartbeat says every few seconds that the solve is still running.
 */
final class ProgressPrinter implements Consumer<Progress> {
    private final PrintWriter err;
    private long lastNanos = Long.MIN_VALUE;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    /** Starts the heartbeat for a solve that started at {@code startNanos}; close it when the solve ends. */
    Heartbeat heartbeat(long startNanos) {
        return new Heartbeat(startNanos);
    }

    /** A daemon thread that prints "still solving" when no progress line came for five seconds. */
    final class Heartbeat implements AutoCloseable {
        private static final long QUIET_NANOS = 5_000_000_000L;
        private final Thread thread;

        Heartbeat(long startNanos) {
            thread = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(1000);
                        long now = System.nanoTime();
                        synchronized (ProgressPrinter.this) {
                            long last = lastNanos == Long.MIN_VALUE ? startNanos : lastNanos;
                            if (now - last >= QUIET_NANOS) {
                                err.printf(Locale.ROOT, "  %7.1fs  still solving%n", (now - startNanos) / 1e9);
                                err.flush();
                                lastNanos = now;
                            }
                        }
                    }
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }, "reshore-heartbeat");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    @Override
    public synchronized void accept(Progress p) {
        long now = System.nanoTime();
        if (lastNanos != Long.MIN_VALUE && now - lastNanos < 1_000_000_000L) return;
        lastNanos = now;
        err.printf(Locale.ROOT, "  %7.1fs  best %s  bound %s  gap %s%n", p.elapsed().toMillis() / 1000.0,
                Summary.number(p.best()), Summary.number(p.bound()), Summary.percent(p.gap()));
        err.flush();
    }
}
