package org.reshore.compare;

import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.model.Solution;

/**
 * One plan on the cost–exposure frontier: how it was asked for ({@code kind} "least cost",
 * "least exposure" or "exposure cap", with the cap ε, +∞ for least cost), the engine's status,
 * the plan, and the evaluator's verdict. {@code cost} is the evaluator's objective without its
 * exposure summand (so Cost plus the scenario term of MODEL.md §3), {@code exposure} the
 * evaluator's Exposure.
 */
public record FrontierPoint(String kind, double cap, Status status, Solution solution, Evaluation evaluation) {
    public double cost() {
        return evaluation.objective() - evaluation.cost().exposure();
    }

    public double exposure() {
        return evaluation.exposure();
    }
}
