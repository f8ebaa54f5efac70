package org.reshore.engine.search.flow;

/** Prices a build configuration b[o,t] (flattened by option, then period) by its best flows. */
public interface OperationsEvaluator {
    Operations evaluate(int[] builds);

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
