package org.reshore.testing;

import java.util.List;
import org.reshore.model.Problem;

/**
 * The four worked examples of the design (problems/examples/*.json), built directly with the
 * model constructors so that tests do not depend on the reader. Money already in USD.
 */
public final class Examples {
    private Examples() {}

    public static Problem tinyExposure() {
        return tinyExposureBuilder().build();
    }

    /** The builder of {@link #tinyExposure()}, for variants. */
    public static ProblemBuilder tinyExposureBuilder() {
        return new ProblemBuilder("tiny-exposure")
                .economy("US", 0).economy("CN", 1)
                .product("widget", 1)
                .site("cn", "CN", "widget", 80, 10)
                .site("us", "US", "widget", 0, 15)
                .option("o1", "us", 50, 1000, 0, null, 1)
                .demand("US", "widget", "all", 100, 1000)
                .lane("CN", "US", 2, 0.1, Double.NaN, false)
                .capexSubsidy("s", 300, 0.5, List.of("o1"), null)
                .objective(3, 0, Double.POSITIVE_INFINITY);
    }

    public static Problem tinyBomPeriods() {
        return tinyBomPeriodsBuilder().build();
    }

    /** The builder of {@link #tinyBomPeriods()}, for variants. */
    public static ProblemBuilder tinyBomPeriodsBuilder() {
        return new ProblemBuilder("tiny-bom-periods")
                .discountRate(0.1).period("p1", 1).period("p2", 2)
                .economy("US", 0)
                .product("ore", 1).product("metal", 1, "ore", 2.0)
                .site("mine", "US", "ore", 1000, 1)
                .site("smelter", "US", "metal", 100, 5)
                .demand("US", "metal", "p1", 50, Double.NaN)
                .demand("US", "metal", "p2", 80, Double.NaN)
                .productionSubsidy("ptc", 100, 2, List.of("smelter"), null);
    }

    public static Problem tinyPolicy() {
        return tinyPolicyBuilder().build();
    }

    /** The builder of {@link #tinyPolicy()}, for variants. */
    public static ProblemBuilder tinyPolicyBuilder() {
        return new ProblemBuilder("tiny-policy")
                .economy("US", 0, "domestic").economy("CN", 1, "adversary").economy("JP", 0.1, "ally")
                .product("chip", 1)
                .site("cn", "CN", "chip", 1000, 10)
                .site("jp", "JP", "chip", 0, 12)
                .option("kumamoto", "jp", 40, 500, 0, null, 3)
                .demand("US", "chip", "all", 100, Double.NaN)
                .lane("JP", "US", 1, 0, Double.NaN, false)
                .capexSubsidy("jp-fund", 300, 0.4, List.of("kumamoto"), null)
                .share("policies[0] maxShare", true, 0.3, List.of("cn"), List.of(0));
    }

    public static Problem tinyStockpile() {
        return tinyStockpileBuilder().build();
    }

    /** The builder of {@link #tinyStockpile()}, for variants. */
    public static ProblemBuilder tinyStockpileBuilder() {
        return new ProblemBuilder("tiny-stockpile")
                .economy("US", 0).economy("CN", 1)
                .product("magnet", 1)
                .site("cn", "CN", "magnet", 100, 10)
                .demand("US", "magnet", "all", 100, 100)
                .stockpile("US", "magnet", 10, 2, 1000)
                .scenario("ban", 0.2, null, 1, "CN", 0)
                .objective(0, 1, Double.POSITIVE_INFINITY);
    }
}
