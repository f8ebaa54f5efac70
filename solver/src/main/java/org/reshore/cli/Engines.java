package org.reshore.cli;

import java.util.List;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.engine.mip.GlopRecourseSolver;
import org.reshore.engine.mip.MipSolver;
import org.reshore.engine.search.SearchSolver;
import org.reshore.evaluate.Evaluator;
import org.reshore.evaluate.RecourseSolver;
import org.reshore.model.Problem;

/** The engines the command line offers, and the evaluator that judges their plans. */
final class Engines {
    static final List<String> NAMES = List.of("greedy", "mip", "search");

    private Engines() {}

    static PlanSolver create(String name) {
        return switch (name) {
            case "greedy" -> new GreedySolver(recourse());
            case "mip" -> new MipSolver();
            case "search" -> new SearchSolver();
            default -> throw new CliFailure(ExitCode.BAD_INPUT,
                    "unknown engine '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        };
    }

    /** The recourse LP loads OR-Tools only when a scenario is actually evaluated. */
    static RecourseSolver recourse() {
        return new GlopRecourseSolver();
    }

    static Evaluator evaluator(Problem problem) {
        return problem.scenarios().isEmpty() ? new Evaluator() : new Evaluator(recourse());
    }
}
