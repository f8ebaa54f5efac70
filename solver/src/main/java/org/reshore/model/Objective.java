package org.reshore.model;

import java.util.List;

/**
 * What the plan minimises. {@code exposureCap} is +∞ when absent; {@code unservedPenalty} NaN when
 * absent. {@code order} is used in lexicographic mode only.
 */
public record Objective(double exposureWeight, double scenarioWeight, Mode mode, List<Criterion> order,
                        double tolerance, double exposureCap, double unservedPenalty) {
    public enum Mode { WEIGHTED, LEXICOGRAPHIC }

    public enum Criterion { COST, EXPOSURE }

    public Objective {
        order = List.copyOf(order);
    }

    public boolean hasExposureCap() {
        return exposureCap != Double.POSITIVE_INFINITY;
    }

    public boolean robust() {
        return scenarioWeight > 0;
    }
}
