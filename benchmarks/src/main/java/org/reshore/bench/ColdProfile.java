package org.reshore.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.mip.MipSolver;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;

/**
 * Where a cold JVM's solve time goes: the mip engine solves an OR-Library instance once per
 * fresh JVM while a second thread reads the solving thread's stack about every 0.2 ms (plus the
 * time the read takes); only samples inside the Lagrangian method's solve count (not building,
 * not the evaluator). Each sample goes to the first of these its stack holds: class loading,
 * call-site linking (lambdas, string concatenation), pricing a plan, the root's fixing test,
 * the tree (fixing, enumeration, the plan), the relaxation's steps; else "other".
 *
 * <p>Arguments: instance file, number of fresh JVMs (each prints its counts; the parent adds
 * them up and prints shares). Example:
 * {@code java -cp "$CP" org.reshore.bench.ColdProfile benchmarks/instances/orlib-cflp/cap41.txt 30}
 */
public final class ColdProfile {
    private static final String[][] PARTS = {
        {"class loading", "java.lang.ClassLoader.loadClass"},
        {"call-site linking", "java.lang.invoke.MethodHandleNatives.linkCallSite"},
        {"pricing plans", "org.reshore.engine.mip.LagrangianMethod.price"},
        {"root's fixing tests", "org.reshore.engine.mip.LagrangianMethod.rootFixing"},
        {"tree", "org.reshore.engine.mip.LagrangianMethod.branchAndBound"},
        {"relaxation's steps", "org.reshore.engine.mip.LagrangianMethod.subgradient"},
    };

    private ColdProfile() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[2].equals("--one")) {
            one(Path.of(args[0]));
            return;
        }
        int runs = Integer.parseInt(args[1]);
        long[] total = new long[PARTS.length + 1];
        double solveSeconds = 0;
        for (int r = 0; r < runs; r++) {
            String out = MipVsCbc.run(List.of(MipVsCbc.javaBin(), "-cp", System.getProperty("java.class.path"),
                    ColdProfile.class.getName(), args[0], "1", "--one"), 120).trim();
            String[] f = out.substring(out.lastIndexOf('\n') + 1).split(" ");
            solveSeconds += Double.parseDouble(f[0]);
            for (int k = 0; k < total.length; k++) total[k] += Long.parseLong(f[k + 1]);
        }
        long samples = 0;
        for (long t : total) samples += t;
        System.out.printf(Locale.ROOT, "%d cold solves, mean solve %.4f s, %d samples in the solve%n", runs,
                solveSeconds / runs, samples);
        for (int k = 0; k < total.length; k++) {
            System.out.printf(Locale.ROOT, "%5.1f%% %s%n", 100.0 * total[k] / Math.max(1, samples),
                    k < PARTS.length ? PARTS[k][0] : "other");
        }
    }

    // One cold solve with the sampler: prints the solve seconds and the counts per part.
    private static void one(Path file) throws Exception {
        Problem p = OrLibCflp.toProblem(OrLibCflp.read(file, OptionalDouble.empty()));
        SolveOptions o = new SolveOptions(Duration.ofSeconds(60), 0, 1, 1e-9, Map.of(), null);
        Thread solver = Thread.currentThread();
        long[] counts = new long[PARTS.length + 1];
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                count(solver.getStackTrace(), counts);
                long t = System.nanoTime();
                while (System.nanoTime() - t < 200_000) Thread.onSpinWait();
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        SolveResult r = new MipSolver().solve(p, o, e -> { });
        done.set(true);
        sampler.join();
        StringBuilder line = new StringBuilder(String.valueOf(r.statistics().get("solveSeconds")));
        for (long c : counts) line.append(' ').append(c);
        System.out.println(line);
    }

    private static void count(StackTraceElement[] stack, long[] counts) {
        List<String> frames = new ArrayList<>();
        boolean inSolve = false;
        for (StackTraceElement e : stack) {
            String m = e.getClassName() + "." + e.getMethodName();
            frames.add(m);
            if (m.equals("org.reshore.engine.mip.LagrangianMethod.solve")) inSolve = true;
            if (e.getClassName().equals("org.reshore.evaluate.Evaluator")) return;
        }
        if (!inSolve) return;
        for (int k = 0; k < PARTS.length; k++) {
            if (frames.contains(PARTS[k][1])) {
                counts[k]++;
                return;
            }
        }
        counts[PARTS.length]++;
    }
}
