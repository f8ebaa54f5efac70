package org.reshore.evaluate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The evaluator's verdict on one plan: whether it is feasible (and every violation), its objective
 * with the cost breakdown that adds up to it, its exposure overall and per market, product and
 * period, who contributes what, and, when a recourse solver was given, how it runs through each
 * disruption scenario. Immutable.
 *
 * <p>{@link ScenarioTerm#NOT_COMPUTED} means the problem is in robust mode (scenarioWeight &gt; 0)
 * but no recourse solver was given: the scenario summand and the objective are then NaN, never a
 * silent 0; {@link #objectiveWithoutScenarios()} is still there.
 */
public record Evaluation(String problem, boolean feasible, double objective, CostBreakdown cost, double exposure,
                         List<Violation> violations, List<MarketExposure> markets, Contributions contributions,
                         ScenarioTerm scenarioTerm, List<ScenarioStress> stress, List<PlanItems.Build> builds,
                         List<PlanItems.Grant> grants) {

    /** Whether the robust scenario term is in the objective. */
    public enum ScenarioTerm {
        /** scenarioWeight is 0 (or there are no scenarios): the term is 0 by definition. */
        NOT_NEEDED,
        /** Computed with a recourse solver. */
        COMPUTED,
        /** Needed but not computed: no recourse solver was given. Objective is NaN. */
        NOT_COMPUTED
    }

    public Evaluation {
        violations = List.copyOf(violations);
        markets = List.copyOf(markets);
        stress = List.copyOf(stress);
        builds = List.copyOf(builds);
        grants = List.copyOf(grants);
    }

    /** The objective without the robust scenario term. */
    public double objectiveWithoutScenarios() {
        return cost.totalWithoutScenarios();
    }

    /** Violations of one constraint family (see {@link Constraints}). */
    public List<Violation> violations(String constraint) {
        return violations.stream().filter(v -> v.constraint().equals(constraint)).toList();
    }

    /** The stable JSON form of MODEL.md §5 (see {@link EvaluationJson}). */
    public ObjectNode toJson() {
        return EvaluationJson.toJson(this);
    }
}
