package org.reshore.engine.mip;

import java.util.HashMap;
import java.util.Map;
import org.reshore.engine.search.flow.Coefficients;
import org.reshore.model.Arc;
import org.reshore.model.Demand;
import org.reshore.model.Problem;

/**
 * Which lanes of a facility-location-shaped problem ({@link FacilityForm}) can be merged. Every
 * lane that falls back on the problem's {@code defaultLane} costs a site the same per unit,
 * wherever it goes: the site's unit cost with the default tariff, the default transport cost and
 * the site's exposure. A generated 1000 × 1000 problem has 10⁶ flows, 991,000 of them on such
 * lanes. Those lanes of a site are merged into one flow to a hub per product, and the hub serves
 * every market of the product at no cost. That takes the model from 10⁶ flows to ~11,000.
 *
 * <p>A site's lanes are merged only where that is exact: where the site reaches every market of
 * its product at the hub's cost or less, by a merged lane or a cheaper one of its own. Then any
 * flow from it through the hub can take a real lane at no more cost and with the same use of the
 * site's capacity. A site with a blocked lane, or a lane dearer than its most frequent cost,
 * keeps all its lanes apart. The merged model therefore has the full problem's optimum.
 */
final class LaneAggregation {
    /** A site merges its lanes of one cost when it has at least this many. */
    static final int MIN_GROUP = 2;

    /** Per site: the unit cost of its merged lanes (NaN: none merged). */
    final double[] hubCost;
    /** Per site and arc of {@link FacilityForm#demandOf}: whether the arc is merged. */
    final boolean[][] merged;
    final long mergedArcs;
    final long arcs;
    /** Sites with a most frequent cost whose lanes stay apart: some market of theirs costs more, or has no lane. */
    final int sitesKeptApart;

    private LaneAggregation(double[] hubCost, boolean[][] merged, long mergedArcs, long arcs, int sitesKeptApart) {
        this.hubCost = hubCost;
        this.merged = merged;
        this.mergedArcs = mergedArcs;
        this.arcs = arcs;
        this.sitesKeptApart = sitesKeptApart;
    }

    /**
     * The lanes of each site at its most frequent unit cost (ties: the dearest such cost) are
     * merged, where the site reaches every market of its product at that cost or less.
     */
    static LaneAggregation of(FacilityForm f) {
        int n = f.sites();
        double[] hubCost = new double[n];
        boolean[][] merged = new boolean[n][];
        int[] demandsOfProduct = new int[f.products];
        for (int j = 0; j < f.demands(); j++) demandsOfProduct[f.demandProduct[j]]++;
        long mergedArcs = 0;
        long arcs = 0;
        int keptApart = 0;
        for (int i = 0; i < n; i++) {
            double[] cost = f.unitCost[i];
            arcs += cost.length;
            hubCost[i] = mostFrequent(cost);
            merged[i] = new boolean[cost.length];
            if (Double.isNaN(hubCost[i])) continue;
            if (reached(cost, hubCost[i]) != demandsOfProduct[f.product[i]]) {
                hubCost[i] = Double.NaN;
                keptApart++;
                continue;
            }
            for (int k = 0; k < cost.length; k++) {
                if (cost[k] == hubCost[i]) {
                    merged[i][k] = true;
                    mergedArcs++;
                }
            }
        }
        return new LaneAggregation(hubCost, merged, mergedArcs, arcs, keptApart);
    }

    // Markets reached at the hub's cost or less (one arc per site and market).
    private static int reached(double[] cost, double hub) {
        int reached = 0;
        for (double c : cost) if (c <= hub) reached++;
        return reached;
    }

    /**
     * How many of a problem's flows {@link #of} would merge, read from the problem itself (for
     * choosing the method before the model is built):
     * the same arcs and costs as {@link FacilityForm}, whose costs are those of
     * {@link Coefficients#flow}.
     */
    static Estimate estimate(Problem p) {
        int[] demandsOfProduct = new int[p.products().size()];
        for (Demand d : p.demands()) if (d.period() == 0) demandsOfProduct[d.product()]++;
        long arcs = 0;
        long mergedArcs = 0;
        for (int s = 0; s < p.sites().size(); s++) {
            int product = p.site(s).product();
            int count = 0;
            double[] cost = new double[p.arcsFrom(s).size()];
            for (int a : p.arcsFrom(s)) {
                Arc arc = p.arc(a);
                if (!arc.servesMarket() || p.demandIndex(arc.toMarket(), product, 0) < 0) continue;
                cost[count++] = Coefficients.flow(p, a, 0);
            }
            double[] own = java.util.Arrays.copyOf(cost, count);
            arcs += count;
            double hub = mostFrequent(own);
            if (Double.isNaN(hub) || reached(own, hub) != demandsOfProduct[product]) continue;
            for (double c : own) if (c == hub) mergedArcs++;
        }
        return new Estimate(arcs, mergedArcs);
    }

    /** What {@link #estimate} finds: flows, and flows merged. */
    record Estimate(long arcs, long mergedArcs) {
        double share() {
            return arcs == 0 ? 0 : (double) mergedArcs / arcs;
        }
    }

    // The most frequent value among at least MIN_GROUP equal ones (ties: the largest); NaN if none.
    private static double mostFrequent(double[] values) {
        Map<Double, Integer> count = new HashMap<>();
        for (double v : values) count.merge(v, 1, Integer::sum);
        double best = Double.NaN;
        int bestCount = MIN_GROUP - 1;
        for (Map.Entry<Double, Integer> e : count.entrySet()) {
            int c = e.getValue();
            if (c > bestCount || c == bestCount && c >= MIN_GROUP && e.getKey() > best) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }
}
