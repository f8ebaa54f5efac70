package org.reshore.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.Progress;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.mip.ModelExport;
import org.reshore.model.Problem;

/**
 * A reference solver as a benchmark configuration ({@code "engine": "cbc"}): COIN-OR CBC, the
 * program on PATH (Debian's coinor-cbc; benchmarks/scripts/install-reference-solvers.sh), on the
 * MPS file {@code reshore export} writes. Its solution is read back by variable name into a plan,
 * so the evaluator judges CBC's answer like any engine's. Wall time includes writing the file and
 * starting the process; CBC is killed 30 s after its limit if it has not stopped.
 */
public final class CbcReference implements PlanSolver {
    private static final Pattern LOWER = Pattern.compile("Lower bound:\\s+(\\S+)");

    @Override
    public String name() {
        return "cbc";
    }

    /** Whether a cbc program is on PATH. */
    public static boolean available() {
        return absence() == null;
    }

    /** Why CBC cannot run here, or null when it can. */
    public static String absence() {
        return ExternalSolverRun.onPath("cbc") == null
                ? "no cbc on PATH (benchmarks/scripts/install-reference-solvers.sh installs it)" : null;
    }

    @Override
    public SolveResult solve(Problem problem, SolveOptions options, Consumer<Progress> progress) {
        long start = System.nanoTime();
        String cbc = ExternalSolverRun.onPath("cbc");
        if (cbc == null) throw new IllegalArgumentException(absence());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("solver", "cbc");
        config.put("timeLimitSeconds", options.timeLimit().toMillis() / 1000.0);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("reshore-cbc");
            Path mps = dir.resolve("model.mps");
            Path sol = dir.resolve("solution.txt");
            ModelExport.write(problem, mps, ModelExport.Format.MPS);
            double left = ExternalSolverRun.left(options.timeLimit(), start);
            List<String> cmd = List.of(cbc, mps.toString(), "-sec", String.format(Locale.ROOT, "%.2f", left),
                    "-threads", Integer.toString(options.threads()), "-ratioGap", Double.toString(options.gap()),
                    "-randomSeed", Long.toString(Math.floorMod(options.seed(), 1_000_000) + 1), "-solve", "-solu",
                    sol.toString(), "-quit");
            Path log = dir.resolve("cbc.log");
            Integer exit = ExternalSolverRun.run(cmd, log, left);
            if (exit == null) return none(Status.NO_SOLUTION, start, config, Map.of("killed", 1));
            String text = Files.readString(log, StandardCharsets.UTF_8);
            if (!Files.isRegularFile(sol)) return none(Status.NO_SOLUTION, start, config, Map.of("exitCode", exit));
            List<String> lines = Files.readAllLines(sol, StandardCharsets.UTF_8);
            String head = lines.isEmpty() ? "" : lines.get(0);
            Status status = head.startsWith("Optimal") ? Status.OPTIMAL
                    : head.contains("Infeasible") || head.contains("infeasible") ? Status.INFEASIBLE
                    : head.contains("no integer solution") ? Status.NO_SOLUTION : Status.FEASIBLE;
            if (status == Status.INFEASIBLE || status == Status.NO_SOLUTION) return none(status, start, config, Map.of());
            Map<String, Double> values = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.replace("**", " ").trim().split("\\s+");
                if (f.length >= 3) values.put(f[1], Double.parseDouble(f[2]));
            }
            double objective = Double.parseDouble(head.replaceAll(".*objective value\\s+", "").trim().split("\\s+")[0]);
            Matcher m = LOWER.matcher(text);
            double bound = status == Status.OPTIMAL ? objective : m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
            Map<String, Number> stats = new LinkedHashMap<>();
            stats.put("variables", values.size());
            Matcher nodes = Pattern.compile("Enumerated nodes:\\s+(\\d+)").matcher(text);
            if (nodes.find()) stats.put("nodes", Long.parseLong(nodes.group(1)));
            return ExternalSolverRun.result(problem, values, status, objective, bound, start, config, stats, progress);
        } catch (IOException e) {
            throw new IllegalStateException("cbc: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return none(Status.INTERRUPTED, start, config, Map.of());
        } finally {
            ExternalSolverRun.delete(dir);
        }
    }

    private static SolveResult none(Status status, long start, Map<String, Object> config, Map<String, Number> stats) {
        return ExternalSolverRun.none(status, start, config, stats);
    }
}
