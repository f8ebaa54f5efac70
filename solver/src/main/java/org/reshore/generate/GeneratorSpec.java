package org.reshore.generate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What to generate, for a scale study: the sizes, the seed and the knobs a planner turns to see
 * how the engines fare (how much of the world is risky, how much capacity can be built, whether
 * subsidies, budgets and a cap on adversary supply are in play). {@link #of} gives the defaults,
 * which are what every published scale figure was measured on.
 *
 * @param adversaryShare share of economies tagged "adversary" (cheap existing capacity, high risk, nothing to build)
 * @param domesticShare  share of economies tagged "domestic" (capex programme and budget apply to them)
 * @param buildableShare share of the other (non-adversary) sites with an option to build capacity
 * @param subsidies      a capex programme paying 30 % of domestic builds
 * @param budget         a budget policy on what builders pay for domestic options
 * @param adversaryCap   a maxShare policy: at most this share of each market's supply from adversaries
 *                       (NaN: no such policy; with it the flows are no longer a pure transport problem)
 * @param exposureWeight the price of a unit of exposure (objective.exposureWeight)
 */
public record GeneratorSpec(long seed, int sites, int markets, int products, int periods, double adversaryShare,
                            double domesticShare, double buildableShare, boolean subsidies, boolean budget,
                            double adversaryCap, double exposureWeight) {
    public static final double ADVERSARY_SHARE = 0.1;
    public static final double DOMESTIC_SHARE = 0.2;
    public static final double BUILDABLE_SHARE = 0.2;
    public static final double EXPOSURE_WEIGHT = 2;

    public GeneratorSpec {
        positive("sites", sites, 1);
        positive("markets", markets, 2);
        positive("products", products, 1);
        positive("periods", periods, 1);
        share("adversaryShare", adversaryShare);
        share("domesticShare", domesticShare);
        share("buildableShare", buildableShare);
        if (adversaryShare + domesticShare > 1 + 1e-12) {
            throw new IllegalArgumentException("adversaryShare + domesticShare is " + (adversaryShare + domesticShare)
                    + ": the two groups of economies cannot cover more than all of them");
        }
        if (!Double.isNaN(adversaryCap)) share("adversaryCap", adversaryCap);
        if (!(exposureWeight >= 0) || Double.isInfinite(exposureWeight)) {
            throw new IllegalArgumentException("exposureWeight must be a number ≥ 0, not " + exposureWeight);
        }
    }

    /** The given sizes and seed with every knob at its default. */
    public static GeneratorSpec of(long seed, int sites, int markets, int products, int periods) {
        return new GeneratorSpec(seed, sites, markets, products, periods, ADVERSARY_SHARE, DOMESTIC_SHARE,
                BUILDABLE_SHARE, true, true, Double.NaN, EXPOSURE_WEIGHT);
    }

    /**
     * The problem's name: "generated-SEED-SITESxMARKETSxPRODUCTSxPERIODS", followed by the knobs
     * that differ from their defaults ("-adv0.3-nobudget"), so that two specs never share a name.
     */
    public String name() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "generated-%d-%dx%dx%dx%d", seed, sites, markets,
                products, periods));
        if (adversaryShare != ADVERSARY_SHARE) b.append("-adv").append(num(adversaryShare));
        if (domesticShare != DOMESTIC_SHARE) b.append("-dom").append(num(domesticShare));
        if (buildableShare != BUILDABLE_SHARE) b.append("-build").append(num(buildableShare));
        if (!subsidies) b.append("-nosubsidies");
        if (!budget) b.append("-nobudget");
        if (!Double.isNaN(adversaryCap)) b.append("-cap").append(num(adversaryCap));
        if (exposureWeight != EXPOSURE_WEIGHT) b.append("-ew").append(num(exposureWeight));
        return b.toString();
    }

    /** Every field by its name in suite files (the order of the record), NaN cap left out. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("sites", sites);
        m.put("markets", markets);
        m.put("products", products);
        m.put("periods", periods);
        m.put("adversaryShare", adversaryShare);
        m.put("domesticShare", domesticShare);
        m.put("buildableShare", buildableShare);
        m.put("subsidies", subsidies);
        m.put("budget", budget);
        if (!Double.isNaN(adversaryCap)) m.put("adversaryCap", adversaryCap);
        m.put("exposureWeight", exposureWeight);
        return m;
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void positive(String what, int v, int least) {
        if (v < least) throw new IllegalArgumentException(what + " must be at least " + least + ", not " + v);
    }

    private static void share(String what, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(what + " must be a share between 0 and 1, not " + v);
    }
}
