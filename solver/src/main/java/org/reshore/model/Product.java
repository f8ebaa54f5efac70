package org.reshore.model;

import java.util.List;

/** A product with its unit, its criticality weight in exposure, and its bill of materials. */
public record Product(String id, int index, String unit, double criticality, List<Input> inputs) {
    public Product {
        inputs = List.copyOf(inputs);
    }

    /** One line of a bill of materials: {@code perUnit} of product {@code product} per unit made. */
    public record Input(int product, double perUnit) {}
}
