package org.reshore.compare;

/**
 * One way a plan differs from the baseline, with the sentence that explains it to a planner
 * ("B builds o1 at us (+$1,000 capex, −$300 subsidy s) and cuts China's share of US widget supply
 * from 80% to 50%"). {@code size} orders differences of one kind (largest first).
 */
public record Difference(Kind kind, String subject, double size, String sentence) {
    /** What changed. */
    public enum Kind { TOTAL, EXPOSURE, BUILD, SUBSIDY, SHARE, SHORTAGE, STOCKPILE, FLOW }
}
