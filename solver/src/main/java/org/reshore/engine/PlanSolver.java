package org.reshore.engine;

import java.util.function.Consumer;
import org.reshore.model.Problem;

/** An engine: turns a problem into a plan. Engines never print; they report through {@code progress}. */
public interface PlanSolver {
    /** The engine's name as the command line and plan files spell it ("greedy", "mip", "search"). */
    String name();

    SolveResult solve(Problem problem, SolveOptions options, Consumer<Progress> progress);

    /**
     * Whether a warm start (the greedy plan) would help with this problem: callers skip computing
     * one when the engine finds its own first plans faster.
     */
    default boolean wantsWarmStart(Problem problem, SolveOptions options) {
        return true;
    }
}
