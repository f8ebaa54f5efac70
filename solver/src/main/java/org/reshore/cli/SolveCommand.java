package org.reshore.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.engine.mip.MipSolver;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.EvaluationText;
import org.reshore.io.PlanFile;
import org.reshore.io.PlanWriter;
import org.reshore.io.Plans;
import org.reshore.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solve a problem and write the plan (default: <name>.plan.json next to the problem).")
final class SolveCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ReadLimitOptions readLimits = new ReadLimitOptions();

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "a reshore/1 problem file (.json, .yaml)")
    Path problemFile;

    @Option(names = "--engine", defaultValue = "mip",
            description = "greedy (construction heuristic), mip (exact, OR-Tools) or search (local search, OptaPlanner) "
                    + "(default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--out", paramLabel = "PLAN", description = "where to write the plan")
    Path out;

    @Option(names = "--time-limit", defaultValue = "30s", converter = DurationConverter.class,
            description = "wall-clock limit, model building included (default: ${DEFAULT-VALUE})")
    Duration timeLimit;

    @Option(names = "--seed", defaultValue = "0", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--gap", defaultValue = "1e-6", description = "relative gap at which the MIP may stop (default: ${DEFAULT-VALUE})")
    double gap;

    @Option(names = "--threads", defaultValue = "1", description = "solver threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--backend", description = "MIP backend through OR-Tools: highs, scip or cbc (default: highs)")
    String backend;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "mip engine: auto (default; by the problem's size and shape), strong (the whole strong"
                    + " formulation to the backend) or lagrangian (Lagrangian bound and fixing first; facility-location-shaped problems)")
    String method;

    @Option(names = "--config", paramLabel = "FILE",
            description = "search engine: a reshore search configuration (.json) or an OptaPlanner solver config (.xml)")
    Path config;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (gap < 0 || threads < 1) throw new CliFailure(ExitCode.BAD_INPUT, "--gap must be ≥ 0 and --threads ≥ 1");
        Problem problem = Inputs.readProblem(problemFile, err, readLimits.limits());
        PlanSolver solver = Engines.create(engine);
        Path planFile = out != null ? out : Inputs.defaultPlanPath(problemFile);

        Map<String, String> params = new LinkedHashMap<>();
        if (backend != null) params.put("backend", backend);
        if (method != null) params.put("method", method);
        if (config != null) {
            if (!java.nio.file.Files.isRegularFile(config)) throw new CliFailure(ExitCode.BAD_INPUT, config + ": no such file");
            params.put("config", config.toString());
        }
        long started = System.nanoTime();
        SolveOptions options = new SolveOptions(timeLimit, seed, threads, gap, params, null);
        ProgressPrinter progress = new ProgressPrinter(err);
        if (!(solver instanceof GreedySolver) && solver.wantsWarmStart(problem, options)) {
            // the greedy plan is the warm start; it gets at most a quarter of the time limit
            SolveOptions quick = new SolveOptions(timeLimit.dividedBy(4), seed, 1, gap, Map.of(), null);
            SolveResult start = new GreedySolver(Engines.recourse()).solve(problem, quick, p -> { });
            Duration left = timeLimit.minusNanos(System.nanoTime() - started);
            options = new SolveOptions(left.isNegative() ? Duration.ofMillis(1) : left, seed, threads, gap, params,
                    start.solution() != null && start.status() == Status.FEASIBLE ? start.solution() : null);
        }
        SolveResult result;
        try (ProgressPrinter.Heartbeat beat = progress.heartbeat(started)) {
            result = solver.solve(problem, options, progress);
        } catch (IllegalArgumentException e) {
            // engines refuse problems or configurations they cannot honour (robust mode in search, a bad config)
            throw new CliFailure(ExitCode.BAD_INPUT, e.getMessage());
        }
        if (result.solution() == null || result.status() == Status.NO_SOLUTION || result.status() == Status.INFEASIBLE) {
            throw new CliFailure(ExitCode.NO_PLAN, noPlan(problem, result, solver));
        }
        Evaluation verdict = Engines.evaluator(problem).evaluate(problem, result.solution());
        if (!verdict.feasible()) {
            stdout.print(EvaluationText.render(verdict, problem.currency()));
            throw new CliFailure(ExitCode.NO_PLAN, "the evaluator finds the " + solver.name()
                    + " engine's plan infeasible (violations above); no plan written");
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode config = json.valueToTree(result.config());
        PlanFile.SolverInfo info = new PlanFile.SolverInfo(solver.name(), config, result.status().name(),
                result.objective(), result.bound(), result.gap(), result.seconds(), seed);
        PlanFile plan = Plans.fromSolution(problem, result.solution(), info, verdict.toJson());
        try {
            PlanWriter.write(plan, planFile);
        } catch (java.io.IOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "cannot write the plan to " + planFile + ": " + e);
        }

        stdout.printf(Locale.ROOT, "%s  engine %s  status %s  %.2f s%n", problem.name(), solver.name(),
                result.status(), result.seconds());
        if (!Double.isNaN(result.bound())) {
            stdout.printf(Locale.ROOT, "bound %s  gap %s%n", Summary.number(result.bound()), Summary.percent(result.gap()));
        }
        stdout.print(EvaluationText.render(verdict, problem.currency()));
        stdout.println("plan written to " + planFile);
        return ExitCode.OK;
    }

    /** Why there is no plan; for a proven infeasible problem, which constraints must give way. */
    private String noPlan(Problem problem, SolveResult result, PlanSolver solver) {
        if (result.status() != Status.INFEASIBLE) {
            return "no feasible plan found within " + timeLimit.toMillis() / 1000.0 + " s (" + result.status() + ")"
                    + (solver instanceof MipSolver ? "" : "; the mip engine can prove infeasibility and say why");
        }
        StringBuilder why = new StringBuilder(problem.name()).append(" has no feasible plan (proven)");
        List<String> diagnosis = new MipSolver().diagnose(problem);
        if (!diagnosis.isEmpty()) {
            why.append("; what must give way:");
            diagnosis.forEach(d -> why.append(System.lineSeparator()).append("  - ").append(d));
        }
        return why.toString();
    }
}
