package org.reshore.engine.mip;

import java.util.Arrays;

/**
 * The Lagrangian relaxation of the demand rows of a {@link FacilityForm} problem, with the
 * capacity-cover knapsack kept (Beasley 1988; Görtz and Klose 2012). With a price λ_j on each
 * unit of demand j, the relaxed problem falls apart:
 * <ul>
 *   <li>per site and number of builds k: a continuous knapsack — fill capacity
 *       cap0 + k·cap with the demands whose reduced cost c_ij − λ_j is negative, cheapest first;
 *       its value v_i(k) = k·f_i + that fill's reduced cost, convex in k;</li>
 *   <li>per product whose demand must be met: choose the builds at least cost Σ v_i(k_i) subject
 *       to Σ capacity ≥ total demand (a minimum-cost cover, solved exactly by
 *       {@link CoverKnapsack});</li>
 *   <li>per demand with a shortage price p_j: the shortage takes the whole demand when p_j &lt; λ_j.</li>
 * </ul>
 * L(λ) = Σ_j λ_j·d_j + those values is a lower bound on every plan's objective, for any λ: that is
 * what makes it a proof. The cover knapsack is what makes it stronger than the LP relaxation of
 * the strong formulation (on OR-Library capa at capacity 8000: 0.09% below the optimum against
 * 2.1% for the LP). λ is improved by subgradient steps (Polyak's rule towards the best plan).
 */
final class LagrangianBound {
    final FacilityForm f;
    /** Build count limits per site (fixings narrow them). */
    final int[] lo;
    final int[] hi;
    final double[] lambda;

    // per site, at the current λ: value at lo builds, marginal values of builds lo+1.., flows
    private final double[] valueAtLo;
    private final double[][] marginal;
    private final int[] marginalCount;
    private final int[][] sorted;
    /** Per site: how many arcs of {@link #sorted} have a negative reduced cost at the current λ, and how many of them count under the current limits. */
    private final int[] collected;
    private final int[] negatives;
    private final double[][] reduced;
    /** Per site and arc, the quantity of the demand it serves; per site, how much of {@link #sorted} is in order. */
    private final double[][] arcQuantity;
    private final int[] sortedFront;
    // Per demand, its sources by ascending unit cost (site, position in the site's arrays): the
    // arcs with negative reduced cost c_ij − λ_j are a prefix of that list, found without looking
    // at the others (a few per demand against 10^3 sources on a generated 1000×1000 problem)
    private final int[][] sourceSite;
    private final int[][] sourcePos;
    private final double[][] sourceCost;
    /** Builds per site in the relaxed optimum of the last evaluation. */
    final int[] chosen;
    /** Demand minus what the relaxed optimum delivers: the subgradient. */
    final double[] subgradient;
    private final int[][] sitesOf;
    /** Per site, the builds that cover its product's whole demand (see {@link #usefulBuilds}). */
    private final int[] coverBuilds;
    long negativeArcs;

