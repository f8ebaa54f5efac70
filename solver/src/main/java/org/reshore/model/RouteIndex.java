package org.reshore.model;

/**
 * A map from route keys (non-negative longs) to arc indices with open addressing: a problem with
 * millions of arcs would otherwise hold millions of boxed map entries.
 */
final class RouteIndex {
    private final long[] keys; // key + 1; 0 marks an empty slot
    private final int[] values;
    private final int mask;

    RouteIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected + expected / 2)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    void put(long key, int value) {
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key + 1) i = (i + 1) & mask;
        keys[i] = key + 1;
        values[i] = value;
    }

    /** The value of a key, or -1 where there is none. */
    int get(long key) {
        int i = slot(key);
        while (keys[i] != 0) {
            if (keys[i] == key + 1) return values[i];
            i = (i + 1) & mask;
        }
        return -1;
    }
}
