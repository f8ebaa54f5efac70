package org.reshore.evaluate;

import java.util.Map;

/**
 * A plan run through one disruption: {@code recourse} = yearly recourse cost × years × δ of the
 * scenario's period (what enters the robust term before probability and weight),
 * {@code yearlyCost} the recourse LP's one-year cost, {@code shortages} yearly shortage per
 * "market/product" (only entries above zero), {@code releases} yearly stockpile release per
 * "market/product".
 */
public record ScenarioStress(String scenario, String period, double probability, double years, double yearlyCost,
                             double recourse, Map<String, Double> shortages, Map<String, Double> releases) {
    public ScenarioStress {
        shortages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shortages));
        releases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(releases));
    }
}
