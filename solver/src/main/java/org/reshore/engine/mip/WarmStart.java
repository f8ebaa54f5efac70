package org.reshore.engine.mip;

import org.reshore.model.Problem;
import org.reshore.model.Solution;

/** Hands a given plan (the greedy one, usually) to the solver as a hint for its first incumbent. */
final class WarmStart {
    private WarmStart() {}

    static void hint(ReshoreModel rm, Solution start, OrToolsBackend be) {
        Problem p = rm.p;
        int n = rm.linear().numVars();
        double[] v = new double[n];
        boolean[] given = new boolean[n];
        for (int o = 0; o < p.options().size(); o++) {
            for (int t = 0; t < p.periods().size(); t++) set(v, given, rm.build[o][t], start.builds[o][t]);
        }
        for (int a = 0; a < p.arcs().size(); a++) {
            for (int t = 0; t < p.periods().size(); t++) set(v, given, rm.flow[a][t], start.flows[a][t]);
        }
        for (int d = 0; d < p.demands().size(); d++) set(v, given, rm.shortage[d], start.shortages[d]);
        for (int i = 0; i < p.stockpiles().size(); i++) set(v, given, rm.stock[i], start.stockpiles[i]);
        for (ReshoreModel.Grant g : rm.capexGrants) set(v, given, g.var(), 0);
        for (Solution.CapexGrant cg : start.capexGrants) {
            for (ReshoreModel.Grant g : rm.capexGrants) {
                if (g.subsidy() == cg.subsidy() && g.target() == cg.option() && g.period() == cg.period()) {
                    v[g.var()] += cg.amount();
                }
            }
        }
        for (ReshoreModel.Grant g : rm.prodGrants) set(v, given, g.var(), 0);
        for (Solution.ProductionGrant pg : start.productionGrants) {
            for (ReshoreModel.Grant g : rm.prodGrants) {
                if (g.subsidy() == pg.subsidy() && g.target() == pg.site() && g.period() == pg.period()) {
                    v[g.var()] += pg.amount();
                }
            }
        }
        be.setHint(v, given);
    }

    private static void set(double[] v, boolean[] given, int var, double value) {
        if (var < 0) return;
        v[var] = value;
        given[var] = true;
    }
}
