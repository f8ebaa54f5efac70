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
 * Arguments: instance file, capacity ("-" for none), time limit in seconds, backend, then
 * optionally "warm" to start from the greedy plan (its time counts in the wall time) and engine
 * parameters as {@code name=value} (for example {@code enumerateLeaves=16}).
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
        Map<String, String> params = new java.util.HashMap<>(Map.of("backend", backend));
        boolean warm = false;
        for (int i = 4; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq > 0) params.put(args[i].substring(0, eq), args[i].substring(eq + 1));
            else if (args[i].equals("warm")) warm = true;
            else throw new IllegalArgumentException("not 'warm' nor name=value: " + args[i]);
        }
        SolveOptions o = new SolveOptions(Duration.ofMillis((long) (limit * 1000)), 0, 1, 1e-9, params, null);
        if (warm) {
            SolveResult greedy = new GreedySolver().solve(p, SolveOptions.defaults(), e -> { });
            if (greedy.solution() != null) o = o.withWarmStart(greedy.solution());
        }
        SolveResult r = new MipSolver().solve(p, o, e -> { });
        System.out.println(String.format(Locale.ROOT, "%s %.10f %.10f %.4f %.4f", r.status(), r.objective(), r.bound(),
                r.seconds(), r.statistics().get("solveSeconds").doubleValue()));
    }
}
