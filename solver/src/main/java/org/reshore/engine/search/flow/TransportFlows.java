package org.reshore.engine.search.flow;

import java.util.ArrayList;
import java.util.List;
import org.reshore.model.Arc;
import org.reshore.model.Demand;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Subsidy;

/**
 * Exact flows for problems whose operations are a transport problem per period: no bills of
 * materials, no share or shortage policies, no production subsidies, no exposure cap. Each period
 * is a min-cost flow from sites (their capacity under the builds) to demands, with a shortage arc
 * per demand at its penalty, or at a prohibitive price counted as infeasibility where the demand
 * must be met. Exposure is linear per unit, so it is part of the arc cost.
 */
public final class TransportFlows implements OperationsEvaluator {
    private final Problem problem;
    private final double prohibitive;
    private final List<List<Demand>> demandsByPeriod = new ArrayList<>();

    public TransportFlows(Problem problem) {
        if (!fits(problem)) throw new IllegalArgumentException("problem " + problem.name() + " is not a pure transport problem");
        this.problem = problem;
        this.prohibitive = 1e4 * Coefficients.largestUnitMoney(problem);
        for (int t = 0; t < problem.periods().size(); t++) demandsByPeriod.add(new ArrayList<>());
        for (Demand d : problem.demands()) {
            if (d.quantity() > 0) demandsByPeriod.get(d.period()).add(d);
        }
    }

    /** Whether the operations of this problem are a plain transport problem. */
    public static boolean fits(Problem problem) {
        for (Product p : problem.products()) {
            if (!p.inputs().isEmpty()) return false;
        }
        for (Arc a : problem.arcs()) {
            if (!a.servesMarket()) return false;
        }
        for (Policy policy : problem.policies()) {
            if (!(policy instanceof Policy.Budget)) return false;
        }
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() == Subsidy.Kind.PRODUCTION) return false;
        }
        return !problem.objective().hasExposureCap();
    }

    @Override
    public Operations evaluate(int[] builds) {
        double[][] cap = Coefficients.capacities(problem, builds);
        double cost = 0;
        double violation = 0;
        for (int t = 0; t < problem.periods().size(); t++) {
            double[] period = period(t, cap);
            cost += period[0];
            violation += period[1];
        }
        return new Operations(cost, 0, violation);
    }

    private double[] period(int t, double[][] cap) {
        List<Demand> demands = demandsByPeriod.get(t);
        if (demands.isEmpty()) return new double[] {0, 0};
        int sites = problem.sites().size();
        int sink = 1;
        int firstDemand = 2 + sites;
        MinCostFlow network = new MinCostFlow(firstDemand + demands.size());
        int[] demandNode = new int[problem.demands().size()];
        double total = 0;
        List<int[]> shortageEdges = new ArrayList<>();
        for (int i = 0; i < demands.size(); i++) {
            Demand d = demands.get(i);
            demandNode[d.index()] = firstDemand + i;
            network.addEdge(firstDemand + i, sink, d.quantity(), 0);
            double price = d.shortageAllowed() ? Coefficients.shortage(problem, d) : prohibitive;
            int e = network.addEdge(0, firstDemand + i, Double.POSITIVE_INFINITY, price);
            shortageEdges.add(new int[] {e, d.index()});
            total += d.quantity();
        }
        List<int[]> flowEdges = new ArrayList<>();
        for (int s = 0; s < sites; s++) {
            if (cap[s][t] <= 0) continue;
            boolean any = false;
            for (int a : problem.arcsFrom(s)) {
                Arc arc = problem.arc(a);
                int d = problem.demandIndex(arc.toMarket(), problem.site(s).product(), t);
                if (d < 0 || problem.demand(d).quantity() <= 0) continue;
                int e = network.addEdge(2 + s, demandNode[d], Double.POSITIVE_INFINITY, Coefficients.flow(problem, a, t));
                flowEdges.add(new int[] {e, a});
                any = true;
            }
            if (any) network.addEdge(0, 2 + s, cap[s][t], 0);
        }
        network.run(0, sink, total);
        double cost = 0;
        for (int[] ea : flowEdges) cost += network.flow(ea[0]) * Coefficients.flow(problem, ea[1], t);
        double violation = 0;
        for (int[] ed : shortageEdges) {
            Demand d = problem.demand(ed[1]);
            double z = network.flow(ed[0]);
            if (d.shortageAllowed()) cost += z * Coefficients.shortage(problem, d);
            else violation += z;
        }
        return new double[] {cost, violation};
    }

    @Override
    public double magnitude() {
        return Coefficients.magnitude(problem);
    }

    @Override
    public String name() {
        return "transport";
    }
}
