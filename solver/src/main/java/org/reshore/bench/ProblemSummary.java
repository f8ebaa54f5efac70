package org.reshore.bench;

/**
 * A problem of the results: where it comes from and its best-known value, with where that value
 * comes from ("optimum" from an optima file, "best found" across the suite's runs, or "none").
 */
public record ProblemSummary(String id, String source, double bestKnown, String bestKnownSource) {}
