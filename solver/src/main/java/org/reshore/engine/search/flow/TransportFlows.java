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
 * instead of one per demand.
 */
public final class TransportFlows implements OperationsEvaluator {
    private static final double EPS = 1e-9;

    /**
     * One period's network for one product: that product's sites, then the shortage source, ×
     * that product's demands. Products never share a site or a demand, so the networks are
     * independent; solving them apart keeps each shortest path search small (one network of P
     * products has about P² times the arcs to look at; not measured separately).
     */
    private record Period(int[] sites, int[] demand, double[] quantity, double[][] cost, int[][] arc, boolean[] mustMeet) {}

    private final Problem problem;
    private final List<Period> periods = new ArrayList<>();
    private final int[] periodOf;
    private long work;

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
                periods.add(new Period(sites, index, quantity, cost, arc, mustMeet));
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
        for (int k = 0; k < periods.size(); k++) {
            Period p = periods.get(k);
            int t = periodOf[k];
            // Only open sources enter the network (and the shortage source, last): the shortest
            // path searches are quadratic in the number of nodes.
            int open = 0;
            for (int s : p.sites()) {
                if (cap[s][t] > EPS) open++;
            }
            double[] capacity = new double[open + 1];
            double[][] rows = new double[open + 1][];
            int[] siteOfRow = new int[open];
            int r = 0;
            for (int i = 0; i < p.sites().length; i++) {
                int s = p.sites()[i];
                if (cap[s][t] <= EPS) continue;
                capacity[r] = cap[s][t];
                siteOfRow[r] = i;
                rows[r++] = p.cost()[i];
            }
            capacity[open] = Double.POSITIVE_INFINITY;
            rows[open] = p.cost()[p.sites().length];
            Transport transport = new Transport(rows, capacity, p.quantity());
            double[][] x = transport.solve();
            work += transport.work;
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x[i].length; j++) {
                    if (x[i][j] <= 0) continue;
                    if (i == open && p.mustMeet()[j]) violation += x[i][j];
                    else cost += x[i][j] * rows[i][j];
                    if (plan == null) continue;
                    if (i == open) plan.shortages[p.demand()[j]] += x[i][j];
                    else plan.flows[p.arc()[siteOfRow[i]][j]][t] += x[i][j];
                }
            }
        }
        return new Operations(cost, 0, violation);
    }

    /**
     * The arcs looked at by every solve so far (the cheapest assignment's and the shortest path
     * searches' relaxations): a measure of work that does not depend on the machine, for callers
     * that ration exact pricing by work instead of by seconds.
     */
    public long work() {
        return work;
    }

    @Override
    public double magnitude() {
        return Coefficients.magnitude(problem);
    }

    @Override
    public String name() {
        return "transport";
    }

    /** One transport problem: sources with capacities (some unlimited), demands to meet exactly. */
    static final class Transport {
        private final double[][] cost;
        private final double[] capacity;
        private final double[] quantity;
        private final int m;
        private final int n;
        private final double[][] x;
        private final double[] load;
        private double[] dist;
        private int[] via;
        private boolean[] done;
        private Heap heap;
        private long work;

        Transport(double[][] cost, double[] capacity, double[] quantity) {
            this.cost = cost;
            this.capacity = capacity;
            this.quantity = quantity;
            this.m = capacity.length;
            this.n = quantity.length;
            this.x = new double[m][n];
            this.load = new double[m];
        }

        /** The optimal x[source][demand]; some source must have unlimited capacity. */
        double[][] solve() {
            double[] potential = new double[m + n]; // sources 0..m-1, demands m..m+n-1
            for (int j = 0; j < n; j++) {
                int best = -1;
                for (int i = 0; i < m; i++) {
                    if (capacity[i] > EPS && (best < 0 || cost[i][j] < cost[best][j])) best = i;
                }
                x[best][j] = quantity[j];
                load[best] += quantity[j];
                potential[m + j] = -cost[best][j];
            }
            work += (long) m * n;
            for (int s = 0; s < m; s++) {
                while (load[s] > capacity[s] + EPS * Math.max(1, capacity[s])) {
                    if (!pushOverload(s, potential)) break;
                }
            }
            return x;
        }

        // One shortest path in the residual network from overloaded source s to a source with room:
        // s → demand j (less of x[s][j], cost −c) → source i (more of x[i][j], cost +c) → …
        // Dijkstra with a binary heap. Picking each minimum by scanning all m + n nodes cost
        // O(m + n) per settled node, and a path settles hundreds (to the shortage source: all of
        // them): on OR-Library capa (8 open sources × 1000 demands) the heap made a feasible
        // configuration 10× faster (36 → 3.7 ms) and an infeasible one 20× (0.67 s → 31 ms).
        private boolean pushOverload(int s, double[] potential) {
            int nodes = m + n;
            if (dist == null) {
                dist = new double[nodes];
                via = new int[nodes];
                done = new boolean[nodes];
                heap = new Heap(nodes);
            }
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(done, false);
            heap.clear();
            dist[s] = 0;
            via[s] = -1;
            heap.push(0, s);
            int target = -1;
            while (!heap.isEmpty()) {
                double key = heap.topKey();
                int u = heap.pop();
                if (done[u] || key > dist[u]) continue; // a stale entry
                done[u] = true;
                if (u < m && u != s && load[u] < capacity[u] - EPS) {
                    target = u;
                    break;
                }
                if (u < m) {
                    for (int j = 0; j < n; j++) {
                        if (x[u][j] <= EPS) continue;
                        relax(u, m + j, -cost[u][j], potential);
                    }
                } else {
                    int j = u - m;
                    for (int i = 0; i < m; i++) {
                        if (capacity[i] <= EPS || cost[i][j] == Double.POSITIVE_INFINITY) continue;
                        relax(u, i, cost[i][j], potential);
                    }
                }
            }
            if (target < 0) return false;
            double bound = dist[target];
            // Nodes not settled have dist ≥ bound: min(dist, bound) keeps the reduced costs ≥ 0.
            for (int v = 0; v < nodes; v++) potential[v] += Math.min(dist[v], bound);
            double push = Math.min(load[s] - capacity[s], capacity[target] - load[target]);
            for (int v = target; v != s; v = via[via[v]]) push = Math.min(push, x[via[via[v]]][via[v] - m]);
            for (int v = target; v != s; v = via[via[v]]) {
                int j = via[v] - m;
                x[v][j] += push;
                x[via[via[v]]][j] -= push;
                if (x[via[via[v]]][j] < EPS) x[via[via[v]]][j] = 0;
            }
            load[s] -= push;
            load[target] += push;
            return true;
        }

        private void relax(int u, int v, double c, double[] potential) {
            work++;
            if (done[v]) return;
            double d = dist[u] + Math.max(0, c + potential[u] - potential[v]);
            if (d < dist[v]) {
                dist[v] = d;
                via[v] = u;
                heap.push(d, v);
            }
        }
    }

    /** A binary min-heap of (distance, node) with lazy deletion: stale entries are skipped when popped. */
    static final class Heap {
        private double[] keys;
        private int[] values;
        private int size;

        Heap(int capacity) {
            keys = new double[Math.max(16, capacity)];
            values = new int[keys.length];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        double topKey() {
            return keys[0];
        }

        void push(double key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, 2 * size);
                values = Arrays.copyOf(values, 2 * size);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) break;
                keys[i] = keys[parent];
                values[i] = values[parent];
                i = parent;
            }
            keys[i] = key;
            values[i] = value;
        }

        int pop() {
            int top = values[0];
            double key = keys[--size];
            int value = values[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) break;
                if (child + 1 < size && keys[child + 1] < keys[child]) child++;
                if (keys[child] >= key) break;
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
            return top;
        }
    }
}
