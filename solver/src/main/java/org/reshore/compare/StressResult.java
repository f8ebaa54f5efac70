package org.reshore.compare;

import java.util.List;

/**
 * A plan run through one disruption scenario. {@code recourse} is the evaluator's recourse value
 * (one year's flow cost plus shortage penalties × years × δ), {@code yearlyCost} its one-year cost.
 * One {@link Line} per market and product with demand in the scenario's period.
 */
public record StressResult(String scenario, String name, String period, double probability, double years,
                           double yearlyCost, double recourse, List<Line> lines) {
    public StressResult {
        lines = List.copyOf(lines);
    }

    /**
     * One market's product under the disruption: the plan's stockpile {@code stock}, the yearly
     * {@code release} from it and the yearly {@code shortage} left with the stock used, the yearly
     * {@code shortageWithoutStock} the scenario's capacity alone leaves (the recourse with the
     * stockpile set to 0), and {@code timeToSurvive} in years.
     *
     * <p>Time to survive (after Simchi-Levi et al., Interfaces 45(5), 2015: the longest time a
     * node's demand can be met after a disruption): with the scenario's capacity the market lacks
     * {@code shortageWithoutStock} a year; the stockpile covers that for stock / shortage years.
     * +∞ when nothing is lacking; 0 when something is lacking and there is no stock. When it is at
     * least the scenario's {@code years}, the market rides out the whole disruption.
     */
    public record Line(String market, String product, String unit, double stock, double release, double shortage,
                       double shortageWithoutStock, double timeToSurvive) {
        public boolean ridesOut(double years) {
            return timeToSurvive >= years - 1e-9;
        }
    }
}
