package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Objective;
import org.reshore.model.Problem;

/**
 * The greedy engine on the exact engine's 30 seeded random problems: its
 * objective is the evaluator's, it never claims FEASIBLE for an infeasible plan, it never beats the
 * exact optimum in weighted mode, and it finds a feasible plan for most problems the exact engine
 * solves. Lives here because the random generator is package-private to the mip tests.
 */
class GreedyOnRandomProblemsTest {
    @Test
    void greedyAgainstTheExactEngine() {
        GlopRecourseSolver recourse = new GlopRecourseSolver();
        Evaluator evaluator = new Evaluator(recourse);
        SolveOptions options = new SolveOptions(Duration.ofSeconds(20), 0, 1, 1e-9, Map.of(), null);
        int solvable = 0;
        int found = 0;
        double worst = 0;
        for (long seed = 1; seed <= 30; seed++) {
            Problem p = RandomProblems.generate(seed);
            SolveResult g = new GreedySolver(recourse).solve(p, options, e -> { });
            Evaluation e = evaluator.evaluate(p, g.solution());
            assertEquals(e.objective(), g.objective(), 1e-9 * Math.max(1, Math.abs(e.objective())), "seed " + seed);
            assertEquals(e.feasible(), g.status() == Status.FEASIBLE, "seed " + seed);
            SolveResult m = new MipSolver().solve(p, options, x -> { });
            if (m.status() != Status.OPTIMAL) continue;
            solvable++;
            if (!e.feasible()) {
                System.out.println("seed " + seed + ": greedy found no feasible plan: " + e.violations());
                continue;
            }
            found++;
            if (p.objective().mode() == Objective.Mode.WEIGHTED) {
                double gap = (g.objective() - m.objective()) / Math.max(1, Math.abs(m.objective()));
                assertTrue(gap >= -1e-6, "seed " + seed + ": greedy " + g.objective() + " below optimum " + m.objective());
                worst = Math.max(worst, gap);
                System.out.printf("seed %d: greedy %.6g, optimum %.6g, gap %.2f%%%n", seed, g.objective(),
                        m.objective(), 100 * gap);
            }
        }
        System.out.printf("greedy feasible on %d of %d solvable random problems; worst weighted gap %.2f%%%n", found,
                solvable, 100 * worst);
        assertTrue(found >= solvable - 3, "greedy feasible on only " + found + " of " + solvable);
    }
}
