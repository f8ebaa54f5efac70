package org.reshore.engine.search.flow;

/**
 * The money and infeasibility of running a build configuration at best: {@code cost} is the
 * discounted delivered cost of flows plus shortage penalties plus priced exposure (≥ 0),
 * {@code productionSubsidies} the discounted production credits earned (≥ 0, a saving), and
 * {@code violation} the units of must-meet demand left unserved plus policy slack (0 when feasible).
 */
public record Operations(double cost, double productionSubsidies, double violation) {}
