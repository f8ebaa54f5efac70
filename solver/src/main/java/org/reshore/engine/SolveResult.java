package org.reshore.engine;

import java.util.Map;
import org.reshore.model.Solution;

/**
 * What an engine returns: the plan (null when none), its status, the objective the engine computed
 * (must equal the evaluator's), the best bound (NaN when unknown), the relative gap (NaN when
 * unknown), wall seconds, the configuration used and the engine's own statistics.
 */
public record SolveResult(Solution solution, Status status, double objective, double bound, double gap,
                          double seconds, Map<String, Object> config, Map<String, Number> statistics) {
    public SolveResult {
        config = Map.copyOf(config);
        statistics = Map.copyOf(statistics);
    }
}
