package org.reshore.engine.greedy;

import java.util.Set;
import org.reshore.evaluate.Constraints;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Violation;
import org.reshore.model.Solution;

/**
 * A plan with the evaluator's verdict, ordered for the greedy: fewer violations outside the
 * unmet-demand families first, then fewer unmet units, then a lower objective (without the
 * scenario term when it could not be computed).
 */
record Scored(Solution plan, Evaluation eval, int hard, double unmet, double objective) {
    /** Violations the greedy may leave while it searches: demand it could not serve. */
    private static final Set<String> SOFT = Set.of(Constraints.SHORTAGE_NOT_ALLOWED, Constraints.MIN_SHARE,
            Constraints.MAX_SHORTAGE);

    static Scored of(Evaluation e, Solution plan) {
        int hard = 0;
        double unmet = 0;
        for (Violation v : e.violations()) {
            if (SOFT.contains(v.constraint())) unmet += v.amount();
            else hard++;
        }
        double objective = e.scenarioTerm() == Evaluation.ScenarioTerm.NOT_COMPUTED
                ? e.objectiveWithoutScenarios() : e.objective();
        return new Scored(plan, e, hard, unmet, objective);
    }

    boolean betterThan(Scored o) {
        if (o == null) return true;
        if (hard != o.hard) return hard < o.hard;
        double tol = 1e-6 * Math.max(1, Math.abs(o.unmet));
        if (Math.abs(unmet - o.unmet) > tol) return unmet < o.unmet;
        return objective < o.objective - 1e-9 * Math.max(1, Math.abs(o.objective));
    }
}
