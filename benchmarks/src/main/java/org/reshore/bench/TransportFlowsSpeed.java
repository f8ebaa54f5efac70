package org.reshore.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;
import org.reshore.engine.search.flow.Operations;
import org.reshore.engine.search.flow.TransportFlows;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;

/**
 * Speed of the exact transport pricing along a local-search-like sequence of calls on one
 * OR-Library instance: a current configuration (random sites opened until capacity covers the
 * demand by a margin), each call one neighbour of it (a swap, an open or a close of one site,
 * so consecutive calls differ in up to four sites), and every 100 calls the neighbour becomes
 * the current configuration. The same sequence is priced from the last flows and from scratch;
 * the two costs must agree. Not a unit test: run it by hand,
 * <pre>
 * java -cp ... org.reshore.bench.TransportFlowsSpeed FILE [capacity] [calls] [limit...]
 * </pre>
 */
public final class TransportFlowsSpeed {
    private TransportFlowsSpeed() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        OptionalDouble capacity = args.length > 1 ? BenchArgs.capacityArg(args[1]) : OptionalDouble.empty();
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Problem problem = OrLibCflp.toProblem(OrLibCflp.read(file, capacity));
        int[] limits = {0, 8};
        if (args.length > 3) {
            limits = new int[args.length - 3];
            for (int k = 3; k < args.length; k++) limits[k - 3] = Integer.parseInt(args[k]);
        }
        double[] reference = null;
        System.out.println("limit,calls,micros_per_call,incremental,scratch");
        for (int limit : limits) {
            TransportFlows flows = new TransportFlows(problem);
            flows.incrementalLimit(Math.abs(limit));
            flows.adaptive(limit >= 0);
            double[] costs = new double[calls];
            int[][] sequence = sequence(problem, calls, 7);
            for (int k = 0; k < Math.min(50, calls); k++) flows.evaluate(sequence[k]); // warm-up (JIT)
            long began = System.nanoTime();
            for (int k = 0; k < calls; k++) {
                Operations ops = flows.evaluate(sequence[k]);
                costs[k] = ops.cost() + 1e3 * ops.violation();
            }
            double micros = (System.nanoTime() - began) / 1e3 / calls;
            long[] counts = flows.solveCounts();
            System.out.printf(Locale.ROOT, "%d,%d,%.0f,%d,%d%n", limit, calls, micros, counts[0], counts[1]);
            if (reference == null) reference = costs;
            for (int k = 0; k < calls; k++) {
                if (Math.abs(costs[k] - reference[k]) > 1e-9 * Math.abs(reference[k])) {
                    throw new IllegalStateException("call " + k + ": " + costs[k] + " against " + reference[k]);
                }
            }
        }
    }

    // Options are one per facility (OR-Library instances have no existing capacity).
    private static int[][] sequence(Problem problem, int calls, long seed) {
        Random random = new Random(seed);
        int n = problem.options().size();
        double demand = 0;
        for (var d : problem.demands()) demand += d.quantity();
        int[] current = new int[n];
        double cap = 0;
        while (cap < 1.1 * demand) {
            int o = random.nextInt(n);
            if (current[o] == 1) continue;
            current[o] = 1;
            cap += problem.option(o).capacity();
        }
        int[][] out = new int[calls][];
        for (int k = 0; k < calls; k++) {
            int[] next = current.clone();
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            int kind = random.nextInt(4);
            if (kind < 2 && next[a] != next[b]) { next[a] ^= 1; next[b] ^= 1; } // swap
            else next[a] ^= 1;                                                  // open or close
            out[k] = next;
            if (k % 100 == 99) current = next;
        }
        return out;
    }
}
