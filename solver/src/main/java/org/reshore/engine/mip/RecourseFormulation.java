package org.reshore.engine.mip;

import java.util.Arrays;
import java.util.function.IntFunction;
import org.reshore.model.Arc;
import org.reshore.model.Demand;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Scenario;
import org.reshore.model.Site;
import org.reshore.model.Stockpile;

/**
 * One year of running through a disruption (MODEL.md §3, "Scenarios"): recourse flows on the arcs
 * the scenario leaves open, shortages of every demand of its period, stockpile releases. The
 * builds and stockpile levels come in as expressions, so the same rows serve the robust MIP
 * (where they are variables) and the recourse LP of a fixed plan (where they are constants).
 */
public final class RecourseFormulation {
    /** Variable of the recourse flow per arc (-1: closed or no demand), shortage per demand, release per stockpile. */
    public final int[] flow;
    public final int[] shortage;
    public final int[] release;
    /** One year's delivered flow cost plus shortage penalties, undiscounted. */
    public final LinExpr yearlyCost = new LinExpr();

    /**
     * Adds the recourse of {@code sc} to {@code m}. {@code builtCapacity.apply(s)} is the capacity
     * site s has in the scenario's period before the scenario's factor (cap0 plus what the plan
     * built by then); {@code stockLevel.apply(i)} the level of stockpile i.
     */
    public RecourseFormulation(LinearModel m, Problem p, Scenario sc, IntFunction<LinExpr> builtCapacity,
                               IntFunction<LinExpr> stockLevel) {
        int t = sc.period();
        String sid = sc.id();
        String pid = p.period(t).id();
        flow = new int[p.arcs().size()];
        shortage = new int[p.demands().size()];
        release = new int[p.stockpiles().size()];
        Arrays.fill(flow, -1);
        Arrays.fill(shortage, -1);
        Arrays.fill(release, -1);
        boolean[] closed = new boolean[p.arcs().size()];
        for (int a : sc.blockedArcs()) closed[a] = true;
        double unserved = p.objective().unservedPenalty();

        for (Arc a : p.arcs()) {
            if (closed[a.index()]) continue;
            double ub = LinearModel.INF;
            if (a.servesMarket()) {
                int d = p.demandIndex(a.toMarket(), p.arcProduct(a.index()), t);
                if (d < 0) continue;
                ub = p.demand(d).quantity() * sc.demandFactor();
            }
            flow[a.index()] = m.addVar(Names.of("rflow", sid, p.site(a.from()).id(), p.destinationId(a)), 0, ub, false);
            yearlyCost.add(flow[a.index()], a.unitCost());
        }
        for (Stockpile st : p.stockpiles()) {
            int v = m.addVar(Names.of("release", sid, p.market(st.market()).id(), p.product(st.product()).id()),
                    0, LinearModel.INF, false);
            release[st.index()] = v;
            // r[k,p] ≤ h[k,p] / years[σ]
            m.addRow(Names.of("rrelease", sid, p.market(st.market()).id(), p.product(st.product()).id()),
                    Double.NEGATIVE_INFINITY, 0,
                    new LinExpr().add(v, 1).addAll(stockLevel.apply(st.index()), -1 / sc.years()));
        }
        // Σ_s x'[s,k] + z'[k,p] + r[k,p] = demandFactor·d[k,p,t]
        for (Demand d : p.demands()) {
            if (d.period() != t) continue;
            double pen = d.shortageAllowed() ? d.shortagePenalty() : unserved;
            String k = p.market(d.market()).id();
            String prod = p.product(d.product()).id();
            LinExpr row = new LinExpr();
            if (!Double.isNaN(pen)) {
                shortage[d.index()] = m.addVar(Names.of("rshortage", sid, k, prod), 0, LinearModel.INF, false);
                row.add(shortage[d.index()], 1);
                yearlyCost.add(shortage[d.index()], pen);
            }
            for (int a : p.arcsIntoMarket(d.market())) {
                if (p.arcProduct(a) == d.product()) row.add(flow[a], 1);
            }
            for (Stockpile st : p.stockpiles()) {
                if (st.market() == d.market() && st.product() == d.product()) row.add(release[st.index()], 1);
            }
            double q = d.quantity() * sc.demandFactor();
            m.addRow(Names.of("rdemand", sid, k, prod), q, q, row);
        }
        // Σ_j x'[s,j] ≤ factor[s]·(cap0[s] + Σ_o cap[o]·built[o,t])
        for (Site s : p.sites()) {
            LinExpr row = new LinExpr();
            for (int a : p.arcsFrom(s.index())) row.add(flow[a], 1);
            if (row.isEmpty()) continue;
            row.addAll(builtCapacity.apply(s.index()), -sc.siteFactor().get(s.index()));
            m.addRow(Names.of("rcapacity", sid, s.id()), Double.NEGATIVE_INFINITY, 0, row);
        }
        // Σ_{s': p(s')=q} x'[s',s] = perUnit·Σ_j x'[s,j]
        for (Site s : p.sites()) {
            Product made = p.product(s.product());
            for (Product.Input in : made.inputs()) {
                LinExpr row = new LinExpr();
                for (int a : p.arcsIntoSite(s.index())) {
                    if (p.arcProduct(a) == in.product()) row.add(flow[a], 1);
                }
                for (int a : p.arcsFrom(s.index())) row.add(flow[a], -in.perUnit());
                m.addRow(Names.of("rinput", sid, s.id(), p.product(in.product()).id()), 0, 0, row);
            }
        }
    }
}
