package org.reshore.engine.search.flow;

import org.reshore.model.Solution;

/** Prices a build configuration b[o,t] (flattened by option, then period) by its best flows. */
public interface OperationsEvaluator {
    Operations evaluate(int[] builds);

    /**
     * The plan with these builds and the flows (and, for the LP, shortages and production
     * grants) this model finds best for them; capex grants are the caller's. For the LP, call
     * {@link #evaluate} on the same builds first: the plan reads the last solve.
     */
    Solution plan(int[] builds);

    /** A rough upper bound of the money involved, to choose the score scale. */
    double magnitude();

    /** "transport" or "lp", for statistics. */
    String name();

    /** Configurations the model could not price (numerical failure); 0 for exact combinatorial models. */
    default long failures() {
        return 0;
    }

    /** Frees native memory; nothing to do for pure-Java models. */
    default void release() {
    }
}
