package org.reshore.engine;

import java.time.Duration;
import java.util.Map;
import org.reshore.model.Solution;

/**
 * How to solve: wall-clock limit (model building included), seed, threads, relative gap at which
 * an exact engine may stop, engine-specific parameters, and an optional warm start (may be null).
 */
public record SolveOptions(Duration timeLimit, long seed, int threads, double gap, Map<String, String> params,
                           Solution warmStart) {
    public SolveOptions {
        params = Map.copyOf(params);
    }

    public static SolveOptions defaults() {
        return new SolveOptions(Duration.ofSeconds(30), 0, 1, 1e-6, Map.of(), null);
    }

    public SolveOptions withWarmStart(Solution start) {
        return new SolveOptions(timeLimit, seed, threads, gap, params, start);
    }
}
