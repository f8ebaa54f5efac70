package org.reshore.engine.mip;

/** Index sorts on primitive arrays, for the inner loops of the Lagrangian method (no boxing). */
final class Sorting {
    private Sorting() {}

    /** Sorts {@code idx[0..n)} in place by ascending {@code key[idx[i]]}. */
    static void byKey(int[] idx, int n, double[] key) {
        quicksort(idx, 0, n - 1, key);
    }

    /**
     * Sorts only the front of {@code idx[0..n)} by ascending {@code key[idx[i]]}: the shortest
     * front whose {@code weight} reaches {@code need} (or everything), with every element behind
     * it at least as large as every element in it. Returns the length of the sorted front. On a
     * site's arcs, the continuous knapsack reads no further than its capacity: most of the arcs
     * with negative reduced cost never need their order (capb: ~10× less sorting).
     */
    static int byKeyFront(int[] a, int n, double[] key, double[] weight, double need) {
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 16) {
            long split = partition(a, lo, hi, key);
            int i = (int) (split >>> 32);
            int j = (int) split;
            // [lo, j] ≤ pivot, (j, i) = pivot, [i, hi] ≥ pivot
            double left = 0;
            for (int p = lo; p <= j; p++) left += weight[a[p]];
            if (left >= need) {
                hi = j; // the front ends inside the left part: the right part needs no order
                continue;
            }
            quicksort(a, lo, j, key);
            need -= left;
            for (int p = j + 1; p < i; p++) need -= weight[a[p]];
            if (need <= 0) return i;
            lo = i;
        }
        quicksort(a, lo, hi, key);
        return hi + 1;
    }

    /** The indices 0..n-1 in ascending order of cost[i]/weight[i] (ties by index). */
    static int[] indicesByRatio(double[] cost, double[] weight) {
        int n = cost.length;
        double[] ratio = new double[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            ratio[i] = cost[i] / weight[i];
            idx[i] = i;
        }
        byKey(idx, n, ratio);
        return idx;
    }

    private static void quicksort(int[] a, int lo, int hi, double[] key) {
        while (hi - lo > 16) {
            long split = partition(a, lo, hi, key);
            int i = (int) (split >>> 32);
            int j = (int) split;
            // recurse into the smaller half, loop on the larger: stack depth stays logarithmic
            if (j - lo < hi - i) {
                quicksort(a, lo, j, key);
                lo = i;
            } else {
                quicksort(a, i, hi, key);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && (key[a[j]] > key[v] || (key[a[j]] == key[v] && a[j] > v))) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /**
     * Hoare's partition of a[lo..hi] around the median of three: afterwards [lo, j] ≤ pivot,
     * (j, i) = pivot, [i, hi] ≥ pivot. Returns i in the high and j in the low 32 bits.
     */
    private static long partition(int[] a, int lo, int hi, double[] key) {
        int mid = (lo + hi) >>> 1;
        double pivot = median(key[a[lo]], key[a[mid]], key[a[hi]]);
        int i = lo;
        int j = hi;
        while (i <= j) {
            while (less(key, a[i], pivot)) i++;
            while (greater(key, a[j], pivot)) j--;
            if (i <= j) {
                int t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        return ((long) i << 32) | (j & 0xffffffffL);
    }

    private static boolean less(double[] key, int i, double pivot) {
        return key[i] < pivot;
    }

    private static boolean greater(double[] key, int i, double pivot) {
        return key[i] > pivot;
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
