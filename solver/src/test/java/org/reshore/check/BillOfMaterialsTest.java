package org.reshore.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.model.Product;

class BillOfMaterialsTest {
    static Product product(int i, int... inputs) {
        return new Product("p" + i, i, "t", 1, java.util.Arrays.stream(inputs).mapToObj(q -> new Product.Input(q, 1)).toList());
    }

    @Test
    void acyclicBillsHaveNoCycle() {
        assertEquals(List.of(), BillOfMaterials.findCycle(List.of(product(0), product(1, 0), product(2, 0, 1))));
    }

    @Test
    void findsTheCycleAlongInputs() {
        // p0 needs p1, p1 needs p2, p2 needs p1: the cycle is p1 → p2 → p1 (p0 only leads into it).
        assertEquals(List.of(1, 2, 1), BillOfMaterials.findCycle(List.of(product(0, 1), product(1, 2), product(2, 1))));
        assertEquals(List.of(0, 0), BillOfMaterials.findCycle(List.of(product(0, 0))));
    }
}
