package org.reshore.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reshore.compare.Frontier;
import org.reshore.compare.FrontierPoint;
import org.reshore.compare.FrontierSweep;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.mip.MipSolver;
import org.reshore.io.PlanFile;
import org.reshore.io.PlanWriter;
import org.reshore.io.Plans;
import org.reshore.model.Problem;
import org.reshore.report.FrontierReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "frontier", mixinStandardHelpOptions = true,
        description = "Trace the cost–exposure Pareto frontier with the exact engine (ε-constraint method): "
                + "a plan file per point, frontier.csv and frontier.html.")
final class FrontierCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ReadLimitOptions readLimits = new ReadLimitOptions();

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "the problem file")
    Path problemFile;

    @Option(names = "--points", defaultValue = "5", paramLabel = "N",
            description = "points on the frontier, its two ends included (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write (default: <name>-frontier next to the problem)")
    Path out;

    @Option(names = "--time-limit", defaultValue = "30s", converter = DurationConverter.class,
            description = "wall-clock limit of each solve (default: ${DEFAULT-VALUE})")
    Duration timeLimit;

    @Option(names = "--backend", description = "MIP backend through OR-Tools: highs, scip or cbc (default: highs)")
    String backend;

    @Option(names = "--threads", defaultValue = "1", description = "solver threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        if (points < 2) throw new CliFailure(ExitCode.BAD_INPUT, "--points must be at least 2 (the two ends)");
        if (threads < 1) throw new CliFailure(ExitCode.BAD_INPUT, "--threads must be ≥ 1");
        Problem problem = Inputs.readProblem(problemFile, spec.commandLine().getErr(), readLimits.limits());
        Path dir = out != null ? out : defaultDir(problemFile);
        Map<String, String> params = new LinkedHashMap<>();
        if (backend != null) params.put("backend", backend);
        SolveOptions options = new SolveOptions(timeLimit, 0, threads, 1e-6, params, null);
        Frontier f = new FrontierSweep(new MipSolver(), options, Engines.evaluator(problem)).run(problem, points);
        if (f.points().isEmpty()) {
            throw new CliFailure(ExitCode.NO_PLAN, "no point of the frontier was found: " + String.join("; ", f.dropped()));
        }
        java.nio.file.Files.createDirectories(dir);
        List<String> files = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < f.points().size(); i++) {
            FrontierPoint p = f.points().get(i);
            String name = String.format(Locale.ROOT, "point-%02d.plan.json", i + 1);
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("frontier", p.kind());
            if (!Double.isInfinite(p.cap())) config.put("exposureCap", p.cap());
            if (backend != null) config.put("backend", backend);
            PlanFile.SolverInfo info = new PlanFile.SolverInfo("mip", json.valueToTree(config), p.status().name(),
                    p.evaluation().objective(), Double.NaN, Double.NaN, Double.NaN, 0);
            PlanWriter.write(Plans.fromSolution(problem, p.solution(), info, p.evaluation().toJson()), dir.resolve(name));
            files.add(name);
        }
        FrontierReport report = new FrontierReport(f, files);
        Reports.write(dir.resolve("frontier.csv"), report.csv());
        Reports.write(dir.resolve("frontier.html"), report.html());
        stdout.print(report.text());
        stdout.println("plans, frontier.csv and frontier.html written to " + dir);
        return ExitCode.OK;
    }

    private static Path defaultDir(Path problemFile) {
        String name = problemFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return problemFile.toAbsolutePath().getParent().resolve((dot > 0 ? name.substring(0, dot) : name) + "-frontier");
    }
}
