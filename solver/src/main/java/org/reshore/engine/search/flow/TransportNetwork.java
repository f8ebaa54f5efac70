package org.reshore.engine.search.flow;

import java.util.Arrays;

/**
 * One transport network (one period, one product) that keeps the optimal flows of its last solve,
 * over every site of the product, so that the next build configuration, which local search makes
 * from this one by opening, closing or moving a module or two, is solved from those flows instead
 * of from nothing.
 *
 * <p>Sources are the product's sites, then the shortage source (unlimited, last); node v &lt; m is a
 * source, m + j demand j. The residual graph is read in the direction in which load moves: source
 * u → demand j while x[u][j] &gt; 0 (cost −c[u][j]), demand j → open source i (cost +c[i][j]).
 * Capacities hang on a virtual node Z: Z → u takes load off a loaded u, u → Z puts load on a u with
 * room, both at cost 0. The flows are optimal iff potentials π exist with every residual arc's
 * reduced cost c + π[from] − π[to] ≥ 0; at Z this says: a loaded source has π ≤ π(Z), a source with
 * room π ≥ π(Z). This class keeps the stronger invariant π = π(Z) for every source with room (so the
 * first source with room that a shortest path search settles is the cheapest way into Z), and
 * keeps π(Z) in {@code roomPotential}.
 *
 * <p>A capacity that fell leaves its source overloaded: the overload is pushed out along shortest
 * paths to sources with room; potentials stay valid throughout (successive shortest paths). A
 * capacity that rose gives a source room, and if its potential is below π(Z) the arc into Z has a
 * negative reduced cost: demand should move there. The source is filled along shortest paths from
 * Z (from any loaded source) while such a path costs less than nothing; when it stops, either the
 * source is full or its potential has reached π(Z), and every condition holds again.
 */
final class TransportNetwork {
    static final double EPS = 1e-9;

