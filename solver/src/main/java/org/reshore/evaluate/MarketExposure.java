package org.reshore.evaluate;

import java.util.Map;

/**
 * Where one market's supply of one product in one period comes from: {@code supplied} yearly
 * units delivered, {@code sourceShares} the share of delivered supply by source economy (economy
 * order of the problem), {@code riskShare} Σ risk·x / Σ x over the delivering lanes (before the
 * product's criticality), {@code hhi} the Herfindahl index Σ share² of source economies (0 when
 * nothing is delivered), {@code shortage} yearly units short.
 */
public record MarketExposure(String market, String product, String period, double demand, double supplied,
                             Map<String, Double> sourceShares, double riskShare, double hhi, double shortage) {
    public MarketExposure {
        sourceShares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sourceShares));
    }
}
