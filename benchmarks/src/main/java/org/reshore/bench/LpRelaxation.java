package org.reshore.bench;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.nio.file.Path;
import java.util.Locale;
import org.reshore.engine.lp.NativeLibraries;
import org.reshore.engine.mip.LinExpr;
import org.reshore.engine.mip.LinearModel;
import org.reshore.engine.mip.ReshoreModel;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/**
 * The LP relaxation of the mip engine's model of a problem: the same {@link ReshoreModel} (with
 * its strong linking rows), every integer build variable made continuous, solved by an LP solver
 * of OR-Tools (GLOP or HiGHS). Its optimum is a lower bound of every plan's weighted objective,
 * the yardstick for a plan that no exact solver can prove on large problems.
 * <pre>
 * java -Xmx8g -cp ... org.reshore.bench.LpRelaxation PROBLEM.json [glop|highs] [seconds]
 * </pre>
 * Prints one CSV line: model size, build and solve times, status and bound.
 */
public final class LpRelaxation {
    private LpRelaxation() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String backend = args.length > 1 ? args[1] : "glop";
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 600;
        Problem problem = new ProblemReader().read(file).problem();
        long t0 = System.nanoTime();
        ReshoreModel rm = new ReshoreModel(problem, true);
        LinearModel m = rm.linear();
        LinExpr objective = rm.weighted();
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        int integers = 0;
        long nonzeros = 0;
        for (int i = 0; i < m.numVars(); i++) if (m.isInteger(i)) integers++;
        for (LinearModel.Row r : m.rows()) nonzeros += r.expr().size();
        System.err.printf(Locale.ROOT, "model built in %.1f s: %d variables (%d integer, relaxed), %d rows, %d nonzeros%n",
                buildSeconds, m.numVars(), integers, m.rows().size(), nonzeros);

        long t1 = System.nanoTime();
        NativeLibraries.load();
        MPSolver solver = MPSolver.createSolver(backend.equalsIgnoreCase("highs") ? "HIGHS_LP" : "GLOP");
        if (solver == null) solver = MPSolver.createSolver(backend.toUpperCase(Locale.ROOT));
        double inf = MPSolver.infinity();
        MPVariable[] vars = new MPVariable[m.numVars()];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = solver.makeNumVar(bound(m.lb(i), inf), bound(m.ub(i), inf), "v" + i);
        }
        for (LinearModel.Row r : m.rows()) {
            MPConstraint c = solver.makeConstraint(bound(r.lb(), inf), bound(r.ub(), inf));
            LinExpr e = r.expr();
            for (int i = 0; i < e.size(); i++) c.setCoefficient(vars[e.var(i)], e.coef(i));
        }
        // Money in the millions next to unit costs of a few: hand the objective over divided by a power of ten.
        double max = 0;
        for (int i = 0; i < objective.size(); i++) max = Math.max(max, Math.abs(objective.coef(i)));
        double scale = max > 1e4 ? Math.pow(10, Math.floor(Math.log10(max)) - 3) : 1;
        MPObjective obj = solver.objective();
        for (int i = 0; i < objective.size(); i++) obj.setCoefficient(vars[objective.var(i)], objective.coef(i) / scale);
        obj.setMinimization();
        double loadSeconds = (System.nanoTime() - t1) / 1e9;
        solver.setTimeLimit(Math.round(seconds * 1000));
        long t2 = System.nanoTime();
        MPSolver.ResultStatus status = solver.solve();
        double solveSeconds = (System.nanoTime() - t2) / 1e9;
        double bound = status == MPSolver.ResultStatus.OPTIMAL ? obj.value() * scale + objective.constant() : Double.NaN;
        System.out.println("problem,lp_solver,variables,integer_relaxed,rows,nonzeros,build_s,load_s,solve_s,status,lp_bound,peak_heap_mb");
        System.out.printf(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%.1f,%.1f,%.1f,%s,%.2f,%d%n", file.getFileName(), backend, m.numVars(),
                integers, m.rows().size(), nonzeros, buildSeconds, loadSeconds, solveSeconds, status, bound,
                ScaleBenchmark.peakHeapMb());
        solver.delete();
    }

    private static double bound(double v, double inf) {
        if (v == Double.POSITIVE_INFINITY) return inf;
        if (v == Double.NEGATIVE_INFINITY) return -inf;
        return v;
    }
}
