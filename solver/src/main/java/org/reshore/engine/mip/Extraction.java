package org.reshore.engine.mip;

import org.reshore.evaluate.RecourseSolver;
import org.reshore.model.Problem;
import org.reshore.model.Scenario;
import org.reshore.model.Solution;

/**
 * Reads a plan out of the solver's values and prices it. Builds are rounded to whole numbers,
 * flows below zero by round-off are clipped, and the objective is recomputed on those values
 * (with each scenario's recourse re-solved on the final plan in robust mode), so that the figure
 * reported is the one the evaluator will find on the plan. Grant variables (shares of capex, paid
 * output) are turned back into base currency here.
 */
final class Extraction {
    private Extraction() {}

    static Solution solution(ReshoreModel rm, double[] raw) {
        Problem p = rm.p;
        double[] x = cleaned(rm, raw);
        Solution sol = new Solution(p);
        for (int o = 0; o < p.options().size(); o++) {
            for (int t = 0; t < p.periods().size(); t++) {
                if (rm.build[o][t] >= 0) sol.builds[o][t] = (int) Math.round(x[rm.build[o][t]]);
            }
        }
        for (int a = 0; a < p.arcs().size(); a++) {
            for (int t = 0; t < p.periods().size(); t++) {
                if (rm.flow[a][t] >= 0) sol.flows[a][t] = x[rm.flow[a][t]];
            }
        }
        for (int d = 0; d < p.demands().size(); d++) {
            if (rm.shortage[d] >= 0) sol.shortages[d] = x[rm.shortage[d]];
        }
        for (int i = 0; i < p.stockpiles().size(); i++) sol.stockpiles[i] = x[rm.stock[i]];
        for (ReshoreModel.Grant g : rm.capexGrants) {
            if (x[g.var()] > 0) {
                sol.capexGrants.add(new Solution.CapexGrant(g.subsidy(), g.target(), g.period(), g.money(x[g.var()])));
            }
        }
        for (ReshoreModel.Grant g : rm.prodGrants) {
            if (x[g.var()] > 0) {
                sol.productionGrants.add(new Solution.ProductionGrant(g.subsidy(), g.target(), g.period(),
                        g.money(x[g.var()])));
            }
        }
        return sol;
    }

    /** The weighted objective of MODEL §3 on the cleaned values, in base currency. */
    static double objective(ReshoreModel rm, Solution sol, double[] raw) {
        Problem p = rm.p;
        double[] x = cleaned(rm, raw);
        double value = rm.cost.value(x) + p.objective().exposureWeight() * rm.exposure.value(x);
        if (p.objective().robust()) {
            RecourseSolver rs = new GlopRecourseSolver();
            double term = 0;
            for (Scenario sc : p.scenarios()) {
                if (sc.probability() <= 0) continue;
                double yearly = rs.solve(p, sol, sc).yearlyCost();
                term += sc.probability() * p.period(sc.period()).discount() * sc.years() * yearly;
            }
            value += p.objective().scenarioWeight() * term;
        }
        return value;
    }

    /**
     * Integers rounded, tiny negatives (round-off) set to 0, and grants trimmed to what the rounded
     * builds and the programmes' amounts allow: the solver holds grants as shares of capex, so its
     * feasibility tolerance (~1e-7 of a share) would otherwise be ~1e3 dollars on a $10B fab.
     */
    static double[] cleaned(ReshoreModel rm, double[] raw) {
        LinearModel m = rm.linear();
        double[] x = raw.clone();
        for (int i = 0; i < x.length; i++) {
            if (m.isInteger(i)) x[i] = Math.round(x[i]);
            else if (x[i] < 0 && m.lb(i) >= 0) x[i] = 0;
            if (Math.abs(x[i]) < 1e-12) x[i] = 0;
        }
        trimGrants(rm, x);
        return x;
    }

    private static void trimGrants(ReshoreModel rm, double[] x) {
        Problem p = rm.p;
        int nt = p.periods().size();
        double[] shareOf = new double[p.options().size() * nt];
        for (ReshoreModel.Grant g : rm.capexGrants) {
            double built = x[rm.build[g.target()][g.period()]];
            x[g.var()] = Math.min(x[g.var()], Math.min(1, p.subsidies().get(g.subsidy()).maxShare()) * built);
            shareOf[g.target() * nt + g.period()] += x[g.var()];
        }
        for (ReshoreModel.Grant g : rm.capexGrants) {
            double total = shareOf[g.target() * nt + g.period()];
            double built = x[rm.build[g.target()][g.period()]];
            if (total > built) x[g.var()] *= built / total;
        }
        double[] paid = new double[p.subsidies().size()];
        for (ReshoreModel.Grant g : rm.capexGrants) paid[g.subsidy()] += g.money(x[g.var()]);
        for (ReshoreModel.Grant g : rm.prodGrants) paid[g.subsidy()] += g.money(x[g.var()]);
        for (ReshoreModel.Grant g : rm.capexGrants) scaleDown(x, g, paid[g.subsidy()], p.subsidies().get(g.subsidy()).amount());
        for (ReshoreModel.Grant g : rm.prodGrants) scaleDown(x, g, paid[g.subsidy()], p.subsidies().get(g.subsidy()).amount());
        for (ReshoreModel.Grant g : rm.prodGrants) {
            double out = 0;
            for (int a : p.arcsFrom(g.target())) {
                int v = rm.flow[a][g.period()];
                if (v >= 0) out += x[v];
            }
            x[g.var()] = Math.min(x[g.var()], out);
        }
    }

    private static void scaleDown(double[] x, ReshoreModel.Grant g, double paid, double amount) {
        if (Double.isFinite(amount) && paid > amount && paid > 0) x[g.var()] *= amount / paid;
    }
}
