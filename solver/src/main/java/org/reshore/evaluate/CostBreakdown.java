package org.reshore.evaluate;

/**
 * The objective split into the summands of MODEL.md §5, each already weighted by years and
 * discounted as in §3. Subsidies are negative. {@code scenarios} is NaN when the robust term was
 * needed but could not be computed (no recourse solver), and then so is {@link #total()}.
 */
public record CostBreakdown(double production, double tariffs, double transport, double fixed, double capex,
                            double capexSubsidies, double productionSubsidies, double shortage,
                            double stockpile, double exposure, double scenarios) {

    /** The objective: the plain sum of the summands, in the order of the record. */
    public double total() {
        return production + tariffs + transport + fixed + capex + capexSubsidies + productionSubsidies
                + shortage + stockpile + exposure + scenarios;
    }

    /** The objective without the scenario term (finite even when that term was not computed). */
    public double totalWithoutScenarios() {
        return production + tariffs + transport + fixed + capex + capexSubsidies + productionSubsidies
                + shortage + stockpile + exposure;
    }
}
