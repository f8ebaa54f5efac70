package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CoverKnapsackTest {
    private static double bruteForce(double[] cost, double[] weight, double need) {
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 1 << cost.length; mask++) {
            double c = 0;
            double w = 0;
            for (int i = 0; i < cost.length; i++) {
                if ((mask >> i & 1) == 1) {
                    c += cost[i];
                    w += weight[i];
                }
            }
            if (w >= need - 1e-9) best = Math.min(best, c);
        }
        return best;
    }

    private static void check(double[] cost, double[] weight, double need) {
        CoverKnapsack.Result r = CoverKnapsack.solve(cost, weight, need, 1_000_000);
        double expected = bruteForce(cost, weight, need);
        assertTrue(r.exact());
        assertEquals(expected, r.value(), 1e-9 * Math.max(1, Math.abs(expected)));
        if (Double.isFinite(expected)) {
            double c = 0;
            double w = 0;
            for (int i = 0; i < cost.length; i++) {
                if (r.chosen()[i]) {
                    c += cost[i];
                    w += weight[i];
                }
            }
            assertTrue(w >= need - 1e-9, "the choice covers the need");
            assertEquals(expected, c, 1e-9 * Math.max(1, Math.abs(expected)), "the choice costs the value");
        }
    }

    @Test
    void matchesEnumerationWithWholeWeights() {
        Random r = new Random(1);
        for (int t = 0; t < 300; t++) {
            int n = 1 + r.nextInt(12);
            double[] cost = new double[n];
            double[] weight = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                cost[i] = r.nextInt(100);
                weight[i] = r.nextBoolean() ? 8000 : 1000 * (1 + r.nextInt(9));
                total += weight[i];
            }
            check(cost, weight, total * r.nextDouble() * 1.1 + 1);
        }
    }

    @Test
    void matchesEnumerationWithFractionalWeights() {
        Random r = new Random(2);
        for (int t = 0; t < 300; t++) {
            int n = 1 + r.nextInt(12);
            double[] cost = new double[n];
            double[] weight = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                cost[i] = 100 * r.nextDouble();
                weight[i] = 1 + 50 * r.nextDouble() * Math.PI;
                total += weight[i];
            }
            check(cost, weight, total * r.nextDouble());
        }
    }

    @Test
    void aCoverOutOfReachCostsInfinity() {
        CoverKnapsack.Result r = CoverKnapsack.solve(new double[] {1, 2}, new double[] {3, 4}, 8, 100);
        assertEquals(Double.POSITIVE_INFINITY, r.value());
    }

    @Test
    void outOfNodesTheValueIsStillALowerBound() {
        Random r = new Random(3);
        int n = 40;
        double[] cost = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = 10 + Math.PI * r.nextDouble();
            cost[i] = weight[i] * (1 + 0.01 * r.nextDouble());
        }
        CoverKnapsack.Result limited = CoverKnapsack.solve(cost, weight, 201.5, 50);
        CoverKnapsack.Result full = CoverKnapsack.solve(cost, weight, 201.5, 100_000_000);
        assertTrue(limited.value() <= full.value() + 1e-9);
    }
}
