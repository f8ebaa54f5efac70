package org.reshore.engine.search.flow;

import java.util.Arrays;

/**
 * For each pair of sources (u, k): the cheapest way to move a unit of load from u to k by handing
 * one of u's demands over to k, detour[u][k] = min over demands j that u serves of c[k][j] − c[u][j],
 * and that demand. A shortest path search over the sources alone, with these as arc costs, finds
 * the same paths as one over sources and demands (the demand potentials cancel on u → j → k), but
 * settles a few dozen sources instead of hundreds of demands, each of which looked at every open
 * source. Kept up to date as flows start and stop.
 */
final class Detours {
    /** Flows looked at so far (see {@link TransportFlows#work}). */
    long work;
    private final double[][] cost;
    private final SparseFlows x;
    private final double[][] detour;
    private final int[][] via;

    Detours(double[][] cost, SparseFlows x) {
        this.cost = cost;
        this.x = x;
        int m = cost.length;
        detour = new double[m][m];
        via = new int[m][m];
        for (double[] row : detour) Arrays.fill(row, Double.POSITIVE_INFINITY);
    }

    double cost(int u, int k) {
        return detour[u][k];
    }

    /** The demand the detour from u to k hands over. */
    int demand(int u, int k) {
        return via[u][k];
    }

    /** Every detour again (after all flows changed). */
    void rebuild(int[] open, int openCount) {
        for (int k = 0; k < openCount; k++) {
            int u = open[k];
            for (int l = 0; l < openCount; l++) recompute(u, open[l]);
        }
    }

    /** Source u started to serve demand j. */
    void served(int u, int j, int[] open, int openCount) {
        boolean first = x.count(u) == 1;
        double[] row = detour[u];
        double base = cost[u][j];
        for (int l = 0; l < openCount; l++) {
            int k = open[l];
            double c = cost[k][j] - base;
            if (first || c < row[k]) {
                row[k] = c;
                via[u][k] = j;
            }
        }
    }

    /** Source u stopped serving demand j. */
    void unserved(int u, int j, int[] open, int openCount) {
        for (int l = 0; l < openCount; l++) {
            int k = open[l];
            if (via[u][k] == j) recompute(u, k);
        }
    }

    /** Source k opened: the detours into it. */
    void opened(int k, int[] open, int openCount) {
        for (int l = 0; l < openCount; l++) recompute(open[l], k);
    }

    void recompute(int u, int k) {
        work += x.count(u);
        double best = Double.POSITIVE_INFINITY;
        int arg = -1;
        double[] into = cost[k];
        double[] from = cost[u];
        for (int e = 0; e < x.count(u); e++) {
            int j = x.demand(u, e);
            double c = into[j] - from[j];
            if (c < best || (c == best && j < arg)) {
                best = c;
                arg = j;
            }
        }
        detour[u][k] = best;
        via[u][k] = arg;
    }
}
