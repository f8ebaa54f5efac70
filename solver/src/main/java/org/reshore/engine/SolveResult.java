package org.reshore.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reshore.model.Solution;

/**
 * What an engine returns: the plan (null when none), its status, the objective the engine computed
 * (must equal the evaluator's), the best bound (NaN when unknown), the relative gap (NaN when
 * unknown), wall seconds, the configuration used and the engine's own statistics. The two maps
 * keep the engine's order (plan files list the configuration in it, the same in every run).
 */
public record SolveResult(Solution solution, Status status, double objective, double bound, double gap,
                          double seconds, Map<String, Object> config, Map<String, Number> statistics) {
    public SolveResult {
        // not Map.copyOf: its iteration order changes from one JVM to the next
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        statistics = Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
    }
}
