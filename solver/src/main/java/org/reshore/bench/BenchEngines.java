package org.reshore.bench;

import org.reshore.engine.PlanSolver;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;

/**
 * Where the harness gets its engines and its judge: the command line passes its own, so that a
 * benchmark runs exactly what {@code reshore solve} runs.
 */
public interface BenchEngines {
    PlanSolver create(String engine);

    Evaluator evaluator(Problem problem);

    /**
     * The class whose {@code main} runs one run in a child JVM with these same engines (it calls
     * {@link BenchRunner#child}), or null when they exist only in this JVM (test doubles).
     */
    default String childMainClass() {
        return null;
    }
}
