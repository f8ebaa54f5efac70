package org.reshore.engine.search.flow;

import java.util.Arrays;

/**
 * One transport network (one period, one product) that keeps the optimal flows of its last solve,
 * with their potentials, over every site of the product, so that the next build configuration,
 * which local search makes from this one by opening, closing or moving a module or two, is solved
 * from them instead of from nothing.
 *
 * <p>Sources are the product's sites, then the shortage source (unlimited, last); potential[v] for
 * source v &lt; m, potential[m + j] for demand j. The residual graph is read in the direction in
 * which load moves: source u → demand j while x[u][j] &gt; 0 (cost −c[u][j]), demand j → open
 * source i (cost +c[i][j]). Capacities hang on a virtual node Z: Z → u takes load off a loaded u,
 * u → Z puts load on a u with room, both at cost 0. The flows are optimal iff potentials exist
 * with every residual arc's reduced cost c + π[from] − π[to] ≥ 0; at Z this says: a loaded source
 * has π ≤ π(Z), a source with room π ≥ π(Z). This class keeps the stronger invariant π = π(Z) for
 * every source with room (so the first source with room that a shortest path search settles is
 * the cheapest way into Z), with π(Z) in {@code roomPotential}; {@link #brokenCondition} checks
 * all of it (the tests call it after every solve).
 *
 * <p>From scratch: every demand to its cheapest open source (all potentials 0: every source at
 * π(Z)), then overloads pushed out along shortest paths (successive shortest paths). From the last
 * flows, with the last potentials as prices: an opened source gets π(Z) (an empty source may take
 * any potential); a closed source's demands each go, whole, to the cheapest open source at those
 * prices (π[j] = max_k(π[k] − c[k][j]) keeps every arc of j at reduced cost ≥ 0); a source with
 * room below π(Z) — one that rose from full, or lost demand just now — is raised to π(Z), and every
 * demand whose arc to it then has a negative reduced cost moves, whole, to its cheapest source;
 * the sources that lose demand that way join the queue. What is left is overload, pushed out as
 * from scratch. A first version filled each source that got room along shortest paths from Z
 * instead (one path per demand moved): on OR-Library capb it was 2–4× slower than scratch, since
 * opening a site there moves a hundred demands.
 */
final class TransportNetwork {
    static final double EPS = 1e-9;

    final int[] sites;
    final int[] demand;
    final int[][] arc;
    final boolean[] mustMeet;
    final double[][] cost;
    final double[] quantity;
    final int m;
    final int n;
    final double tolerance;
    final double[] capacity;
    final SparseFlows x;
    final double[] load;
    final double[] potential;
    private long work;
    final Detours detours;
    final OverloadPaths paths;
    private final Repricing repricing;
    final int[] open;
    double roomPotential;
    /** Above this many open sources a network is solved from scratch (see solve). */
    static final int INCREMENTAL_OPEN = 200;
    private boolean adaptive = true;
    int openCount;
    private boolean solved;
    private long incrementalSolves;
    private long scratchSolves;

    /** cost[i][j] for the product's sites i, then the shortage source; infinite where no lane exists. */
    TransportNetwork(int[] sites, int[] demand, double[] quantity, double[][] cost, int[][] arc, boolean[] mustMeet) {
        this.sites = sites;
        this.demand = demand;
        this.quantity = quantity;
        this.cost = cost;
        this.arc = arc;
        this.mustMeet = mustMeet;
        this.m = cost.length;
        this.n = quantity.length;
        double largest = 1;
        for (double[] row : cost) {
            for (double c : row) {
                if (c != Double.POSITIVE_INFINITY) largest = Math.max(largest, Math.abs(c));
            }
        }
        // Potentials are sums and differences of costs, exact to about 1e-16 of the largest; an
        // improving path must beat that noise a thousandfold before it is taken.
        tolerance = 1e-13 * largest;
        capacity = new double[m];
        capacity[m - 1] = Double.POSITIVE_INFINITY;
        x = new SparseFlows(m, n);
        load = new double[m];
        potential = new double[m + n];
        detours = new Detours(cost, x);
        paths = new OverloadPaths(this);
        repricing = new Repricing(this);
        open = new int[m];
    }

    /**
     * Optimal flows for these site capacities (one per site of the product, in site order): from
     * the last flows when at most {@code incrementalLimit} capacities changed and at most
     * {@value #INCREMENTAL_OPEN} sources are open, else from scratch. Measured (TransportFlowsSpeed,
     * a local-search sequence of neighbours): on OR-Library capa/capb/capc (100 sites, 10–30 open)
     * the last flows were faster than scratch (capb 1.2–2×); on a generated 1000 × 1000 problem whose
     * sites nearly all have capacity (~1000 open), 1.3–2.4× slower even with two sites changed: the
     * repricing looks at every open source per demand moved, and scratch there has little to
     * push. A count of inner-loop steps, which would keep the choice reproducible, ranked the two
     * ways wrongly on both problems, so the rule is this plain one.
     */
    void solve(double[] siteCapacity, int incrementalLimit) {
        int changes = 0;
        for (int i = 0; i < m - 1 && solved; i++) {
            if (siteCapacity[i] != capacity[i]) changes++;
        }
        boolean small = openCount <= INCREMENTAL_OPEN || !adaptive;
        if (solved && changes <= incrementalLimit && small && repricing.apply(siteCapacity)) {
            incrementalSolves++;
        } else {
            scratch(siteCapacity);
            scratchSolves++;
        }
        // Loads again from the flows, so rounding in the running sums never accumulates over calls.
        for (int i = 0; i < m; i++) {
            if (load[i] == 0 && capacity[i] <= EPS) continue;
            load[i] = x.sum(i);
        }
        solved = true;
    }

