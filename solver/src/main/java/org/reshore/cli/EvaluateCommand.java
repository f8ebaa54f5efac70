package org.reshore.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.EvaluationText;
import org.reshore.io.PlanReader;
import org.reshore.io.Plans;
import org.reshore.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Judge a plan: feasibility with every violation named, the cost breakdown, exposure.")
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "the problem file")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "PLAN", description = "a reshore-plan/1 file for that problem")
    Path planFile;

    @Option(names = "--json", description = "print the evaluator's JSON (MODEL.md §5 keys)")
    boolean json;

    @Option(names = "--debug", description = "print stack traces of internal errors")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Problem problem = Inputs.readProblem(problemFile, spec.commandLine().getErr());
        Plans.Resolved resolved = Plans.toSolution(problem, PlanReader.read(planFile));
        Evaluation verdict = Engines.evaluator(problem).evaluate(problem, resolved.solution());
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(verdict.toJson()));
        } else {
            out.print(EvaluationText.render(verdict, problem.currency()));
        }
        return ExitCode.OK;
    }
}
