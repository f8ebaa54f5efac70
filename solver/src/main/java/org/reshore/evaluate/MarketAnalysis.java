package org.reshore.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reshore.model.Demand;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/** Exposure per (market, product, period) with demand: source shares, risk share, Herfindahl index. */
final class MarketAnalysis {
    private MarketAnalysis() {}

    static List<MarketExposure> run(Problem problem, Solution plan) {
        int economies = problem.economies().size();
        double[][] byEconomy = new double[problem.demands().size()][];
        double[] risky = new double[problem.demands().size()];
        for (int k = 0; k < problem.markets().size(); k++) {
            for (int a : problem.arcsIntoMarket(k)) {
                int p = problem.arcProduct(a);
                int e = problem.site(problem.arc(a).from()).economy();
                for (int t = 0; t < problem.periods().size(); t++) {
                    int d = problem.demandIndex(k, p, t);
                    double x = plan.flows[a][t];
                    if (d < 0 || x == 0) continue;
                    if (byEconomy[d] == null) byEconomy[d] = new double[economies];
                    byEconomy[d][e] += x;
                    risky[d] += problem.arc(a).risk() * x;
                }
            }
        }
        List<MarketExposure> out = new ArrayList<>();
        for (Demand d : problem.demands()) {
            double[] supply = byEconomy[d.index()];
            double total = 0;
            if (supply != null) for (double x : supply) total += x;
            Map<String, Double> shares = new LinkedHashMap<>();
            double hhi = 0;
            if (total > 0) {
                for (int e = 0; e < economies; e++) {
                    if (supply[e] == 0) continue;
                    double share = supply[e] / total;
                    shares.put(problem.economy(e).id(), share);
                    hhi += share * share;
                }
            }
            out.add(new MarketExposure(problem.market(d.market()).id(), problem.product(d.product()).id(),
                    problem.period(d.period()).id(), d.quantity(), total, shares,
                    total > 0 ? risky[d.index()] / total : 0, hhi, plan.shortages[d.index()]));
        }
        return out;
    }
}
