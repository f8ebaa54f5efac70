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
 * <p>The merged model is exact when each site with merged lanes reaches every market of its
 * product at the hub's cost or less: by a merged lane or a cheaper one of its own. Then any flow
 * through the hub can be taken by a real lane at no more cost. Otherwise (a blocked lane, a lane
 * dearer than the default) the hub opens routes the problem does not have. The model is then a
 * relaxation: its bound still holds, and its builds are priced on the full problem.
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
    /** Whether every site with merged lanes reaches every market of its product at the hub's cost or less. */
    final boolean exact;

    private LaneAggregation(double[] hubCost, boolean[][] merged, long mergedArcs, long arcs, boolean exact) {
        this.hubCost = hubCost;
        this.merged = merged;
        this.mergedArcs = mergedArcs;
        this.arcs = arcs;
        this.exact = exact;
    }

    /** The lanes of each site at its most frequent unit cost are merged (ties: the dearest such cost). */
    static LaneAggregation of(FacilityForm f) {
        int n = f.sites();
        double[] hubCost = new double[n];
        boolean[][] merged = new boolean[n][];
        int[] demandsOfProduct = new int[f.products];
        for (int j = 0; j < f.demands(); j++) demandsOfProduct[f.demandProduct[j]]++;
        long mergedArcs = 0;
        long arcs = 0;
        boolean exact = true;
        for (int i = 0; i < n; i++) {
            double[] cost = f.unitCost[i];
            arcs += cost.length;
            hubCost[i] = mostFrequent(cost);
            merged[i] = new boolean[cost.length];
            if (Double.isNaN(hubCost[i])) continue;
            int reached = 0;
            for (int k = 0; k < cost.length; k++) {
                if (cost[k] == hubCost[i]) {
                    merged[i][k] = true;
                    mergedArcs++;
                }
                if (cost[k] <= hubCost[i]) reached++;
            }
            // one arc per site and demand: every demand of the product is reached no dearer
            exact &= reached == demandsOfProduct[f.product[i]];
        }
        return new LaneAggregation(hubCost, merged, mergedArcs, arcs, exact);
    }

    /**
     * The share of a problem's flows that {@link #of} would merge, and whether the merge would be
     * exact, read from the problem itself (for choosing the method before the model is built):
     * the same arcs and costs as {@link FacilityForm}, whose costs are those of
     * {@link Coefficients#flow}.
     */
    static Estimate estimate(Problem p) {
        int[] demandsOfProduct = new int[p.products().size()];
        for (Demand d : p.demands()) if (d.period() == 0) demandsOfProduct[d.product()]++;
        long arcs = 0;
        long mergedArcs = 0;
        boolean exact = true;
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
            if (Double.isNaN(hub)) continue;
            int reached = 0;
            for (double c : own) {
                if (c == hub) mergedArcs++;
                if (c <= hub) reached++;
            }
            exact &= reached == demandsOfProduct[product];
        }
        return new Estimate(arcs, mergedArcs, exact);
    }

    /** What {@link #estimate} finds: flows, flows merged, and whether merging them is exact. */
    record Estimate(long arcs, long mergedArcs, boolean exact) {
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
