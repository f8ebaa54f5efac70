package org.reshore.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reshore.evaluate.RecourseSolver;
import org.reshore.model.Arc;
import org.reshore.model.Demand;
import org.reshore.model.Problem;
import org.reshore.model.Scenario;
import org.reshore.model.Solution;
import org.reshore.model.Stockpile;

/**
 * A test stand-in for the OR-Tools recourse LP, exact only for problems without bills of materials
 * where each product is demanded by one market per period (as in tiny-stockpile): free stockpile
 * release first, then the cheapest open arcs within scaled capacity while cheaper than the
 * shortage penalty, then shortage.
 */
public final class SimpleRecourse implements RecourseSolver {
    @Override
    public Recourse solve(Problem problem, Solution plan, Scenario sc) {
        int t = sc.period();
        double[] left = new double[problem.sites().size()];
        for (var s : problem.sites()) {
            double cap = s.capacity();
            for (int o : s.options()) cap += problem.option(o).capacity() * plan.builtBy(o, t);
            left[s.index()] = cap * sc.siteFactor().get(s.index());
        }
        double[] shortage = new double[problem.demands().size()];
        double[] release = new double[problem.stockpiles().size()];
        double cost = 0;
        for (Demand d : problem.demands()) {
            if (d.period() != t) continue;
            double need = d.quantity() * sc.demandFactor();
            for (Stockpile k : problem.stockpiles()) {
                if (k.market() == d.market() && k.product() == d.product()) {
                    double r = Math.min(need, plan.stockpiles[k.index()] / sc.years());
                    release[k.index()] += r;
                    need -= r;
                }
            }
            double penalty = d.shortageAllowed() ? d.shortagePenalty() : problem.objective().unservedPenalty();
            List<Arc> arcs = new ArrayList<>();
            for (int a : problem.arcsIntoMarket(d.market())) {
                if (problem.arcProduct(a) == d.product() && !sc.blockedArcs().contains(a)) arcs.add(problem.arc(a));
            }
            arcs.sort(Comparator.comparingDouble(Arc::unitCost).thenComparingInt(Arc::index));
            for (Arc a : arcs) {
                if (a.unitCost() >= penalty) break;
                double x = Math.min(need, left[a.from()]);
                left[a.from()] -= x;
                need -= x;
                cost += x * a.unitCost();
            }
            shortage[d.index()] = need;
            cost += need * penalty;
        }
        return new Recourse(cost, shortage, release);
    }
}
