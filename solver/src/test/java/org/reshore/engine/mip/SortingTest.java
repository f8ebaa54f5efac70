package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortingTest {

    @Test
    void fullSortOrdersByKey() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(80);
            double[] key = keys(random, n);
            int[] idx = identity(n);
            Sorting.byKey(idx, n, key);
            for (int p = 1; p < n; p++) assertTrue(key[idx[p - 1]] <= key[idx[p]]);
            assertArrayEquals(identity(n), sortedCopy(idx));
        }
    }

    /**
     * The front is in order, reaches the needed weight with the fewest elements, and nothing
     * behind it is smaller than anything in it: reading the front gives what a full sort gives.
     */
    @Test
    void frontIsSortedCoversTheNeedAndPrecedesTheRest() {
        Random random = new Random(11);
        for (int trial = 0; trial < 2000; trial++) {
            int n = random.nextInt(300);
            double[] key = keys(random, n);
            double[] weight = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                weight[i] = 1 + random.nextInt(50);
                total += weight[i];
            }
            double need = random.nextDouble() * total * 1.2;
            int[] idx = identity(n);
            int front = Sorting.byKeyFront(idx, n, key, weight, need);
            assertArrayEquals(identity(n), sortedCopy(idx), "a permutation");
            for (int p = 1; p < front; p++) assertTrue(key[idx[p - 1]] <= key[idx[p]], "front in order");
            double largestInFront = Double.NEGATIVE_INFINITY;
            double covered = 0;
            for (int p = 0; p < front; p++) {
                largestInFront = Math.max(largestInFront, key[idx[p]]);
                covered += weight[idx[p]];
            }
            for (int p = front; p < n; p++) assertTrue(key[idx[p]] >= largestInFront, "the rest comes after the front");
            if (front < n) assertTrue(covered >= need, "the front covers the need");
            int[] full = identity(n);
            Sorting.byKey(full, n, key);
            double[] expected = new double[front];
            double[] actual = new double[front];
            for (int p = 0; p < front; p++) {
                expected[p] = key[full[p]];
                actual[p] = key[idx[p]];
            }
            assertArrayEquals(expected, actual, "the same keys as a full sort");
        }
    }

    @Test
    void smallInputsAreSortedWhole() {
        double[] key = {3, 1, 2};
        int[] idx = identity(3);
        assertEquals(3, Sorting.byKeyFront(idx, 3, key, new double[] {1, 1, 1}, 0));
        assertArrayEquals(new int[] {1, 2, 0}, idx);
    }

    private static double[] keys(Random random, int n) {
        double[] key = new double[n];
        for (int i = 0; i < n; i++) key[i] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextGaussian();
        return key;
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        return idx;
    }

    private static int[] sortedCopy(int[] a) {
        int[] c = a.clone();
        Arrays.sort(c);
        return c;
    }
}
