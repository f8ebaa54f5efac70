package org.reshore.engine;

import java.time.Duration;
import java.util.Map;
import org.reshore.model.Solution;

/**
 * How to solve: wall-clock limit (model building included), seed, threads, relative gap at which
 * an exact engine may stop, engine-specific parameters, an optional warm start (may be null), and
 * the {@link StopSignal} through which a planner can stop the solve early.
 */
public record SolveOptions(Duration timeLimit, long seed, int threads, double gap, Map<String, String> params,
                           Solution warmStart, StopSignal stop) {
    public SolveOptions {
        params = Map.copyOf(params);
        if (stop == null) stop = new StopSignal();
    }

    /** Options with a stop signal of their own, which nobody else can request. */
    public SolveOptions(Duration timeLimit, long seed, int threads, double gap, Map<String, String> params,
                        Solution warmStart) {
        this(timeLimit, seed, threads, gap, params, warmStart, null);
    }

    public static SolveOptions defaults() {
        return new SolveOptions(Duration.ofSeconds(30), 0, 1, 1e-6, Map.of(), null);
    }

    public SolveOptions withWarmStart(Solution start) {
        return new SolveOptions(timeLimit, seed, threads, gap, params, start, stop);
    }

    /** The same options, stopped by {@code signal}. */
    public SolveOptions withStop(StopSignal signal) {
        return new SolveOptions(timeLimit, seed, threads, gap, params, warmStart, signal);
    }
}
