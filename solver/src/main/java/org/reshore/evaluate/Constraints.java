package org.reshore.evaluate;

/** The names under which the evaluator reports violated constraints; scripts may match on them. */
public final class Constraints {
    private Constraints() {}

    /** A flow along a blocked lane (constraint 6). */
    public static final String BLOCKED_LANE = "blockedLane";
    /** Supply plus shortage differs from demand (over-supply, flows to a market without demand, or unaccounted demand). */
    public static final String DEMAND = "demand";
    /** A shortage where the demand has no shortagePenalty (must be met in full). */
    public static final String SHORTAGE_NOT_ALLOWED = "shortageNotAllowed";
    /** A site ships more than its existing capacity plus the capacity built so far. */
    public static final String CAPACITY = "capacity";
    /** A site's inputs do not match its bill of materials times its output. */
    public static final String INPUTS = "inputs";
    /** More builds of an option than its maxBuilds. */
    public static final String MAX_BUILDS = "maxBuilds";
    /** A build before the option's earliestPeriod. */
    public static final String EARLIEST_PERIOD = "earliestPeriod";
    /** A capex programme pays more than its amount over the horizon. */
    public static final String CAPEX_SUBSIDY_AMOUNT = "capexSubsidyAmount";
    /** A capex programme pays more than maxShare of a build's capex. */
    public static final String CAPEX_SUBSIDY_SHARE = "capexSubsidyShare";
    /** All programmes together pay more than a build's capex. */
    public static final String CAPEX_SUBSIDY_TOTAL = "capexSubsidyTotal";
    /** A grant from a programme that does not cover the option, site or kind. */
    public static final String SUBSIDY_ELIGIBILITY = "subsidyEligibility";
    /** A grant in a period the programme does not cover. */
    public static final String SUBSIDY_PERIOD = "subsidyPeriod";
    /** A production grant above perUnit × years × output. */
    public static final String PRODUCTION_SUBSIDY_OUTPUT = "productionSubsidyOutput";
    /** A production programme pays more than its amount over the horizon. */
    public static final String PRODUCTION_SUBSIDY_AMOUNT = "productionSubsidyAmount";
    public static final String MAX_SHARE = "maxShare";
    public static final String MIN_SHARE = "minShare";
    public static final String BUDGET = "budget";
    public static final String MAX_SHORTAGE = "maxShortage";
    /** A stockpile above its max. */
    public static final String STOCKPILE_MAX = "stockpileMax";
    /** A negative (or non-finite) flow, shortage, build count, grant or stockpile level. */
    public static final String NEGATIVE = "negative";
    /** Exposure above objective.exposureCap. */
    public static final String EXPOSURE_CAP = "exposureCap";
}
