package org.reshore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reshore.compare.StressResult;
import org.reshore.compare.StressTest;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.model.Scenario;
import org.reshore.model.Solution;
import org.reshore.report.StressReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stress", mixinStandardHelpOptions = true,
        description = "Run a plan through the problem's disruption scenarios: shortage, recourse cost and time to "
                + "survive per market and product.")
final class StressCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ReadLimitOptions readLimits = new ReadLimitOptions();

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "the problem file")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "PLAN", description = "a plan file of that problem")
    Path planFile;

    @Option(names = "--scenario", paramLabel = "ID", description = "only this scenario")
    String scenario;

    @Option(names = "--html", paramLabel = "FILE", description = "also write a self-contained HTML report")
    Path html;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Problem problem = Inputs.readProblem(problemFile, spec.commandLine().getErr(), readLimits.limits());
        if (problem.scenarios().isEmpty()) {
            throw new CliFailure(ExitCode.BAD_INPUT, problemFile + ": problem " + problem.name()
                    + " has no scenarios to stress the plan with (add \"scenarios\" to the problem file)");
        }
        if (scenario != null && problem.scenarioIndex(scenario) < 0) {
            throw new CliFailure(ExitCode.BAD_INPUT, "unknown scenario \"" + scenario + "\" (known: "
                    + String.join(", ", problem.scenarios().stream().map(Scenario::id).toList()) + ")");
        }
        Solution plan = Inputs.readPlan(problem, planFile, readLimits.limits());
        List<StressResult> results = new StressTest(new Evaluator(Engines.recourse())).run(problem, plan, scenario);
        StressReport report = new StressReport(problem.name(), problem.currency(), results);
        if (html != null) Reports.write(html, report.html());
        if (json) out.println(Reports.json(report.json()));
        else out.print(report.text());
        if (html != null && !json) out.println("report written to " + html);
        return ExitCode.OK;
    }
}
