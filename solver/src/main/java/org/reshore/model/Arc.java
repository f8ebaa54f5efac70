package org.reshore.model;

/**
 * A route a flow may take: from a site to a market (finished goods) or to a site that consumes the
 * product as an input. Exactly one of {@code toMarket} and {@code toSite} is ≥ 0. The per-unit
 * money is split as the cost breakdown reports it: {@code production} (the source's unit cost),
 * {@code tariff} (tariff × unit cost), {@code transport} (the lane's cost). {@code risk} is the
 * exposure rate of a unit on this arc before the product's criticality. Blocked lanes have no arc.
 */
public record Arc(int index, int from, int toMarket, int toSite, double production, double tariff,
                  double transport, double risk) {
    public boolean servesMarket() {
        return toMarket >= 0;
    }

    /** Delivered cost of one unit: unitCost·(1+tariff) + lane cost. */
    public double unitCost() {
        return production + tariff + transport;
    }
}
