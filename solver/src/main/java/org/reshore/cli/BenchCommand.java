package org.reshore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.reshore.bench.BenchEngines;
import org.reshore.bench.BenchReport;
import org.reshore.bench.BenchResults;
import org.reshore.bench.BenchRunner;
import org.reshore.bench.CbcReference;
import org.reshore.bench.HighsJsReference;
import org.reshore.bench.ResultsJson;
import org.reshore.bench.Suite;
import org.reshore.bench.SuiteException;
import org.reshore.bench.SuiteReader;
import org.reshore.engine.PlanSolver;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run every configuration of a benchmark suite on every problem of it, judge each plan with the "
                + "evaluator, and write results.json, results.csv and report.html to the output folder.",
            "Suites: benchmarks/suites/*.json (format in benchmarks/README.md)."},
        subcommands = {BenchCommand.Report.class})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SUITE", description = "a suite file (.json)")
    Path suiteFile;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: bench-<suite name>)")
    Path out;

    @Option(names = "--time-limit", paramLabel = "D", converter = DurationConverter.class,
            description = "replaces every time limit of the suite, e.g. 5s")
    Duration timeLimit;

    @Option(names = "--child-jvm", negatable = true, paramLabel = "",
            description = "each run in a JVM of its own (default: as the suite says, itself default on); "
                    + "--no-child-jvm runs them one after another in this one")
    Boolean childJvm;

    @Override
    public Integer call() throws IOException {
        if (suiteFile == null) throw new CliFailure(ExitCode.BAD_INPUT, "bench needs a SUITE file (or: bench report DIR)");
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Suite suite;
        try {
            suite = SuiteReader.read(suiteFile);
        } catch (SuiteException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, e.getMessage());
        }
        if (timeLimit != null) suite = suite.withTimeLimit(timeLimit);
        if (childJvm != null) suite = suite.withChildJvm(childJvm);
        Path dir = out != null ? out : Path.of("bench-" + suite.name());
        BenchResults results;
        try {
            results = new BenchRunner(new CliEngines(), err).run(suite, dir);
        } catch (SuiteException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, e.getMessage());
        }
        Path html = dir.resolve("report.html");
        Reports.write(html, new BenchReport(results).html());
        long failed = results.runs().stream().filter(r -> !r.ok()).count();
        stdout.println(results.runs().size() + " runs, " + failed + " failed; results in " + dir.resolve("results.json")
                + " and " + dir.resolve("results.csv") + ", report in " + html);
        return ExitCode.OK;
    }

    /** The engines and the judge of {@code reshore solve}. */
    static final class CliEngines implements BenchEngines {
        @Override
        public PlanSolver create(String engine) {
            return switch (engine) {
                case "cbc" -> new CbcReference();
                case "highs-js" -> new HighsJsReference();
                default -> Engines.create(engine);
            };
        }

        @Override
        public String absence(String engine) {
            return switch (engine) {
                case "cbc" -> CbcReference.absence();
                case "highs-js" -> HighsJsReference.absence();
                default -> null;
            };
        }

        @Override
        public Evaluator evaluator(Problem problem) {
            return Engines.evaluator(problem);
        }

        @Override
        public String childMainClass() {
            return BenchChild.class.getName();
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Redraw DIR/report.html from DIR/results.json alone, without solving.")
    static final class Report implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "a folder written by reshore bench")
        Path dir;

        @Override
        public Integer call() {
            BenchResults results;
            try {
                results = ResultsJson.read(dir);
            } catch (SuiteException e) {
                throw new CliFailure(ExitCode.BAD_INPUT, e.getMessage());
            }
            Path html = dir.resolve("report.html");
            Reports.write(html, new BenchReport(results).html());
            spec.commandLine().getOut().println("report written to " + html);
            return ExitCode.OK;
        }
    }
}