    /**
     * The first optimality condition the kept flows and potentials break, or null: every residual
     * arc with reduced cost ≥ −slack, every source with room at π(Z), every loaded source at or
     * below it, no source over capacity, every demand met. For tests.
     */
    String brokenCondition(double slack) {
        for (int j = 0; j < n; j++) {
            double met = 0;
            for (int i = 0; i < m; i++) met += x.get(i, j);
            if (Math.abs(met - quantity[j]) > 1e-6 * Math.max(1, quantity[j])) return "demand " + j + " gets " + met + " of " + quantity[j];
        }
        for (int i = 0; i < m; i++) {
            if (load[i] > capacity[i] + 1e-6 * Math.max(1, capacity[i])) return "source " + i + " over capacity";
            if (capacity[i] <= EPS) continue;
            if (hasRoom(i) && Math.abs(potential[i] - roomPotential) > slack) return "source " + i + " has room, π " + potential[i] + " ≠ π(Z) " + roomPotential;
            if (load[i] > EPS && potential[i] > roomPotential + slack) return "source " + i + " is loaded, π " + potential[i] + " > π(Z) " + roomPotential;
            for (int j = 0; j < n; j++) {
                if (cost[i][j] == Double.POSITIVE_INFINITY) continue;
                double reduced = cost[i][j] + potential[m + j] - potential[i];
                if (reduced < -slack) return "arc demand " + j + " → source " + i + " reduced cost " + reduced;
                if (x.get(i, j) > EPS && reduced > slack) return "arc source " + i + " → demand " + j + " reduced cost " + (-reduced);
            }
        }
        return null;
    }

    /** Flow from source i (the shortage source when i = m − 1) to demand j. */
    double flow(int i, int j) {
        return x.get(i, j);
    }

    /** Whether source i can carry flow now (open sites and the shortage source). */
    boolean carries(int i) {
        return capacity[i] > EPS || load[i] > 0;
    }

    int sources() {
        return m;
    }

    int demands() {
        return n;
    }

    double cost(int i, int j) {
        return cost[i][j];
    }

    /** Off: from the last flows whenever few enough capacities changed, however many sources are open (for tests). */
    void adaptive(boolean on) {
        adaptive = on;
    }

    /** Arcs, sources and flows looked at by every solve so far. */
    long work() {
        return work + detours.work + paths.work + repricing.work;
    }

    long incrementalSolves() {
        return incrementalSolves;
    }

    long scratchSolves() {
        return scratchSolves;
    }

    // Every demand to its cheapest open source, then the overloads pushed out.
    private void scratch(double[] siteCapacity) {
        System.arraycopy(siteCapacity, 0, capacity, 0, m - 1);
        collectOpen();
        x.clear();
        Arrays.fill(load, 0);
        Arrays.fill(potential, 0);
        roomPotential = 0;
        work += (long) n * openCount;
        for (int j = 0; j < n; j++) {
            int best = -1;
            for (int k = 0; k < openCount; k++) {
                int i = open[k];
                if (best < 0 || cost[i][j] < cost[best][j]) best = i;
            }
            x.add(best, j, quantity[j]);
            load[best] += quantity[j];
            potential[m + j] = -cost[best][j];
        }
        detours.rebuild(open, openCount);
        for (int k = 0; k < openCount; k++) {
            int s = open[k];
            while (overloaded(s)) {
                if (!paths.push(s)) break;
            }
        }
    }

    void collectOpen() {
        openCount = 0;
        for (int i = 0; i < m; i++) {
            if (capacity[i] > EPS) open[openCount++] = i;
        }
    }

    boolean overloaded(int s) {
        return load[s] > capacity[s] + EPS * Math.max(1, capacity[s]);
    }

    boolean hasRoom(int i) {
        return load[i] < capacity[i] - EPS;
    }

    void addFlow(int u, int j, double amount) {
        boolean fresh = x.get(u, j) == 0 && amount > 0;
        x.add(u, j, amount);
        if (fresh) detours.served(u, j, open, openCount);
    }

    void takeFlow(int u, int j, double amount) {
        x.take(u, j, amount, EPS);
        if (x.get(u, j) == 0) detours.unserved(u, j, open, openCount);
    }
}
