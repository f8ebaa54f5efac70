package org.reshore.engine;

import java.time.Duration;

/** A progress event of a long solve: elapsed time, best objective so far and best bound (NaN if unknown). */
public record Progress(Duration elapsed, double best, double bound) {
    public double gap() {
        if (Double.isNaN(best) || Double.isNaN(bound)) return Double.NaN;
        return Math.abs(best - bound) / Math.max(1e-9, Math.abs(best));
    }
}
