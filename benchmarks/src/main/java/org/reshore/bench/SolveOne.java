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
 * One reshore solve in its own process, so that the benchmark can time the whole process (JVM
 * start, reading, native loading, model building, solving) the way a user meets it.
 * Arguments: instance file, capacity ("-" for none), time limit in seconds, backend, and
 * optionally "warm" to start from the greedy plan (its time counts in the wall time).
 * Prints one line: {@code status objective bound engineSeconds solveSeconds}.
 */
public final class SolveOne {
    private SolveOne() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        OptionalDouble cap = BenchArgs.capacityArg(args[1]);
        double limit = Double.parseDouble(args[2]);
        String backend = args[3];
        Problem p = OrLibCflp.toProblem(OrLibCflp.read(file, cap));
        SolveOptions o = new SolveOptions(Duration.ofMillis((long) (limit * 1000)), 0, 1, 1e-9,
                Map.of("backend", backend), null);
        if (args.length > 4 && args[4].equals("warm")) {
            SolveResult greedy = new GreedySolver().solve(p, SolveOptions.defaults(), e -> { });
            if (greedy.solution() != null) o = o.withWarmStart(greedy.solution());
        }
        SolveResult r = new MipSolver().solve(p, o, e -> { });
        System.out.println(String.format(Locale.ROOT, "%s %.10f %.10f %.4f %.4f", r.status(), r.objective(), r.bound(),
                r.seconds(), r.statistics().get("solveSeconds").doubleValue()));
    }
}
