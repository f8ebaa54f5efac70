package org.reshore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reshore.engine.PlanSolver;
import org.reshore.engine.Progress;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.mip.ModelExport;
import org.reshore.model.Problem;

/**
 * A reference solver as a benchmark configuration ({@code "engine": "highs-js"}): HiGHS as the npm
 * package {@code highs} builds it (WebAssembly, single-threaded), run by node on the same MPS file
 * CBC gets, through benchmarks/tools/highs-js/solve.js. Its values are read back by variable name
 * into a plan, so the evaluator judges its answer like any engine's. Wall time includes writing the
 * file, starting node and loading the WebAssembly module; it is killed 30 s after its limit.
 *
 * <p>The folder is {@code RESHORE_HIGHS_JS} if set, else benchmarks/tools/highs-js found upward
 * from the working directory or from this program's jar; benchmarks/scripts/install-reference-solvers.sh
 * installs the package there.
 */
public final class HighsJsReference implements PlanSolver {
    static final String INSTALL = "benchmarks/scripts/install-reference-solvers.sh installs it";

    @Override
    public String name() {
        return "highs-js";
    }

    /** Whether node and the installed package are there. */
    public static boolean available() {
        return absence() == null;
    }

    /** Why HiGHS (npm highs) cannot run here, or null when it can. */
    public static String absence() {
        if (ExternalSolverRun.onPath("node") == null) return "no node on PATH: highs-js needs Node.js (" + INSTALL + " with npm)";
        Path dir = folder();
        if (dir == null) return "no benchmarks/tools/highs-js/solve.js found (set RESHORE_HIGHS_JS to its folder)";
        if (!Files.isRegularFile(dir.resolve("node_modules/highs/package.json"))) {
            return "the npm package highs is not installed in " + dir + " (" + INSTALL + ")";
        }
        return null;
    }

    /** The folder holding solve.js, or null. */
    static Path folder() {
        String set = System.getenv("RESHORE_HIGHS_JS");
        if (set != null && !set.isBlank()) return Files.isRegularFile(Path.of(set, "solve.js")) ? Path.of(set) : null;
        List<Path> from = new ArrayList<>();
        from.add(Path.of("").toAbsolutePath());
        try {
            from.add(Path.of(HighsJsReference.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (an unusual class loader): the working directory alone is searched
        }
        for (Path p : from) {
            for (Path d = p; d != null; d = d.getParent()) {
                Path dir = d.resolve("benchmarks/tools/highs-js");
                if (Files.isRegularFile(dir.resolve("solve.js"))) return dir;
            }
        }
        return null;
    }

    @Override
    public SolveResult solve(Problem problem, SolveOptions options, Consumer<Progress> progress) {
        long start = System.nanoTime();
        String why = absence();
        if (why != null) throw new IllegalArgumentException(why);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("solver", "highs-js");
        config.put("timeLimitSeconds", options.timeLimit().toMillis() / 1000.0);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("reshore-highs-js");
            Path mps = dir.resolve("model.mps");
            ModelExport.write(problem, mps, ModelExport.Format.MPS);
            double left = ExternalSolverRun.left(options.timeLimit(), start);
            List<String> cmd = List.of(ExternalSolverRun.onPath("node"), folder().resolve("solve.js").toString(),
                    mps.toString(), String.format(Locale.ROOT, "%.2f", left), Double.toString(options.gap()),
                    Long.toString(Math.floorMod(options.seed(), 1_000_000)));
            Path log = dir.resolve("highs-js.log");
            Integer exit = ExternalSolverRun.run(cmd, log, left);
            if (exit == null) return ExternalSolverRun.none(Status.NO_SOLUTION, start, config, Map.of("killed", 1));
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (exit != 0) throw new IllegalStateException("highs-js exited with " + exit + ": " + out.strip());
            return read(problem, out, start, config, progress);
        } catch (IOException e) {
            throw new IllegalStateException("highs-js: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExternalSolverRun.none(Status.INTERRUPTED, start, config, Map.of());
        } finally {
            ExternalSolverRun.delete(dir);
        }
    }

    /**
     * The result that solve.js's output describes: its last line is the JSON object (status, and
     * objective, bound, nodes, columns where HiGHS has them).
     */
    static SolveResult read(Problem problem, String output, long start, Map<String, Object> config,
            Consumer<Progress> progress) throws IOException {
        String[] lines = output.strip().split("\\R");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        if (json == null || !json.has("status")) throw new IOException("no result line in its output: " + output.strip());
        String highsStatus = json.get("status").asText();
        Map<String, Number> stats = new LinkedHashMap<>();
        if (json.has("nodes")) stats.put("nodes", json.get("nodes").asLong());
        JsonNode columns = json.get("columns");
        if (columns == null || !json.has("objective")) {
            Status none = highsStatus.equals("infeasible") ? Status.INFEASIBLE : Status.NO_SOLUTION;
            return ExternalSolverRun.none(none, start, config, stats);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        columns.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asDouble()));
        stats.put("variables", values.size());
        double objective = json.get("objective").asDouble();
        Status status = highsStatus.equals("optimal") ? Status.OPTIMAL : Status.FEASIBLE;
        double bound = status == Status.OPTIMAL ? objective
                : json.has("bound") ? json.get("bound").asDouble() : Double.NaN;
        return ExternalSolverRun.result(problem, values, status, objective, bound, start, config, stats, progress);
    }
}
