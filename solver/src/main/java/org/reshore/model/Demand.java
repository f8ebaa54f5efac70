package org.reshore.model;

/**
 * Yearly demand of a market for a product in a period. {@code shortagePenalty} is the price of a
 * unit not served; NaN means the demand must be met in full (no shortage allowed in the plan).
 */
public record Demand(int index, int market, int product, int period, double quantity, double shortagePenalty) {
    public boolean shortageAllowed() {
        return !Double.isNaN(shortagePenalty);
    }
}
