package org.reshore.engine.greedy;

/**
 * A min-heap of (demand, position in its arc list) entries keyed by (merit, arc, demand), on
 * primitive arrays: the least-cost routing pops a million of them on large problems, where a
 * {@code PriorityQueue} with a comparator was the greedy's hot spot.
 */
final class PairHeap {
    private double[] key;
    private int[] arc;
    private int[] demand;
    private int[] pos;
    private int size;

    PairHeap(int capacity) {
        int n = Math.max(1, capacity);
        key = new double[n];
        arc = new int[n];
        demand = new int[n];
        pos = new int[n];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(double k, int a, int d, int p) {
        if (size == key.length) grow();
        int i = size++;
        set(i, k, a, d, p);
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent)) break;
            swap(i, parent);
            i = parent;
        }
    }

    int topDemand() {
        return demand[0];
    }

    int topPos() {
        return pos[0];
    }

    void pop() {
        size--;
        if (size == 0) return;
        set(0, key[size], arc[size], demand[size], pos[size]);
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && less(l, m)) m = l;
            if (r < size && less(r, m)) m = r;
            if (m == i) return;
            swap(i, m);
            i = m;
        }
    }

    private boolean less(int i, int j) {
        if (key[i] != key[j]) return key[i] < key[j];
        if (arc[i] != arc[j]) return arc[i] < arc[j];
        return demand[i] < demand[j];
    }

    private void set(int i, double k, int a, int d, int p) {
        key[i] = k;
        arc[i] = a;
        demand[i] = d;
        pos[i] = p;
    }

    private void swap(int i, int j) {
        double k = key[i];
        int a = arc[i];
        int d = demand[i];
        int p = pos[i];
        set(i, key[j], arc[j], demand[j], pos[j]);
        set(j, k, a, d, p);
    }

    private void grow() {
        int n = key.length * 2;
        key = java.util.Arrays.copyOf(key, n);
        arc = java.util.Arrays.copyOf(arc, n);
        demand = java.util.Arrays.copyOf(demand, n);
        pos = java.util.Arrays.copyOf(pos, n);
    }
}