    final int[] sites;
    final int[] demand;
    final int[][] arc;
    final boolean[] mustMeet;
    private final double[][] cost;
    private final double[] quantity;
    private final int m;
    private final int n;
    private final double tolerance;
    private final double[] capacity;
    private final double[][] x;
    private final double[] load;
    private final double[] potential;
    private final double[] dist;
    private final int[] via;
    private final boolean[] done;
    private final MinHeap heap;
    private final int[] open;
    private final int[] grew;
    private final int[] shrank;
    private double roomPotential;
    private int openCount;
    private int settledTarget;
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
        x = new double[m][n];
        load = new double[m];
        potential = new double[m + n];
        dist = new double[m + n];
        via = new int[m + n];
        done = new boolean[m + n];
        heap = new MinHeap(m + n);
        open = new int[m];
        grew = new int[m];
        shrank = new int[m];
    }

    /** Optimal flows for these site capacities (one per site of the product, in site order). */
    void solve(double[] siteCapacity, int incrementalLimit) {
        int changes = 0;
        for (int i = 0; i < m - 1 && solved; i++) {
            if (siteCapacity[i] != capacity[i]) changes++;
        }
        if (solved && changes <= incrementalLimit && incremental(siteCapacity)) {
            incrementalSolves++;
        } else {
            scratch(siteCapacity);
            scratchSolves++;
        }
        // Loads again from the flows, so rounding in the running sums never accumulates over calls.
        for (int i = 0; i < m; i++) {
            if (load[i] == 0 && capacity[i] <= EPS) continue;
            double sum = 0;
            for (int j = 0; j < n; j++) sum += x[i][j];
            load[i] = sum;
        }
        solved = true;
    }

    /** Flow from source i (the shortage source when i = m − 1) to demand j. */
    double flow(int i, int j) {
        return x[i][j];
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
        for (double[] row : x) Arrays.fill(row, 0);
        Arrays.fill(load, 0);
        Arrays.fill(potential, 0);
        roomPotential = 0;
        for (int j = 0; j < n; j++) {
            int best = -1;
            for (int k = 0; k < openCount; k++) {
                int i = open[k];
                if (best < 0 || cost[i][j] < cost[best][j]) best = i;
            }
            x[best][j] = quantity[j];
            load[best] += quantity[j];
            potential[m + j] = -cost[best][j];
        }
        for (int k = 0; k < openCount; k++) {
            int s = open[k];
            while (overloaded(s)) {
                if (!pushOverload(s)) break;
            }
        }
    }

    // Capacities that rose first (their sources attract demand), then those that fell (their
    // overload goes out, much of it into the room just made when a module moved between sites).
    private boolean incremental(double[] siteCapacity) {
        int grown = 0;
        int shrunk = 0;
        for (int i = 0; i < m - 1; i++) {
            if (siteCapacity[i] > capacity[i]) grew[grown++] = i;
            else if (siteCapacity[i] < capacity[i]) shrank[shrunk++] = i;
        }
        for (int k = 0; k < grown; k++) capacity[grew[k]] = siteCapacity[grew[k]];
        collectOpen();
        for (int k = 0; k < grown; k++) {
            if (!attract(grew[k])) return false;
        }
        for (int k = 0; k < shrunk; k++) capacity[shrank[k]] = siteCapacity[shrank[k]];
        collectOpen();
        for (int k = 0; k < shrunk; k++) {
            int s = shrank[k];
            while (overloaded(s)) {
                if (!pushOverload(s)) return false;
            }
        }
        return true;
    }

    private void collectOpen() {
        openCount = 0;
        for (int i = 0; i < m; i++) {
            if (capacity[i] > EPS) open[openCount++] = i;
        }
    }

    private boolean overloaded(int s) {
        return load[s] > capacity[s] + EPS * Math.max(1, capacity[s]);
    }

    private boolean hasRoom(int i) {
        return load[i] < capacity[i] - EPS;
    }

    // Fills source i (which just got room) along shortest paths from Z while they cost < 0.
    // False when it takes implausibly many paths (then the caller solves from scratch).
    private boolean attract(int i) {
        if (load[i] <= EPS) {
            // No flow leaves i: any potential up to min_j(c[i][j] + π[j]) keeps its arcs' reduced
            // costs ≥ 0; at π(Z) or above it attracts nothing.
            double p = roomPotential;
            for (int j = 0; j < n; j++) p = Math.min(p, cost[i][j] + potential[m + j]);
            potential[i] = p;
        }
        int paths = 0;
        while (hasRoom(i) && potential[i] < roomPotential - tolerance) {
            if (++paths > 4 * (m + n)) return false;
            startAtZ();
            if (!searchUntil(i, -1)) break;
            double bound = dist[i];
            for (int v = 0; v < m + n; v++) potential[v] += Math.min(dist[v], bound);
            if (potential[i] >= roomPotential - tolerance) break; // the cheapest path costs ≥ 0
            augmentInto(i);
        }
        if (hasRoom(i)) potential[i] = roomPotential;
        // An empty source with room has no arc leaving it but the one into Z: back to π(Z).
        for (int k = 0; k < openCount; k++) {
            int u = open[k];
            if (load[u] <= EPS && hasRoom(u)) potential[u] = roomPotential;
        }
        return true;
    }

    // The search from Z: every loaded source starts at the reduced cost of Z → it, π(Z) − π ≥ 0.
    private void startAtZ() {
        clearSearch();
        for (int k = 0; k < openCount; k++) {
            int u = open[k];
            if (load[u] <= EPS) continue;
            dist[u] = Math.max(0, roomPotential - potential[u]);
            via[u] = -1;
            heap.push(dist[u], u);
        }
    }

    // Moves as much as the path allows from its first (loaded) source into i.
    private void augmentInto(int i) {
        double push = capacity[i] - load[i];
        int v = i;
        while (via[v] >= 0) {
            int j = via[v];
            push = Math.min(push, x[via[j]][j - m]);
            v = via[j];
        }
        int root = v;
        push = Math.min(push, load[root]);
        v = i;
        while (via[v] >= 0) {
            int j = via[v];
            int u = via[j];
            x[v][j - m] += push;
            x[u][j - m] -= push;
            if (x[u][j - m] < EPS) x[u][j - m] = 0;
            v = u;
        }
        load[root] -= push;
        load[i] += push;
    }

    // One shortest path in the residual network from overloaded source s to a source with room:
    // s → demand j (less of x[s][j], cost −c) → source i (more of x[i][j], cost +c) → …
    // Dijkstra with a binary heap. Picking each minimum by scanning all m + n nodes cost
    // O(m + n) per settled node, and a path settles hundreds (to the shortage source: all of
    // them): on OR-Library capa (8 open sources × 1000 demands) the heap made a feasible
    // configuration 10× faster (36 → 3.7 ms) and an infeasible one 20× (0.67 s → 31 ms).
    private boolean pushOverload(int s) {
        clearSearch();
        dist[s] = 0;
        via[s] = -1;
        heap.push(0, s);
        if (!searchUntil(-1, s)) return false;
        int target = settledTarget;
        double bound = dist[target];
        // Nodes not settled have dist ≥ bound: min(dist, bound) keeps the reduced costs ≥ 0, and
        // every source with room (none settled but the target) moves up with π(Z).
        for (int v = 0; v < m + n; v++) potential[v] += Math.min(dist[v], bound);
        roomPotential += bound;
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

    private void clearSearch() {
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(done, false);
        heap.clear();
    }

    // Dijkstra over reduced costs until `goal` is settled, or (goal −1) the first source with room
    // other than `from` (kept in settledTarget). False when it cannot be reached.
    private boolean searchUntil(int goal, int from) {
        while (!heap.isEmpty()) {
            double key = heap.topKey();
            int u = heap.pop();
            if (done[u] || key > dist[u]) continue; // a stale entry
            done[u] = true;
            if (u == goal || (goal < 0 && u < m && u != from && hasRoom(u))) {
                settledTarget = u;
                return true;
            }
            if (u < m) {
                double[] row = x[u];
                for (int j = 0; j < n; j++) {
                    if (row[j] <= EPS) continue;
                    relax(u, m + j, -cost[u][j]);
                }
            } else {
                int j = u - m;
                for (int k = 0; k < openCount; k++) {
                    int i = open[k];
                    double c = cost[i][j];
                    if (c != Double.POSITIVE_INFINITY) relax(u, i, c);
                }
            }
        }
        return false;
    }

    private void relax(int u, int v, double c) {
        if (done[v]) return;
        double d = dist[u] + Math.max(0, c + potential[u] - potential[v]);
        if (d < dist[v]) {
            dist[v] = d;
            via[v] = u;
            heap.push(d, v);
        }
    }
}
