package org.reshore.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why the plan costs what it costs, entity by entity. Every figure is weighted and discounted as in
 * the cost breakdown, so each table's {@code total} entries add up to part of the objective:
 * <ul>
 *   <li>{@code sites}: per site id, {@code production}, {@code tariffs}, {@code transport} of its
 *       outgoing flows, {@code exposure} (price of its flows' exposure), {@code productionSubsidies}
 *       (negative), {@code total}, and {@code output} (units over the horizon, Σ years·x);</li>
 *   <li>{@code options}: per option id, {@code builds}, {@code capex}, {@code capexSubsidies}
 *       (negative), {@code fixed}, {@code total};</li>
 *   <li>{@code subsidies}: per programme id, {@code paid} (nominal), {@code amount} (its limit),
 *       {@code value} (discounted, negative: what it takes off the objective);</li>
 *   <li>{@code marketProducts}: per "market/product", {@code supply} (delivered cost of the flows
 *       into it, all upstream inputs excluded), {@code shortage}, {@code exposure} (price of the
 *       exposure of its direct supply), {@code total}.</li>
 * </ul>
 * Tables are in the problem's order of entities.
 */
public record Contributions(Map<String, Map<String, Double>> sites, Map<String, Map<String, Double>> options,
                            Map<String, Map<String, Double>> subsidies,
                            Map<String, Map<String, Double>> marketProducts) {
    public Contributions {
        sites = freeze(sites);
        options = freeze(options);
        subsidies = freeze(subsidies);
        marketProducts = freeze(marketProducts);
    }

    private static Map<String, Map<String, Double>> freeze(Map<String, Map<String, Double>> table) {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        table.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return Collections.unmodifiableMap(copy);
    }
}
