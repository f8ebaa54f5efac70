package org.reshore.engine.search.flow;

import java.util.Arrays;

/**
 * The flows x[source][demand] of one transport network, with, per source, the list of demands it
 * serves. Shortest path searches leave a source only along its flows, and a source serves a few
 * dozen of a thousand demands: scanning its whole row for them was most of the work per node.
 */
final class SparseFlows {
    private final double[][] x;
    private final int[][] served;
    private final int[] count;
    private final int[][] position; // of demand j in served[u], or −1

    SparseFlows(int sources, int demands) {
        x = new double[sources][demands];
        served = new int[sources][4];
        count = new int[sources];
        position = new int[sources][demands];
        for (int[] row : position) Arrays.fill(row, -1);
    }

    double get(int u, int j) {
        return x[u][j];
    }

    /** How many demands source u serves; they are demand(u, 0 … count − 1), in no fixed order. */
    int count(int u) {
        return count[u];
    }

    int demand(int u, int k) {
        return served[u][k];
    }

    void add(int u, int j, double amount) {
        if (x[u][j] == 0 && amount > 0) {
            if (count[u] == served[u].length) served[u] = Arrays.copyOf(served[u], 2 * count[u]);
            position[u][j] = count[u];
            served[u][count[u]++] = j;
        }
        x[u][j] += amount;
    }

    /** Less flow on (u, j); what is left below eps counts as none. */
    void take(int u, int j, double amount, double eps) {
        x[u][j] -= amount;
        if (x[u][j] >= eps) return;
        x[u][j] = 0;
        int k = position[u][j];
        if (k < 0) return;
        int last = served[u][--count[u]];
        served[u][k] = last;
        position[u][last] = k;
        position[u][j] = -1;
    }

    /** Σ_j x[u][j], in demand order (so the sum does not depend on the list's order). */
    double sum(int u) {
        double sum = 0;
        double[] row = x[u];
        for (int j = 0; j < row.length; j++) sum += row[j];
        return sum;
    }

    void clear() {
        for (int u = 0; u < x.length; u++) {
            for (int k = 0; k < count[u]; k++) {
                int j = served[u][k];
                x[u][j] = 0;
                position[u][j] = -1;
            }
            count[u] = 0;
        }
    }
}
