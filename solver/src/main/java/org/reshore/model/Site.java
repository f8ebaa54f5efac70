package org.reshore.model;

import java.util.List;

/**
 * A production site: it makes one product in one economy, with existing yearly capacity, a unit
 * conversion cost (inputs are paid through their own flows), and options that can be built.
 */
public record Site(String id, int index, int economy, int product, double capacity, double unitCost,
                   List<Integer> options) {
    public Site {
        options = List.copyOf(options);
    }
}
