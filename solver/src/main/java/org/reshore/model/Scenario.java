package org.reshore.model;

import java.util.List;

/**
 * A disruption striking in {@code period} for {@code years}: site capacities multiplied by
 * {@code siteFactor} (one entry per site, 1 where untouched), the arcs in {@code blockedArcs}
 * closed on top of the base blocks, demand multiplied by {@code demandFactor}.
 */
public record Scenario(String id, int index, String name, double probability, int period, double years,
                       List<Double> siteFactor, List<Integer> blockedArcs, double demandFactor) {
    public Scenario {
        siteFactor = List.copyOf(siteFactor);
        blockedArcs = List.copyOf(blockedArcs);
    }
}
