package org.reshore.engine.search.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reshore.model.Arc;
import org.reshore.model.Demand;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Solution;
import org.reshore.model.Subsidy;

/**
 * Exact flows for problems whose operations are a transport problem per period: no bills of
 * materials, no share or shortage policies, no production subsidies, no exposure cap. Exposure is
 * linear per unit, so it is part of the arc cost; a shortage is one more source per period with
 * unlimited capacity, at the demand's penalty or, where the demand must be met, at a prohibitive
 * price counted as infeasibility.
 *
 * <p>Why it is fast: every demand first goes to its cheapest open source. That assignment costs
 * the least possible, so where no source is overloaded it is optimal outright (always, when
 * capacity does not bind). Otherwise the overload is pushed out along shortest paths in the
 * residual network (successive shortest paths from the overloaded sources, with potentials that
 * the cheapest assignment makes valid from the start), which needs one path per saturation
 * instead of one per demand. The shortest paths run over the sources alone ({@link Detours}).
 *
 * <p>Each network keeps its last flows and potentials ({@link TransportNetwork}): local search
 * asks for configurations that differ from the previous one in a few sites, and those are
 * re-optimised from the kept flows (repricing, then the same overload pushes) where that was
 * measured faster. Results do not depend on the call history beyond rounding (tested against
 * scratch to 1e-9), and the same calls give the same bits.
 */
public final class TransportFlows implements OperationsEvaluator {
    private static final int DEFAULT_INCREMENTAL_LIMIT = 8;

    private final Problem problem;
    /**
     * One network per period and product: that product's sites, then the shortage source, ×
     * that product's demands. Products never share a site or a demand, so the networks are
     * independent; solving them apart keeps each shortest path search small (one network of P
     * products has about P² times the arcs to look at; not measured separately).
     */
    private final List<TransportNetwork> networks = new ArrayList<>();
    private final int[] periodOf;
    private int incrementalLimit = DEFAULT_INCREMENTAL_LIMIT;

    public TransportFlows(Problem problem) {
        if (!fits(problem)) throw new IllegalArgumentException("problem " + problem.name() + " is not a pure transport problem");
        this.problem = problem;
        double prohibitive = 1e4 * Coefficients.largestUnitMoney(problem);
        List<Integer> periodIndex = new ArrayList<>();
        for (int t = 0; t < problem.periods().size(); t++) {
            for (int product = 0; product < problem.products().size(); product++) {
                List<Integer> siteList = new ArrayList<>();
                for (int s = 0; s < problem.sites().size(); s++) {
                    if (problem.site(s).product() == product) siteList.add(s);
                }
                int[] sites = siteList.stream().mapToInt(Integer::intValue).toArray();
                int[] row = new int[problem.sites().size()];
                Arrays.fill(row, -1);
                for (int k = 0; k < sites.length; k++) row[sites[k]] = k;
                List<Demand> demands = new ArrayList<>();
                for (Demand d : problem.demands()) {
                    if (d.period() == t && d.product() == product && d.quantity() > 0) demands.add(d);
                }
                int n = demands.size();
                if (n == 0) continue;
                int[] index = new int[n];
                double[] quantity = new double[n];
                boolean[] mustMeet = new boolean[n];
                double[][] cost = new double[sites.length + 1][n];
                for (double[] c : cost) Arrays.fill(c, Double.POSITIVE_INFINITY);
                int[][] arc = new int[sites.length][n];
                for (int[] row2 : arc) Arrays.fill(row2, -1);
                for (int j = 0; j < n; j++) {
                    Demand d = demands.get(j);
                    index[j] = d.index();
                    quantity[j] = d.quantity();
                    mustMeet[j] = !d.shortageAllowed();
                    cost[sites.length][j] = d.shortageAllowed() ? Coefficients.shortage(problem, d) : prohibitive;
                    for (int a : problem.arcsIntoMarket(d.market())) {
                        int from = problem.arc(a).from();
                        if (problem.arcProduct(a) == d.product() && row[from] >= 0) {
                            cost[row[from]][j] = Coefficients.flow(problem, a, t);
                            arc[row[from]][j] = a;
                        }
                    }
                }
                networks.add(new TransportNetwork(sites, index, quantity, cost, arc, mustMeet));
                periodIndex.add(t);
            }
        }
        periodOf = periodIndex.stream().mapToInt(Integer::intValue).toArray();
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
        return solve(builds, null);
    }

    /**
     * The plan with these builds and their optimal flows and shortages (no grants: the caller
     * adds them). Unmet must-meet demand is written as a shortage, for the evaluator to report.
     */
    @Override
    public Solution plan(int[] builds) {
        Solution plan = new Solution(problem);
        int periodCount = problem.periods().size();
        for (int o = 0; o < problem.options().size(); o++) {
            for (int t = 0; t < periodCount; t++) plan.builds[o][t] = builds[o * periodCount + t];
        }
        solve(builds, plan);
        return plan;
    }

    // Prices the builds; with a plan, also writes its flows and shortages.
    private Operations solve(int[] builds, Solution plan) {
        double[][] cap = Coefficients.capacities(problem, builds);
        double cost = 0;
        double violation = 0;
        for (int k = 0; k < networks.size(); k++) {
            TransportNetwork p = networks.get(k);
            int t = periodOf[k];
            int m = p.sources();
            double[] siteCapacity = new double[m - 1];
            for (int i = 0; i < m - 1; i++) siteCapacity[i] = cap[p.sites[i]][t];
            p.solve(siteCapacity, incrementalLimit);
            for (int i = 0; i < m; i++) {
                if (!p.carries(i)) continue;
                boolean shortage = i == m - 1;
                for (int j = 0; j < p.demands(); j++) {
                    double x = p.flow(i, j);
                    if (x <= 0) continue;
                    if (shortage && p.mustMeet[j]) violation += x;
                    else cost += x * p.cost(i, j);
                    if (plan == null) continue;
                    if (shortage) plan.shortages[p.demand[j]] += x;
                    else plan.flows[p.arc[i][j]][t] += x;
                }
            }
        }
        return new Operations(cost, 0, violation);
    }

    /**
     * The arcs, sources and flows looked at by every solve so far: a measure of work that does not
     * depend on the machine, for callers that ration exact pricing by work instead of by seconds.
     */
    public long work() {
        long work = 0;
        for (TransportNetwork p : networks) work += p.work();
        return work;
    }

    /** How many network solves started from the last flows, and how many from nothing (for benchmarks). */
    public long[] solveCounts() {
        long incremental = 0;
        long scratch = 0;
        for (TransportNetwork p : networks) {
            incremental += p.incrementalSolves();
            scratch += p.scratchSolves();
        }
        return new long[] {incremental, scratch};
    }

    /** The first optimality condition of a network that its kept flows break, or null (for tests). */
    String brokenCondition(double slack) {
        for (TransportNetwork p : networks) {
            String broken = p.brokenCondition(slack);
            if (broken != null) return broken;
        }
        return null;
    }

    /**
     * At most this many changed site capacities in a network are solved from its last flows;
     * more, from scratch (0: always from scratch). For tests and benchmarks.
     */
    public void incrementalLimit(int limit) {
        incrementalLimit = limit;
    }

    /** Off: from the last flows whenever few enough capacities changed, however many sources are open (for tests and benchmarks). */
    public void adaptive(boolean on) {
        for (TransportNetwork p : networks) p.adaptive(on);
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
