package org.reshore.model;

import java.util.List;

/**
 * A subsidy programme. Capex programmes pay at most {@code maxShare} of each eligible build's
 * capex; production programmes pay {@code perUnit} for each unit eligible sites make. Either way
 * at most {@code amount} (nominal, base currency) over the horizon, and only in {@code periods}.
 */
public record Subsidy(String id, int index, Kind kind, double amount, double maxShare, double perUnit,
                      List<Integer> eligibleOptions, List<Integer> eligibleSites, List<Integer> periods) {
    public enum Kind { CAPEX, PRODUCTION }

    public Subsidy {
        eligibleOptions = List.copyOf(eligibleOptions);
        eligibleSites = List.copyOf(eligibleSites);
        periods = List.copyOf(periods);
    }

    public boolean coversPeriod(int period) {
        return periods.contains(period);
    }
}
