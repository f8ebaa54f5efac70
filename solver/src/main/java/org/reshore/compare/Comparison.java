package org.reshore.compare;

import java.util.List;
import java.util.Map;

/**
 * Plans side by side: the first plan is the baseline; {@code differences} holds, for each other
 * plan's label, how it differs from the baseline, in the order a planner reads them (totals,
 * exposure, builds, subsidies, supply shares, shortages, stockpiles, largest flows).
 */
public record Comparison(String problem, String currency, List<ComparedPlan> plans,
                         Map<String, List<Difference>> differences) {
    public Comparison {
        plans = List.copyOf(plans);
        differences = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(differences));
    }

    public ComparedPlan baseline() {
        return plans.get(0);
    }
}
