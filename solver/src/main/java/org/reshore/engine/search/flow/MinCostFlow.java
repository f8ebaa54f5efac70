package org.reshore.engine.search.flow;

import java.util.Arrays;

/**
 * Min-cost flow by successive shortest paths with node potentials (Dijkstra on reduced costs),
 * for the small dense networks of one period's transport problem. Costs must be ≥ 0 on entry.
 * Each augmentation saturates a source, a demand or cancels a reverse arc, so a transport problem
 * with m sources and n demands needs about m + n augmentations of O(V² + E) each.
 */
final class MinCostFlow {
    private static final double EPS = 1e-9;

    private final int nodes;
    private int edges;
    private int[] head;
    private int[] next = new int[64];
    private int[] to = new int[64];
    private double[] residual = new double[64];
    private double[] cost = new double[64];

    MinCostFlow(int nodes) {
        this.nodes = nodes;
        this.head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an arc and its reverse; returns the arc's id (its flow is {@link #flow(int)}). */
    int addEdge(int from, int toNode, double capacity, double unitCost) {
        if (edges + 2 > to.length) grow();
        link(from, toNode, capacity, unitCost);
        link(toNode, from, 0, -unitCost);
        return edges - 2;
    }

    private void link(int from, int toNode, double capacity, double unitCost) {
        to[edges] = toNode;
        residual[edges] = capacity;
        cost[edges] = unitCost;
        next[edges] = head[from];
        head[from] = edges++;
    }

    private void grow() {
        int n = to.length * 2;
        next = Arrays.copyOf(next, n);
        to = Arrays.copyOf(to, n);
        residual = Arrays.copyOf(residual, n);
        cost = Arrays.copyOf(cost, n);
    }

    /** Flow on arc {@code edge}: what its reverse arc can give back. */
    double flow(int edge) {
        return residual[edge ^ 1];
    }

    /** Sends up to {@code amount} from source to sink at least cost; returns the amount sent. */
    double run(int source, int sink, double amount) {
        double[] potential = new double[nodes];
        double[] dist = new double[nodes];
        int[] via = new int[nodes];
        boolean[] done = new boolean[nodes];
        double sent = 0;
        while (sent < amount - EPS) {
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(done, false);
            dist[source] = 0;
            via[source] = -1;
            for (int round = 0; round < nodes; round++) {
                int u = -1;
                for (int v = 0; v < nodes; v++) {
                    if (!done[v] && dist[v] < Double.POSITIVE_INFINITY && (u < 0 || dist[v] < dist[u])) u = v;
                }
                if (u < 0) break;
                done[u] = true;
                for (int e = head[u]; e >= 0; e = next[e]) {
                    if (residual[e] <= EPS) continue;
                    int v = to[e];
                    double reduced = Math.max(0, cost[e] + potential[u] - potential[v]);
                    if (dist[u] + reduced < dist[v]) {
                        dist[v] = dist[u] + reduced;
                        via[v] = e;
                    }
                }
            }
            if (dist[sink] == Double.POSITIVE_INFINITY) break;
            for (int v = 0; v < nodes; v++) {
                if (dist[v] < Double.POSITIVE_INFINITY) potential[v] += dist[v];
            }
            double push = amount - sent;
            for (int v = sink; v != source; v = to[via[v] ^ 1]) push = Math.min(push, residual[via[v]]);
            for (int v = sink; v != source; v = to[via[v] ^ 1]) {
                residual[via[v]] -= push;
                residual[via[v] ^ 1] += push;
            }
            sent += push;
        }
        return sent;
    }
}
