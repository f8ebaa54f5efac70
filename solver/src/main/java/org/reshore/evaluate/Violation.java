package org.reshore.evaluate;

import java.util.List;

/**
 * One broken rule of the plan: {@code constraint} names the family of MODEL.md §3 it breaks
 * (see {@link Constraints}), {@code entities} the ids involved (site, market, product, period, …),
 * {@code amount} how far it is broken (in the constraint's own unit: units per year or money), and
 * {@code message} says it in a planner's words.
 */
public record Violation(String constraint, List<String> entities, double amount, String message) {
    public Violation {
        entities = List.copyOf(entities);
    }
}
