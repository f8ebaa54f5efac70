package org.reshore.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.search.SearchSolver;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/**
 * Scale benchmark of the search engine on a generated problem ({@code reshore generate},
 * {@link org.reshore.generate.ProblemGenerator}): reads
 * the file, solves it with the search engine within a time limit, checks the plan with the
 * evaluator, and prints one CSV line (sizes, times, objective, feasibility, peak heap). The bound
 * to compare with comes from {@link LpRelaxation}, run in its own JVM.
 * <pre>
 * java -Xmx8g -cp ... org.reshore.bench.ScaleBenchmark PROBLEM.json SECONDS [config|-]
 * </pre>
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ScaleBenchmark PROBLEM.json SECONDS [config|-]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        double seconds = Double.parseDouble(args[1]);
        String config = args.length > 2 && !args[2].equals("-") ? args[2] : null;
        long t0 = System.nanoTime();
        Problem problem = new ProblemReader().read(file).problem();
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "read %s in %.1f s: %d sites, %d markets, %d products, %d periods, %d options, %d arcs%n",
                file.getFileName(), readSeconds, problem.sites().size(), problem.markets().size(), problem.products().size(),
                problem.periods().size(), problem.options().size(), problem.arcs().size());
        SolveOptions options = new SolveOptions(Duration.ofMillis(Math.round(seconds * 1000)), 0, 1, 1e-6,
                config == null ? Map.of() : Map.of("config", config), null);
        double[] firstFeasible = {Double.NaN, Double.NaN};
        double[] lastBest = {Double.NaN};
        long solveStart = System.nanoTime();
        SolveResult r = new SearchSolver().solve(problem, options, p -> {
            double at = (System.nanoTime() - solveStart) / 1e9;
            if (Double.isNaN(firstFeasible[0])) {
                firstFeasible[0] = at;
                firstFeasible[1] = p.best();
            }
            lastBest[0] = at;
            System.err.printf(Locale.ROOT, "  %.1f s: best %.6g%n", at, p.best());
        });
        double solveSeconds = (System.nanoTime() - solveStart) / 1e9;
        Evaluation ev = r.solution() == null ? null : new Evaluator().evaluate(problem, r.solution());
        System.err.println("config " + r.config());
        System.err.println("statistics " + r.statistics());
        System.out.println("problem,sites,markets,products,periods,options,arcs,read_s,solve_s,status,objective,"
                + "evaluator_feasible,evaluator_objective,first_feasible_s,first_feasible_objective,last_best_s,"
                + "score_calcs_per_second,flow_solves,start,peak_heap_mb,max_heap_mb");
        System.out.printf(Locale.ROOT, "%s,%d,%d,%d,%d,%d,%d,%.1f,%.1f,%s,%.2f,%s,%.2f,%.1f,%.2f,%.1f,%.2f,%s,%s,%d,%d%n",
                file.getFileName(), problem.sites().size(), problem.markets().size(), problem.products().size(),
                problem.periods().size(), problem.options().size(), problem.arcs().size(), readSeconds, solveSeconds,
                r.status(), r.objective(), ev == null ? "none" : ev.feasible(), ev == null ? Double.NaN : ev.objective(),
                firstFeasible[0], firstFeasible[1], lastBest[0],
                r.statistics().getOrDefault("scoreCalculationsPerSecond", 0).doubleValue(),
                r.statistics().get("flowSolves"), r.config().get("start"), peakHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Peak heap use since the JVM started, over all heap pools (an upper bound of the live peak). */
    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }

    static void ensureParent(Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
    }
}
