package org.reshore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.EvaluationText;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Judge a plan: feasibility with every violation named, the cost breakdown, exposure.")
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ReadLimitOptions readLimits = new ReadLimitOptions();

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "the problem file")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "PLAN", description = "a reshore-plan/1 file for that problem")
    Path planFile;

    @Option(names = "--json", description = "print the evaluator's JSON (MODEL.md §5 keys)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Problem problem = Inputs.readProblem(problemFile, spec.commandLine().getErr(), readLimits.limits());
        Solution plan = Inputs.readPlan(problem, planFile, readLimits.limits());
        Evaluation verdict = Engines.evaluator(problem).evaluate(problem, plan);
        if (json) {
            out.println(Reports.json(verdict.toJson()));
        } else {
            out.print(EvaluationText.render(verdict, problem.currency()));
        }
        return ExitCode.OK;
    }
}
