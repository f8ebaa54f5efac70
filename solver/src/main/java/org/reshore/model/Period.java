package org.reshore.model;

/**
 * A planning period: {@code years} of identical yearly operation, all of whose money is discounted
 * by {@code discount} (δ_t = (1+r)^-(years before t); the first period has δ = 1).
 */
public record Period(String id, int index, double years, double discount) {
    public Period {
        if (!(years > 0)) throw new IllegalArgumentException("period " + id + ": years must be > 0");
    }
}
