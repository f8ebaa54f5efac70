package org.reshore.model;

import java.util.List;

/** An economy (a country or customs territory) that holds sites; {@code risk} ∈ [0,1]. */
public record Economy(String id, int index, String name, double risk, List<String> tags) {
    public Economy {
        tags = List.copyOf(tags);
    }
}
