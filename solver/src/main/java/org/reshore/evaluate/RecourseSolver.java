package org.reshore.evaluate;

import org.reshore.model.Problem;
import org.reshore.model.Scenario;
import org.reshore.model.Solution;

/**
 * Solves the recourse LP of a disruption scenario (MODEL.md §3, "Scenarios"): with the plan's
 * builds up to the scenario's period and its stockpile levels held, re-choose one year's flows,
 * stockpile releases and shortages at least delivered cost plus shortage penalties. The evaluator
 * depends on this interface only, so that reading and checking never load a solver's natives; an
 * engine package supplies the implementation.
 */
public interface RecourseSolver {
    Recourse solve(Problem problem, Solution plan, Scenario scenario);

    /**
     * One year of running through the disruption: {@code yearlyCost} is flow cost plus shortage
     * penalties for one year, neither discounted nor multiplied by the scenario's years;
     * {@code shortage} is the yearly shortage per demand index (0 for demands of other periods);
     * {@code release} the yearly stockpile release per stockpile index.
     */
    record Recourse(double yearlyCost, double[] shortage, double[] release) {}
}
