package org.reshore.engine.mip;

import java.util.ArrayList;
import java.util.List;
import org.reshore.model.Arc;
import org.reshore.model.Demand;
import org.reshore.model.Objective;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Site;

/**
 * A reshore problem read as capacitated facility location, when it is one: a single period;
 * every flow goes from a site to a market (no bill of materials); no policies, subsidies,
 * stockpiles, scenarios or exposure cap; each site has its own capacity and at most one option
 * (built up to {@code maxBuilds} times). Then the only rows that tie sites together are the
 * demand rows, and relaxing them leaves one small problem per site — the structure the
 * Lagrangian method ({@link LagrangianBound}) exploits. The money is read off the MIP's own
 * objective, so discounting and the price on exposure are already in it.
 */
final class FacilityForm {
    /** Per site: own capacity, capacity of one build, builds allowed, objective cost of one build, build variable (-1: none). */
    final double[] baseCapacity;
    final double[] buildCapacity;
    final int[] maxBuilds;
    final double[] buildCost;
    final int[] buildVar;
    final int[] option;
    final int[] product;
    /** Per site, its arcs: the demand served (index into the demand arrays below) and the cost of one unit. */
    final int[][] demandOf;
    final double[][] unitCost;
    /** Per demand: quantity, product, shortage cost per unit (+∞ where the demand must be met). */
    final double[] quantity;
    final int[] demandProduct;
    final double[] shortageCost;
    /** Per product: total demand, and whether every demand of it must be met (then capacity must cover it). */
    final double[] totalDemand;
    final boolean[] mustCover;
    final int products;

    private FacilityForm(int sites, int demands, int products) {
        baseCapacity = new double[sites];
        buildCapacity = new double[sites];
        maxBuilds = new int[sites];
        buildCost = new double[sites];
        buildVar = new int[sites];
        option = new int[sites];
        product = new int[sites];
        demandOf = new int[sites][];
        unitCost = new double[sites][];
        quantity = new double[demands];
        demandProduct = new int[demands];
        shortageCost = new double[demands];
        totalDemand = new double[products];
        mustCover = new boolean[products];
        this.products = products;
    }

    int sites() {
        return baseCapacity.length;
    }

    int demands() {
        return quantity.length;
    }

    /** Why the problem is not of this form, in a planner's words; null when it is. */
    static String whyNot(Problem p) {
        if (p.periods().size() != 1) return "it has " + p.periods().size() + " periods (builds then tie periods together)";
        for (Product q : p.products()) {
            if (!q.inputs().isEmpty()) return "product " + q.id() + " has a bill of materials";
        }
        for (Arc a : p.arcs()) {
            if (!a.servesMarket()) return "site " + p.site(a.from()).id() + " ships to another site";
        }
        if (!p.policies().isEmpty()) return "it has policies";
        if (!p.subsidies().isEmpty()) return "it has subsidy programmes";
        if (!p.stockpiles().isEmpty()) return "it has stockpiles";
        Objective obj = p.objective();
        if (obj.mode() != Objective.Mode.WEIGHTED) return "its objective mode is " + obj.mode().name().toLowerCase();
        if (obj.hasExposureCap()) return "it has an exposure cap";
        if (obj.robust()) return "it is robust (scenarioWeight > 0)";
        for (Site s : p.sites()) {
            if (s.options().size() > 1) return "site " + s.id() + " has more than one option";
        }
        for (Demand d : p.demands()) {
            if (d.shortageAllowed() || d.quantity() <= 0) continue;
            boolean served = false;
            for (int a : p.arcsIntoMarket(d.market())) served |= p.arcProduct(a) == d.product();
            if (!served) return "demand of " + p.market(d.market()).id() + " has no source"; // infeasible: the MIP says so
        }
        return null;
    }

    /**
     * Whether some product's demand, all of it to be met, exceeds what its sites can make without
     * building: then the capacity-cover knapsack binds and the Lagrangian bound is stronger than
     * the LP's (OR-Library: no site has capacity before it is built).
     */
    static boolean coverBinds(Problem p) {
        double[] demand = new double[p.products().size()];
        double[] base = new double[p.products().size()];
        boolean[] shortage = new boolean[p.products().size()];
        for (Demand d : p.demands()) {
            demand[d.product()] += d.quantity();
            shortage[d.product()] |= d.shortageAllowed();
        }
        for (Site s : p.sites()) base[s.product()] += s.capacity();
        for (int q = 0; q < demand.length; q++) if (!shortage[q] && base[q] < demand[q]) return true;
        return false;
    }

    /** The form of a problem for which {@link #whyNot} is null, with the costs of the model's objective. */
    static FacilityForm of(ReshoreModel rm) {
        Problem p = rm.p;
        double[] coef = new double[rm.linear().numVars()];
        LinExpr w = rm.weighted();
        for (int i = 0; i < w.size(); i++) coef[w.var(i)] += w.coef(i);
        FacilityForm f = new FacilityForm(p.sites().size(), p.demands().size(), p.products().size());
        java.util.Arrays.fill(f.mustCover, true);
        for (Demand d : p.demands()) {
            f.quantity[d.index()] = d.quantity();
            f.demandProduct[d.index()] = d.product();
            f.totalDemand[d.product()] += d.quantity();
            int z = rm.shortage[d.index()];
            f.shortageCost[d.index()] = z >= 0 ? coef[z] : Double.POSITIVE_INFINITY;
            if (z >= 0) f.mustCover[d.product()] = false;
        }
        for (Site s : p.sites()) {
            int i = s.index();
            f.product[i] = s.product();
            f.baseCapacity[i] = s.capacity();
            f.option[i] = -1;
            f.buildVar[i] = -1;
            if (!s.options().isEmpty()) {
                int o = s.options().get(0);
                int v = rm.build[o][0];
                if (v >= 0) {
                    f.option[i] = o;
                    f.buildVar[i] = v;
                    f.buildCapacity[i] = p.option(o).capacity();
                    f.maxBuilds[i] = p.option(o).maxBuilds();
                    f.buildCost[i] = coef[v];
                }
            }
            List<int[]> served = new ArrayList<>();
            for (int a : p.arcsFrom(i)) {
                int v = rm.flow[a][0];
                if (v < 0) continue; // no demand there
                int d = p.demandIndex(p.arc(a).toMarket(), s.product(), 0);
                served.add(new int[] {d, v});
            }
            f.demandOf[i] = new int[served.size()];
            f.unitCost[i] = new double[served.size()];
            for (int k = 0; k < served.size(); k++) {
                f.demandOf[i][k] = served.get(k)[0];
                f.unitCost[i][k] = coef[served.get(k)[1]];
            }
        }
        return f;
    }
}
