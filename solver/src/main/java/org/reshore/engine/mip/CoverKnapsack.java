package org.reshore.engine.mip;

/**
 * Minimum-cost cover: choose items of non-negative cost so that their weights sum to at least a
 * requirement, at the least cost: by dynamic programming over capacity when the weights are
 * multiples of a common unit and the table is small, otherwise by depth-first branch and bound
 * over the items in order of cost per unit of weight, bounded by the fractional (LP) completion.
 * When the node budget runs out the answer is the LP bound (still a valid lower bound) with the
 * greedy cover as the choice, and {@link Result#exact()} says so.
 */
final class CoverKnapsack {
    /** The least cost found (or the LP bound when not exact), the items chosen, whether proven. */
    record Result(double value, boolean[] chosen, boolean exact) {}

    private final double[] cost;
    private final double[] weight;
    private final int[] order;
    private final double need;
    private final long nodeBudget;
    private long nodes;
    private double best = Double.POSITIVE_INFINITY;
    private boolean[] bestChoice;
    private final boolean[] current;

    private CoverKnapsack(double[] cost, double[] weight, double need, long nodeBudget) {
        this.cost = cost;
        this.weight = weight;
        this.need = need;
        this.nodeBudget = nodeBudget;
        int n = cost.length;
        order = Sorting.indicesByRatio(cost, weight);
        current = new boolean[n];
    }

    /** Covers {@code need} (> 0) with the items; an infinite value when all of them together fall short. */
    static Result solve(double[] cost, double[] weight, double need, long nodeBudget) {
        CoverKnapsack k = new CoverKnapsack(cost, weight, need, nodeBudget);
        return k.run();
    }

    private Result run() {
        int n = cost.length;
        double total = 0;
        for (double w : weight) total += w;
        if (total < need - tolerance()) return new Result(Double.POSITIVE_INFINITY, new boolean[n], true);
        double lp = lpBound(0, need);
        greedy();
        if (best <= lp * (1 + 1e-12) + 1e-12) return new Result(best, bestChoice, true);
        Result dp = dynamicProgram();
        if (dp != null) return dp;
        dfs(0, need, 0);
        boolean exact = nodes <= nodeBudget;
        return new Result(exact ? best : lp, bestChoice, exact);
    }

    /**
     * Exact by dynamic programming over capacity when the weights are whole multiples of a common
     * unit (capacities usually are: 8000, 5750, 2.5) and the table stays small; null otherwise.
     * The fractional bound is weak where weights are alike (equal capacities: the LP takes a
     * fraction of one more site), which is where the table is small.
     */
    private Result dynamicProgram() {
        int n = cost.length;
        long unitScale = 0;
        for (long s = 1; s <= 1000 && unitScale == 0; s *= 10) {
            boolean whole = true;
            for (double w : weight) {
                double x = w * s;
                if (x > 1e15 || Math.abs(x - Math.rint(x)) > 1e-9 * Math.max(1, x)) {
                    whole = false;
                    break;
                }
            }
            if (whole) unitScale = s;
        }
        if (unitScale == 0) return null;
        long g = 0;
        for (double w : weight) g = gcd(g, Math.round(w * unitScale));
        if (g <= 0) return null;
        double unit = (double) g / unitScale;
        long r = (long) Math.ceil(need / unit - 1e-9);
        if (r <= 0 || r * (long) n > MAX_TABLE) return null;
        int req = (int) r;
        double[] dp = new double[req + 1];
        java.util.Arrays.fill(dp, Double.POSITIVE_INFINITY);
        dp[0] = 0;
        boolean[][] took = new boolean[n][req + 1];
        for (int i = 0; i < n; i++) {
            int w = (int) Math.min(req, Math.round(weight[i] * unitScale) / g);
            for (int c = req; c >= 1; c--) {
                double via = dp[Math.max(0, c - w)] + cost[i];
                if (via < dp[c]) {
                    dp[c] = via;
                    took[i][c] = true;
                }
            }
        }
        boolean[] choice = new boolean[n];
        int c = req;
        for (int i = n - 1; i >= 0 && c > 0; i--) {
            if (took[i][c]) {
                choice[i] = true;
                c = Math.max(0, c - (int) Math.min(req, Math.round(weight[i] * unitScale) / g));
            }
        }
        return new Result(dp[req], choice, true);
    }

    /** Largest capacity table (items × capacity units) the dynamic program may fill. */
    private static final long MAX_TABLE = 4_000_000;

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }

    private double tolerance() {
        return 1e-9 * Math.max(1, need);
    }

    // The greedy cover in ratio order, then items dropped again from the most expensive while the cover holds.
    private void greedy() {
        boolean[] take = new boolean[cost.length];
        double left = need;
        double c = 0;
        for (int k = 0; k < order.length && left > tolerance(); k++) {
            int i = order[k];
            take[i] = true;
            left -= weight[i];
            c += cost[i];
        }
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            if (take[i] && -left >= weight[i] - tolerance()) {
                take[i] = false;
                left += weight[i];
                c -= cost[i];
            }
        }
        best = c;
        bestChoice = take;
    }

    // Fractional completion of `left` from position k on.
    private double lpBound(int k, double left) {
        double c = 0;
        for (int p = k; p < order.length && left > tolerance(); p++) {
            int i = order[p];
            if (weight[i] <= left) {
                c += cost[i];
                left -= weight[i];
            } else {
                c += cost[i] * left / weight[i];
                left = 0;
            }
        }
        return left > tolerance() ? Double.POSITIVE_INFINITY : c;
    }

    private void dfs(int k, double left, double c) {
        if (++nodes > nodeBudget) return;
        if (left <= tolerance()) {
            if (c < best) {
                best = c;
                bestChoice = current.clone();
            }
            return;
        }
        if (k == order.length) return;
        if (c + lpBound(k, left) >= best * (1 - 1e-12) - 1e-12) return;
        int i = order[k];
        current[i] = true;
        dfs(k + 1, left - weight[i], c + cost[i]);
        current[i] = false;
        dfs(k + 1, left, c);
    }
}
