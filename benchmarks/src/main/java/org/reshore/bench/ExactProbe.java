package org.reshore.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.engine.mip.MipSolver;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;

/**
 * One mip-engine solve of an OR-Library instance with a chosen method, printing the result and the
 * engine's statistics. Arguments: instance file (OR-Library, or a reshore/1 .json problem), capacity ("-" for none), time limit in seconds,
 * method (auto, strong, lagrangian), backend, gap, and "warm" to start from the greedy plan (its
 * time counts in the wall time) or "cold", then optional engine parameters as key=value
 * ({@code lagrangianIterations=20000}).
 * Prints one line: {@code instance status objective bound engineSeconds wallSeconds boundFrom statistics}.
 */
public final class ExactProbe {
    private ExactProbe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        OptionalDouble cap = BenchArgs.capacityArg(args[1]);
        double limit = Double.parseDouble(args[2]);
        long t0 = System.nanoTime();
        Problem p = file.toString().endsWith(".json") ? new org.reshore.io.ProblemReader().read(file).problem()
                : OrLibCflp.toProblem(OrLibCflp.read(file, cap));
        SolveOptions o = new SolveOptions(Duration.ofMillis((long) (limit * 1000)), 0, 1, Double.parseDouble(args[5]),
                // method and backend, then any key=value pairs given after the warm|cold argument
                BenchArgs.params(args, 7, Map.of("method", args[3], "backend", args[4])), null);
        if (args.length > 6 && args[6].equals("warm")) {
            SolveResult greedy = new GreedySolver().solve(p, SolveOptions.defaults(), e -> { });
            if (greedy.solution() != null) o = o.withWarmStart(greedy.solution());
        }
        SolveResult r = new MipSolver().solve(p, o, e -> System.err.printf(Locale.ROOT, "  %6.1f s  best %.4f  bound %.4f%n",
                e.elapsed().toMillis() / 1000.0, e.best(), e.bound()));
        System.out.println(String.format(Locale.ROOT, "%s %s %.6f %.6f %.2f %.2f %s %s", file.getFileName(), r.status(),
                r.objective(), r.bound(), r.seconds(), (System.nanoTime() - t0) / 1e9, r.config().get("boundFrom"),
                new java.util.TreeMap<>(r.statistics())));
    }
}
