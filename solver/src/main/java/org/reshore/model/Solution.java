package org.reshore.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan's decisions on a problem's indices, as engines produce them and the evaluator judges them:
 * builds b[o][t], capex grants g, production grants w, yearly flows x[arc][t], yearly shortages
 * z[demand], stockpile levels h[stockpile]. Mutable arrays, owned by whoever made them.
 */
public final class Solution {
    /** Money of capex programme {@code subsidy} paid towards the builds of {@code option} in {@code period}. */
    public record CapexGrant(int subsidy, int option, int period, double amount) {}

    /** Money of production programme {@code subsidy} paid to {@code site} for its output in {@code period}. */
    public record ProductionGrant(int subsidy, int site, int period, double amount) {}

    /**
     * A flow a plan file names along a blocked lane: it has no arc, so it stands here for the
     * evaluator to report (constraint 6) instead of in {@link #flows}.
     */
    public record BlockedFlow(int from, int toMarket, int toSite, int period, double quantity) {}

    public final int[][] builds;
    public final double[][] flows;
    public final double[] shortages;
    public final double[] stockpiles;
    public final List<CapexGrant> capexGrants = new ArrayList<>();
    public final List<ProductionGrant> productionGrants = new ArrayList<>();
    public final List<BlockedFlow> blockedFlows = new ArrayList<>();

    public Solution(Problem problem) {
        int periods = problem.periods().size();
        builds = new int[problem.options().size()][periods];
        flows = new double[problem.arcs().size()][periods];
        shortages = new double[problem.demands().size()];
        stockpiles = new double[problem.stockpiles().size()];
    }

    /** A deep copy: changing the copy's arrays and lists leaves this plan as it is. */
    public Solution copy(Problem problem) {
        Solution c = new Solution(problem);
        for (int i = 0; i < builds.length; i++) c.builds[i] = builds[i].clone();
        for (int i = 0; i < flows.length; i++) c.flows[i] = flows[i].clone();
        System.arraycopy(shortages, 0, c.shortages, 0, shortages.length);
        System.arraycopy(stockpiles, 0, c.stockpiles, 0, stockpiles.length);
        c.capexGrants.addAll(capexGrants);
        c.productionGrants.addAll(productionGrants);
        c.blockedFlows.addAll(blockedFlows);
        return c;
    }

    /** Builds of option o made in periods up to and including t. */
    public int builtBy(int option, int period) {
        int n = 0;
        for (int t = 0; t <= period; t++) n += builds[option][t];
        return n;
    }

    /** Total yearly output of site s in period t: the sum of its outgoing flows. */
    public double output(Problem problem, int site, int period) {
        double sum = 0;
        for (int a : problem.arcsFrom(site)) sum += flows[a][period];
        return sum;
    }
}
