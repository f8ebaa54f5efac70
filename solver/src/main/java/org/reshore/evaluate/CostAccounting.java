package org.reshore.evaluate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reshore.model.Arc;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Period;
import org.reshore.model.Problem;
import org.reshore.model.Site;
import org.reshore.model.Solution;
import org.reshore.model.Stockpile;
import org.reshore.model.Subsidy;

/**
 * The money of MODEL.md §3 split into the summands of §5 and into per-entity contributions.
 * Period t's yearly money weighs δ_t·years_t; capex and grants weigh δ_t once; the stockpile is
 * bought once undiscounted and held Σ_t δ_t·years_t; exposure weighs years_t, never discounted.
 */
final class CostAccounting {
    private final Problem problem;
    private final Solution plan;

    double production;
    double tariffs;
    double transport;
    double fixed;
    double capex;
    double capexSubsidies;
    double productionSubsidies;
    double shortage;
    double stockpile;
    double exposure; // Exposure itself (not priced)

    final Map<String, Map<String, Double>> sites = new LinkedHashMap<>();
    final Map<String, Map<String, Double>> options = new LinkedHashMap<>();
    final Map<String, Map<String, Double>> subsidies = new LinkedHashMap<>();
    final Map<String, Map<String, Double>> marketProducts = new LinkedHashMap<>();

    CostAccounting(Problem problem, Solution plan) {
        this.problem = problem;
        this.plan = plan;
    }

    private double weight(int t) {
        Period p = problem.period(t);
        return p.discount() * p.years();
    }

    void run() {
        double price = problem.objective().exposureWeight();
        double[][] site = new double[problem.sites().size()][6]; // production, tariffs, transport, exposure, subsidies, output
        double[][] market = new double[problem.demands().size()][3]; // supply, shortage, exposure
        for (Arc a : problem.arcs()) {
            double rate = problem.exposureRate(a.index());
            int product = problem.arcProduct(a.index());
            for (int t = 0; t < problem.periods().size(); t++) {
                double x = plan.flows[a.index()][t];
                if (x == 0) continue;
                double w = weight(t);
                double years = problem.period(t).years();
                double[] s = site[a.from()];
                s[0] += w * a.production() * x;
                s[1] += w * a.tariff() * x;
                s[2] += w * a.transport() * x;
                s[3] += price * years * rate * x;
                s[5] += years * x;
                exposure += years * rate * x;
                int d = a.servesMarket() ? problem.demandIndex(a.toMarket(), product, t) : -1;
                if (d >= 0) {
                    market[d][0] += w * a.unitCost() * x;
                    market[d][2] += price * years * rate * x;
                }
            }
        }
        for (Site s : problem.sites()) {
            production += site[s.index()][0];
            tariffs += site[s.index()][1];
            transport += site[s.index()][2];
        }
        for (Demand d : problem.demands()) {
            double z = plan.shortages[d.index()];
            double cost = d.shortageAllowed() ? weight(d.period()) * d.shortagePenalty() * z : 0;
            market[d.index()][1] = cost;
            shortage += cost;
        }
        for (Stockpile k : problem.stockpiles()) {
            double h = plan.stockpiles[k.index()];
            double hold = 0;
            for (int t = 0; t < problem.periods().size(); t++) hold += weight(t) * k.holdingCost() * h;
            stockpile += k.purchaseCost() * h + hold;
        }
        double[][] option = new double[problem.options().size()][4]; // builds, capex, subsidies, fixed
        for (CapacityOption o : problem.options()) {
            for (int t = 0; t < problem.periods().size(); t++) {
                double[] c = option[o.index()];
                c[0] += plan.builds[o.index()][t];
                c[1] += problem.period(t).discount() * o.capex() * plan.builds[o.index()][t];
                c[3] += weight(t) * o.fixedCost() * plan.builtBy(o.index(), t);
            }
            capex += option[o.index()][1];
            fixed += option[o.index()][3];
        }
        double[][] programme = new double[problem.subsidies().size()][2]; // paid nominal, value
        for (Solution.CapexGrant g : plan.capexGrants) {
            double v = problem.period(g.period()).discount() * g.amount();
            capexSubsidies -= v;
            option[g.option()][2] -= v;
            programme[g.subsidy()][0] += g.amount();
            programme[g.subsidy()][1] -= v;
        }
        for (Solution.ProductionGrant w : plan.productionGrants) {
            double v = problem.period(w.period()).discount() * w.amount();
            productionSubsidies -= v;
            site[w.site()][4] -= v;
            programme[w.subsidy()][0] += w.amount();
            programme[w.subsidy()][1] -= v;
        }
        tables(site, market, option, programme);
    }

    private void tables(double[][] site, double[][] market, double[][] option, double[][] programme) {
        for (Site s : problem.sites()) {
            double[] c = site[s.index()];
            sites.put(s.id(), row("production", c[0], "tariffs", c[1], "transport", c[2], "exposure", c[3],
                    "productionSubsidies", c[4], "total", c[0] + c[1] + c[2] + c[3] + c[4], "output", c[5]));
        }
        for (CapacityOption o : problem.options()) {
            double[] c = option[o.index()];
            options.put(o.id(), row("builds", c[0], "capex", c[1], "capexSubsidies", c[2], "fixed", c[3],
                    "total", c[1] + c[2] + c[3]));
        }
        for (Subsidy u : problem.subsidies()) {
            double[] c = programme[u.index()];
            subsidies.put(u.id(), row("paid", c[0], "amount", u.amount(), "value", c[1]));
        }
        Map<String, double[]> byMarketProduct = new LinkedHashMap<>();
        for (Demand d : problem.demands()) {
            String key = problem.market(d.market()).id() + "/" + problem.product(d.product()).id();
            double[] acc = byMarketProduct.computeIfAbsent(key, k -> new double[3]);
            for (int i = 0; i < 3; i++) acc[i] += market[d.index()][i];
        }
        byMarketProduct.forEach((k, c) -> marketProducts.put(k,
                row("supply", c[0], "shortage", c[1], "exposure", c[2], "total", c[0] + c[1] + c[2])));
    }

    private static Map<String, Double> row(Object... keyValues) {
        Map<String, Double> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) row.put((String) keyValues[i], (Double) keyValues[i + 1]);
        return row;
    }

    CostBreakdown breakdown(double scenarios) {
        return new CostBreakdown(production, tariffs, transport, fixed, capex, capexSubsidies, productionSubsidies,
                shortage, stockpile, problem.objective().exposureWeight() * exposure, scenarios);
    }
}
