package org.reshore.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RouteIndexTest {
    @Test
    void agreesWithAHashMap() {
        Random rnd = new Random(3);
        Map<Long, Integer> expected = new HashMap<>();
        RouteIndex index = new RouteIndex(5000);
        for (int i = 0; i < 5000; i++) {
            long key = rnd.nextInt(1 << 20) * (long) rnd.nextInt(1 << 12);
            expected.put(key, i);
            index.put(key, i);
        }
        for (Map.Entry<Long, Integer> e : expected.entrySet()) assertEquals(e.getValue(), index.get(e.getKey()));
        for (int i = 0; i < 5000; i++) {
            long key = (1L << 40) + i;
            assertEquals(expected.getOrDefault(key, -1), index.get(key));
        }
        assertEquals(-1, new RouteIndex(0).get(0));
    }
}
