package org.reshore.model;

/**
 * Capacity that can be built at a site: {@code capacity} per build, {@code capex} per build paid
 * at the start of the build period, {@code fixedCost} per year while built, buildable from period
 * index {@code earliestPeriod} on, at most {@code maxBuilds} times (a module when above 1).
 */
public record CapacityOption(String id, int index, int site, double capacity, double capex,
                             double fixedCost, int earliestPeriod, int maxBuilds) {}
