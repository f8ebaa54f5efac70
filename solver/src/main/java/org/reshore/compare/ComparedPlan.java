package org.reshore.compare;

import org.reshore.evaluate.Evaluation;
import org.reshore.model.Solution;

/**
 * One plan in a comparison: its letter ("A", "B", …), where it came from (a file name), its
 * decisions and the evaluator's verdict on it. Every figure a comparison shows comes from
 * {@code evaluation}; {@code solution} is read only for the decisions themselves (flows, builds).
 */
public record ComparedPlan(String label, String source, Solution solution, Evaluation evaluation) {}