    LagrangianBound(FacilityForm f) {
        this.f = f;
        int n = f.sites();
        lo = new int[n];
        hi = new int[n];
        for (int i = 0; i < n; i++) hi[i] = f.buildVar[i] >= 0 ? f.maxBuilds[i] : 0;
        lambda = new double[f.demands()];
        valueAtLo = new double[n];
        marginal = new double[n][];
        marginalCount = new int[n];
        sorted = new int[n][];
        collected = new int[n];
        negatives = new int[n];
        reduced = new double[n][];
        arcQuantity = new double[n][];
        sortedFront = new int[n];
        int[] sources = new int[f.demands()];
        for (int i = 0; i < n; i++) {
            sorted[i] = new int[f.demandOf[i].length];
            reduced[i] = new double[f.demandOf[i].length];
            arcQuantity[i] = new double[f.demandOf[i].length];
            for (int k = 0; k < f.demandOf[i].length; k++) arcQuantity[i][k] = f.quantity[f.demandOf[i][k]];
            for (int j : f.demandOf[i]) sources[j]++;
        }
        sourceSite = new int[f.demands()][];
        sourcePos = new int[f.demands()][];
        sourceCost = new double[f.demands()][];
        for (int j = 0; j < f.demands(); j++) {
            sourceSite[j] = new int[sources[j]];
            sourcePos[j] = new int[sources[j]];
            sourceCost[j] = new double[sources[j]];
        }
        Arrays.fill(sources, 0);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < f.demandOf[i].length; k++) {
                int j = f.demandOf[i][k];
                sourceSite[j][sources[j]] = i;
                sourcePos[j][sources[j]] = k;
                sourceCost[j][sources[j]++] = f.unitCost[i][k];
            }
        }
        for (int j = 0; j < f.demands(); j++) {
            int[] order = new int[sources[j]];
            for (int t = 0; t < order.length; t++) order[t] = t;
            Sorting.byKey(order, order.length, sourceCost[j]);
            int[] site = new int[order.length];
            int[] pos = new int[order.length];
            double[] cost = new double[order.length];
            for (int t = 0; t < order.length; t++) {
                site[t] = sourceSite[j][order[t]];
                pos[t] = sourcePos[j][order[t]];
                cost[t] = sourceCost[j][order[t]];
            }
            sourceSite[j] = site;
            sourcePos[j] = pos;
            sourceCost[j] = cost;
        }
        chosen = new int[n];
        subgradient = new double[f.demands()];
        coverBuilds = new int[n];
        for (int i = 0; i < n; i++) coverBuilds[i] = coverBuilds(f, i);
        int[] count = new int[f.products];
        for (int i = 0; i < n; i++) count[f.product[i]]++;
        sitesOf = new int[f.products][];
        for (int p = 0; p < f.products; p++) sitesOf[p] = new int[count[p]];
        Arrays.fill(count, 0);
        for (int i = 0; i < n; i++) sitesOf[f.product[i]][count[f.product[i]]++] = i;
        startingPrices();
    }

    // λ_j = the cheapest way to serve j (a source's unit cost or the shortage price).
    private void startingPrices() {
        Arrays.fill(lambda, Double.POSITIVE_INFINITY);
        for (int j = 0; j < f.demands(); j++) lambda[j] = f.shortageCost[j];
        for (int i = 0; i < f.sites(); i++) {
            for (int k = 0; k < f.demandOf[i].length; k++) {
                int j = f.demandOf[i][k];
                lambda[j] = Math.min(lambda[j], f.unitCost[i][k]);
            }
        }
        for (int j = 0; j < lambda.length; j++) if (!Double.isFinite(lambda[j])) lambda[j] = 0;
    }

    /**
     * Builds that could ever be useful at site i: enough to cover its product's whole demand,
     * within its limits. (The count without limits is worked out once: a cold JVM runs
     * {@code Math.ceil} in Java, and this is asked twice per site and step.)
     */
    private int usefulBuilds(int i) {
        if (f.buildCapacity[i] <= 0) return lo[i];
        return Math.max(lo[i], Math.min(hi[i], coverBuilds[i]));
    }

    private static int coverBuilds(FacilityForm f, int i) {
        if (f.buildCapacity[i] <= 0) return 0;
        double missing = f.totalDemand[f.product[i]] - f.baseCapacity[i];
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, Math.ceil(missing / f.buildCapacity[i] - 1e-9)));
    }

    /** L(λ) for the current λ and limits; also sets {@link #chosen} and {@link #subgradient}. */
    double evaluate() {
        collect();
        for (int i = 0; i < f.sites(); i++) site(i);
        long neg = 0;
        for (int i = 0; i < f.sites(); i++) neg += negatives[i];
        negativeArcs = neg;
        double total = 0;
        for (int j = 0; j < f.demands(); j++) {
            double d = f.quantity[j];
            total += lambda[j] * d;
            subgradient[j] = d;
            if (f.shortageCost[j] < lambda[j]) {
                total += (f.shortageCost[j] - lambda[j]) * d;
                subgradient[j] = 0;
            }
        }
        for (int p = 0; p < f.products; p++) total += product(p, true);
        for (int i = 0; i < f.sites(); i++) deliver(i);
        return total;
    }

    /**
     * L at the current λ with site i's builds held within [from, to] instead: the bound on every
     * plan that builds that many there. Reuses the per-site values of the last {@link #evaluate}.
     */
    double boundWith(int i, int from, int to, double base) {
        int p = f.product[i];
        double before = product(p, false);
        int oldLo = lo[i];
        int oldHi = hi[i];
        lo[i] = from;
        hi[i] = to;
        site(i);
        double after = product(p, false);
        lo[i] = oldLo;
        hi[i] = oldHi;
        site(i);
        return base - before + after;
    }

    /**
     * Every site's arcs with negative reduced cost at the current λ, sorted by it: walks each
     * demand's sources from the cheapest while they cost less than λ_j. The work is the number of
     * such arcs, not the number of arcs.
     */
    private void collect() {
        Arrays.fill(collected, 0);
        for (int j = 0; j < f.demands(); j++) collect(j);
        for (int i = 0; i < f.sites(); i++) {
            double room = f.baseCapacity[i] + usefulBuilds(i) * f.buildCapacity[i];
            sortedFront[i] = Sorting.byKeyFront(sorted[i], collected[i], reduced[i], arcQuantity[i], room);
        }
    }

    // Demand j's sources that cost less than λ_j. A method of its own, called once per demand and
    // step, so that a cold JVM compiles it within the first few steps (a loop in a method called
    // once a step runs interpreted for about a hundred steps).
    private void collect(int j) {
        double price = lambda[j];
        double[] cost = sourceCost[j];
        int[] site = sourceSite[j];
        int[] pos = sourcePos[j];
        for (int t = 0; t < cost.length && cost[t] < price; t++) {
            int i = site[t];
            int k = pos[t];
            reduced[i][k] = cost[t] - price;
            sorted[i][collected[i]++] = k;
        }
    }

    // Arc `pos` of site i's list in order: sorts the rest of the list when a walk goes past the
    // sorted front (its limits were widened since the last collect; not the case in the method).
    private int arcAt(int i, int pos) {
        if (pos >= sortedFront[i]) {
            int[] idx = sorted[i];
            int from = sortedFront[i];
            int[] rest = java.util.Arrays.copyOfRange(idx, from, collected[i]);
            Sorting.byKey(rest, rest.length, reduced[i]);
            System.arraycopy(rest, 0, idx, from, rest.length);
            sortedFront[i] = collected[i];
        }
        return sorted[i][pos];
    }

    /** The work of the last {@link #evaluate}, in arcs and nodes looked at (for rationing the pricing). */
    long work() {
        // sorting each site's arcs costs about log2 of their number per arc
        double perSite = Math.max(2.0, (double) negativeArcs / Math.max(1, f.sites()));
        return f.sites() + f.demands() + (long) (negativeArcs * (1 + Math.log(perSite) / Math.log(2)));
    }

    /**
     * The relaxation's value of site i's k-th build at the current λ, v_i(k) − v_i(k−1): negative
     * where the prices want that build, positive where they want it gone. NaN outside the counts
     * the last evaluation looked at (below lo + 1 or above the useful builds).
     */
    double marginalOf(int i, int k) {
        int at = k - lo[i] - 1;
        return at >= 0 && at < marginalCount[i] ? marginal[i][at] : Double.NaN;
    }

    /** Recomputes site i's values after its limits changed for good (a fixing). */
    void refresh(int i) {
        site(i);
    }

    // Continuous knapsack of site i for every build count in [lo, useful]: v(lo) and the marginals.
    private void site(int i) {
        int top = usefulBuilds(i);
        if (f.baseCapacity[i] + top * f.buildCapacity[i] <= 0) { // closed for good: nothing to fill
            negatives[i] = 0;
            marginalCount[i] = 0;
            valueAtLo[i] = lo[i] * f.buildCost[i];
            return;
        }
        int[] dem = f.demandOf[i];
        double[] reduced = this.reduced[i];
        int n = collected[i];
        negatives[i] = n;
        int count = top - lo[i];
        if (marginal[i] == null || marginal[i].length < count) marginal[i] = new double[Math.max(count, 1)];
        marginalCount[i] = count;
        // walk the sorted list once, reading the fill's value at each capacity cap0 + k·cap
        double value = 0;
        int pos = 0;
        double usedOfPos = 0;
        double previous = 0;
        for (int k = lo[i]; k <= top; k++) {
            double room = k == lo[i] ? f.baseCapacity[i] + k * f.buildCapacity[i] : f.buildCapacity[i];
            while (room > 0 && pos < n) {
                int a = arcAt(i, pos);
                double left = f.quantity[dem[a]] - usedOfPos;
                double q = Math.min(left, room);
                value += q * reduced[a];
                room -= q;
                usedOfPos += q;
                if (usedOfPos >= f.quantity[dem[a]]) {
                    pos++;
                    usedOfPos = 0;
                }
            }
            double v = k * f.buildCost[i] + value;
            if (k == lo[i]) valueAtLo[i] = v;
            else marginal[i][k - lo[i] - 1] = v - previous;
            previous = v;
        }
    }

    // The builds of product p at least cost; with `record`, writes chosen[] for its sites.
    private double product(int p, boolean record) {
        int[] sites = sitesOf[p];
        double value = 0;
        double capacity = 0;
        int items = 0;
        for (int i : sites) {
            value += valueAtLo[i];
            capacity += f.baseCapacity[i] + lo[i] * f.buildCapacity[i];
            if (record) chosen[i] = lo[i];
            for (int k = 0; k < marginalCount[i]; k++) {
                if (marginal[i][k] < 0) {
                    value += marginal[i][k];
                    capacity += f.buildCapacity[i];
                    if (record) chosen[i]++;
                } else {
                    items++;
                }
            }
        }
        double need = f.totalDemand[p] - capacity;
        if (!f.mustCover[p] || need <= 1e-9 * Math.max(1, f.totalDemand[p])) return value;
        double[] cost = new double[items];
        double[] weight = new double[items];
        int[] site = new int[items];
        int n = 0;
        for (int i : sites) {
            for (int k = 0; k < marginalCount[i]; k++) {
                if (marginal[i][k] < 0) continue;
                cost[n] = marginal[i][k];
                weight[n] = f.buildCapacity[i];
                site[n++] = i;
            }
        }
        CoverKnapsack.Result r = CoverKnapsack.solve(cost, weight, need, 20_000);
        if (record) {
            for (int k = 0; k < n; k++) if (r.chosen()[k]) chosen[site[k]]++;
        }
        return value + r.value();
    }

    // What site i delivers at its chosen builds, taken off the subgradient.
    private void deliver(int i) {
        double room = f.baseCapacity[i] + chosen[i] * f.buildCapacity[i];
        for (int pos = 0; pos < negatives[i] && room > 0; pos++) {
            int j = f.demandOf[i][arcAt(i, pos)];
            double q = Math.min(room, f.quantity[j]);
            subgradient[j] -= q;
            room -= q;
        }
    }
}
