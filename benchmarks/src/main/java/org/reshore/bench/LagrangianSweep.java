package org.reshore.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.mip.MipSolver;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;

/**
 * The Lagrangian method over a set of OR-Library instances in one JVM, for comparing its settings:
 * the subgradient steps and nodes it needs are the same on any machine, the seconds are not.
 * Later rounds over the same set show the method once the JIT has compiled it.
 * Arguments: the instance directory, instance names separated by commas ({@code cap41} or
 * {@code capa_8000} for a capacity variant), rounds, time limit per instance in seconds, then
 * engine parameters as key=value ({@code deflection=0}, {@code nodeIterations=200}).
 * Prints per round the sums of solve seconds, steps and nodes and how many instances were not
 * proven, and per instance of the last round {@code name:seconds/steps/nodes}.
 */
public final class LagrangianSweep {
    private LagrangianSweep() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String[] names = args[1].split(",");
        int rounds = Integer.parseInt(args[2]);
        Duration limit = Duration.ofMillis((long) (Double.parseDouble(args[3]) * 1000));
        Map<String, String> params = BenchArgs.params(args, 4, Map.of("method", "lagrangian"));
        for (int round = 0; round < rounds; round++) {
            double seconds = 0;
            long steps = 0;
            long nodes = 0;
            int open = 0;
            StringBuilder each = new StringBuilder();
            for (String name : names) {
                Problem p = OrLibCflp.toProblem(OrLibCflp.read(dir.resolve(BenchArgs.file(name) + ".txt"),
                        BenchArgs.capacityValue(name)));
                SolveResult r = new MipSolver().solve(p, new SolveOptions(limit, 0, 1, 1e-9, params, null), e -> { });
                double s = r.statistics().get("solveSeconds").doubleValue();
                long k = r.statistics().get("lagrangianIterations").longValue();
                long n = r.statistics().getOrDefault("nodes", 0).longValue();
                seconds += s;
                steps += k;
                nodes += n;
                if (r.status() != Status.OPTIMAL) open++;
                each.append(String.format(Locale.ROOT, " %s:%.3f/%d/%d%s", name, s, k, n,
                        r.status() == Status.OPTIMAL ? "" : "!" + r.status()));
            }
            System.out.printf(Locale.ROOT, "%s round %d: solve %.3f s, steps %d, nodes %d, not proven %d%n",
                    params, round, seconds, steps, nodes, open);
            if (round == rounds - 1) System.out.println(each.toString().trim());
        }
    }
}
