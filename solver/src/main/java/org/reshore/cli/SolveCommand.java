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
import org.reshore.engine.StopSignal;
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
                    + " formulation to the backend), lagrangian (Lagrangian bound and fixing first; facility-location-shaped problems)"
                    + " or aggregate (the strong formulation with each site's equally priced lanes merged; facility-location-shaped"
                    + " problems)")
    String method;

    @Option(names = "--config", paramLabel = "FILE",
            description = "search engine: a reshore search configuration (.json) or an OptaPlanner solver config (.xml)")
    Path config;

    @Override
    public Integer call() throws Exception {
        // the time limit counts from here: reading the problem and building models are part of it
        long started = System.nanoTime();
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
        double readSeconds = (System.nanoTime() - started) / 1e9;
        if (readSeconds >= timeLimit.toMillis() / 1000.0) {
            throw new CliFailure(ExitCode.NO_PLAN, String.format(Locale.ROOT,
                    "the time limit (%s s) went on reading the problem (%.1f s); nothing was solved", timeLimit.toMillis() / 1000.0, readSeconds));
        }
        StopSignal stop = new StopSignal();
        try (CtrlC ctrlC = CtrlC.install(stop, err)) {
            Run run = run(problem, solver, params, stop, started);
            boolean interrupted = ctrlC.pressed();
            if (!run.engine().equals(solver.name()) && !interrupted) {
                err.println("reshore: the time limit was reached before the " + solver.name()
                        + " engine could start; the plan is the greedy warm start");
            }
            if (run.result().solution() == null || run.result().status() == Status.NO_SOLUTION
                    || run.result().status() == Status.INFEASIBLE) {
                if (interrupted) throw new CliFailure(ExitCode.INTERRUPTED, "interrupted before a plan was found; nothing written");
                throw new CliFailure(ExitCode.NO_PLAN, noPlan(problem, run.result(), solver));
            }
            write(problem, run, planFile, interrupted, stdout);
            return interrupted ? ExitCode.INTERRUPTED : ExitCode.OK;
        }
    }

    /** The result, and the name of the engine that made its plan (greedy when stopped during the warm start). */
    private record Run(SolveResult result, String engine) {}

    private Run run(Problem problem, PlanSolver solver, Map<String, String> params, StopSignal stop, long started) {
        Duration left = timeLimit.minusNanos(System.nanoTime() - started).minus(afterEngine());
        SolveOptions options = new SolveOptions(positive(left), seed, threads, gap, params, null, stop);
        ProgressPrinter progress = new ProgressPrinter(err());
        try (ProgressPrinter.Heartbeat beat = progress.heartbeat(started)) {
            if (!(solver instanceof GreedySolver) && solver.wantsWarmStart(problem, options)) {
                // the greedy plan is the warm start; it gets at most a quarter of the time left
                SolveOptions quick = new SolveOptions(positive(left.dividedBy(4)), seed, 1, gap, Map.of(), null, stop);
                SolveResult start = new GreedySolver(Engines.recourse()).solve(problem, quick, p -> { });
                left = timeLimit.minusNanos(System.nanoTime() - started).minus(afterEngine());
                // stopped during the warm start, or no time left for the engine (reading a large
                // problem can take most of a short limit): the warm start is the plan
                if (stop.requested() || left.toMillis() < 1) return new Run(start, "greedy");
                boolean warm = start.solution() != null && start.status() == Status.FEASIBLE;
                options = new SolveOptions(positive(left), seed, threads, gap, params, warm ? start.solution() : null, stop);
                err().printf(Locale.ROOT, "  %7.1fs  warm start %s; the %s engine starts%n", (System.nanoTime() - started) / 1e9,
                        warm ? "(greedy) " + Summary.number(start.objective()) : "none (greedy found no feasible plan)", solver.name());
                err().flush();
            } else if (!(solver instanceof GreedySolver)) {
                err().printf(Locale.ROOT, "  %7.1fs  the %s engine starts (no warm start: it makes its own first plans)%n",
                        (System.nanoTime() - started) / 1e9, solver.name());
                err().flush();
            }
            return new Run(solver.solve(problem, options, progress), solver.name());
        } catch (IllegalArgumentException e) {
            // engines refuse problems or configurations they cannot honour (robust mode in search, a bad config)
            throw new CliFailure(ExitCode.BAD_INPUT, e.getMessage());
        }
    }

    /**
     * Judges and writes the plan. The plan file holds no run-dependent figure (wall seconds, the
     * time left after the warm start): the same problem, engine, seed and threads give the same
     * bytes (docs/decisions/runs.md). Wall seconds are printed in the summary instead.
     */
    private void write(Problem problem, Run run, Path planFile, boolean interrupted, PrintWriter stdout) {
        SolveResult result = run.result();
        Evaluation verdict = Engines.evaluator(problem).evaluate(problem, result.solution());
        if (!verdict.feasible()) {
            stdout.print(EvaluationText.render(verdict, problem.currency()));
            if (interrupted) throw new CliFailure(ExitCode.INTERRUPTED, "interrupted; the plan so far is infeasible (violations above); nothing written");
            throw new CliFailure(ExitCode.NO_PLAN, "the evaluator finds the " + run.engine()
                    + " engine's plan infeasible (violations above); no plan written");
        }
        ObjectNode config = new ObjectMapper().valueToTree(result.config());
        // the run's limit, not what was left of it when the engine started (which varies from run to run)
        if (config.has("timeLimitSeconds")) config.put("timeLimitSeconds", timeLimit.toMillis() / 1000.0);
        PlanFile.SolverInfo info = new PlanFile.SolverInfo(run.engine(), config, result.status().name(),
                result.objective(), result.bound(), result.gap(), Double.NaN, seed);
        PlanFile plan = Plans.fromSolution(problem, result.solution(), info, verdict.toJson());
        try {
            PlanWriter.write(plan, planFile);
        } catch (java.io.IOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "cannot write the plan to " + planFile + ": " + e);
        }
        stdout.printf(Locale.ROOT, "%s  engine %s  status %s  %.2f s%n", problem.name(), run.engine(),
                result.status(), result.seconds());
        if (!Double.isNaN(result.bound())) {
            stdout.printf(Locale.ROOT, "bound %s  gap %s%n", Summary.number(result.bound()), Summary.percent(result.gap()));
        }
        stdout.print(EvaluationText.render(verdict, problem.currency()));
        stdout.println((interrupted ? "interrupted: best plan so far written to " : "plan written to ") + planFile);
    }

    /**
     * Kept from the engine's time for what follows it (judging the plan, writing it, the JVM's
     * exit): 0.3 s plus 2 % of the limit, at most a tenth of it. Measured: about 1 s for a plan of
     * 10,000 routes on the loaded build machine (docs/decisions/runs.md).
     */
    private Duration afterEngine() {
        long ms = timeLimit.toMillis();
        return Duration.ofMillis(Math.min(ms / 10, 300 + ms / 50));
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private static Duration positive(Duration d) {
        return d.toMillis() < 1 ? Duration.ofMillis(1) : d;
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
