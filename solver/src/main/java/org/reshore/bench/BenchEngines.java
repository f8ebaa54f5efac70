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
     * Why {@code engine} cannot run on this machine (a reference solver not installed), or null when
     * it can: the runner says so once and records its runs as refused without starting them.
     */
    default String absence(String engine) {
        return null;
    }

    /**
     * The class whose {@code main} runs one run in a child JVM with these same engines (it calls
     * {@link BenchRunner#child}), or null when they exist only in this JVM (test doubles).
     */
    default String childMainClass() {
        return null;
    }
}
