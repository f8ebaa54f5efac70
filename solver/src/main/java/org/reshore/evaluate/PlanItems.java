package org.reshore.evaluate;

/** The plan's decisions in ids, as the evaluation lists them for reports. */
public final class PlanItems {
    private PlanItems() {}

    /** {@code count} builds of {@code option} at {@code site} in {@code period}. */
    public record Build(String site, String option, String period, int count) {}

    /**
     * Money {@code amount} (nominal) of programme {@code subsidy} ({@code kind} "capex" or
     * "production") to {@code site} (and {@code option} for capex grants, else null) in {@code period}.
     */
    public record Grant(String subsidy, String kind, String site, String option, String period, double amount) {}
}
