package org.reshore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reshore.compare.ComparedPlan;
import org.reshore.compare.Comparison;
import org.reshore.compare.PlanComparer;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.report.CompareReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare plans side by side: totals, cost breakdowns, supply shares, and every difference "
                + "from the first plan explained in a sentence.")
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ReadLimitOptions readLimits = new ReadLimitOptions();

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "the problem file")
    Path problemFile;

    @Parameters(index = "1..*", arity = "2..*", paramLabel = "PLAN",
            description = "two or more plan files of that problem; the first is the baseline (A)")
    List<Path> planFiles;

    @Option(names = "--html", paramLabel = "FILE", description = "also write a self-contained HTML report")
    Path html;

    @Option(names = "--json", description = "print JSON (each plan's evaluation and the differences)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Problem problem = Inputs.readProblem(problemFile, spec.commandLine().getErr(), readLimits.limits());
        Evaluator evaluator = Engines.evaluator(problem);
        List<ComparedPlan> plans = new ArrayList<>();
        for (int i = 0; i < planFiles.size(); i++) {
            Solution s = Inputs.readPlan(problem, planFiles.get(i), readLimits.limits());
            plans.add(new ComparedPlan(Reports.label(i), planFiles.get(i).getFileName().toString(), s,
                    evaluator.evaluate(problem, s)));
        }
        Comparison c = new PlanComparer(problem).compare(plans);
        CompareReport report = new CompareReport(problem, c);
        if (html != null) Reports.write(html, report.html());
        if (json) out.println(Reports.json(report.json()));
        else out.print(report.text());
        if (html != null && !json) out.println("report written to " + html);
        return ExitCode.OK;
    }
}
