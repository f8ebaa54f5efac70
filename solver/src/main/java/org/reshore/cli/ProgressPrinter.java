package org.reshore.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.reshore.engine.Progress;

/** Prints at most one progress line a second on stderr: elapsed, best objective, bound, gap. */
final class ProgressPrinter implements Consumer<Progress> {
    private final PrintWriter err;
    private long lastNanos = Long.MIN_VALUE;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
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
