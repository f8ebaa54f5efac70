package org.reshore.engine.mip;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.reshore.engine.Status;
import org.reshore.engine.lp.NativeLibraries;

/**
 * A {@link LinearModel} loaded into an OR-Tools {@code MPSolver} (HiGHS, SCIP, CBC or GLOP).
 * The objective is handed over divided by a scale (money in the billions next to unit costs of a
 * few dollars is badly conditioned) and every figure read back is multiplied by it again.
 */
final class OrToolsBackend implements AutoCloseable {
    /** Result of one solve: values per variable (null when none), objective and bound unscaled. */
    record Outcome(Status status, double[] values, double objective, double bound, String raw) {}

    private final MPSolver solver;
    private final MPVariable[] vars;
    private final String backend;
    private double scale = 1;
    private double constant;
    private double cutoff = Double.NaN;
    /** HiGHS writes its incumbent here: OR-Tools 9.15 drops it when the time limit stops HiGHS. */
    private final Path solutionFile;

    OrToolsBackend(LinearModel m, String backend) {
        NativeLibraries.load();
        this.backend = backend;
        solutionFile = "highs".equals(backend) ? tempFile() : null;
        MPSolver s = MPSolver.createSolver(solverId(backend));
        if (s == null) throw new IllegalArgumentException("OR-Tools has no solver \"" + backend + "\"");
        solver = s;
        solver.suppressOutput();
        double inf = MPSolver.infinity();
        vars = new MPVariable[m.numVars()];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = solver.makeVar(bound(m.lb(i), inf), bound(m.ub(i), inf), m.isInteger(i), m.name(i));
        }
        for (LinearModel.Row r : m.rows()) addRow(r);
        highsOptions();
    }

    /** Whether the backend takes a starting point through setHint (HiGHS through MPSolver crashes on it). */
    boolean takesHints() {
        return !"highs".equals(backend);
    }

    /**
     * Tells the solver that only plans cheaper than {@code value} (unscaled objective) are of
     * interest: HiGHS's objective_bound. Used to pass a warm start's value where hints are unsafe.
     */
    void setCutoff(double value) {
        cutoff = value;
        highsOptions();
    }

    private void highsOptions() {
        if (!"highs".equals(backend)) return;
        StringBuilder b = new StringBuilder("output_flag=false\n");
        if (solutionFile != null) {
            b.append("write_solution_to_file=true\nwrite_solution_style=0\nsolution_file=").append(solutionFile).append('\n');
        }
        if (!Double.isNaN(cutoff)) b.append("objective_bound=").append((cutoff - constant) / scale).append('\n');
        // the return value is false even when HiGHS takes the options: nothing to check here
        solver.setSolverSpecificParametersAsString(b.toString());
    }

    static String solverId(String backend) {
        return switch (backend.toLowerCase(Locale.ROOT)) {
            case "highs" -> "HIGHS";
            case "scip" -> "SCIP";
            case "cbc" -> "CBC";
            case "glop" -> "GLOP";
            default -> throw new IllegalArgumentException("unknown backend \"" + backend
                    + "\" (known: highs, scip, cbc, glop)");
        };
    }

    private static double bound(double v, double inf) {
        if (v == Double.POSITIVE_INFINITY) return inf;
        if (v == Double.NEGATIVE_INFINITY) return -inf;
        return v;
    }

    void addRow(LinearModel.Row r) {
        double inf = MPSolver.infinity();
        MPConstraint c = solver.makeConstraint(bound(r.lb(), inf), bound(r.ub(), inf), r.name());
        LinExpr e = r.expr();
        for (int i = 0; i < e.size(); i++) c.setCoefficient(vars[e.var(i)], e.coef(i));
    }

    /** Minimise {@code e}, handed to the solver divided by {@code scale}. */
    void setObjective(LinExpr e, double scale) {
        this.scale = scale;
        this.constant = e.constant();
        MPObjective obj = solver.objective();
        obj.clear();
        e.compact();
        for (int i = 0; i < e.size(); i++) obj.setCoefficient(vars[e.var(i)], e.coef(i) / scale);
        obj.setMinimization();
        highsOptions();
    }

    /** Gives the solver a starting point; {@code given[i]} false leaves variable i to the solver. */
    void setHint(double[] values, boolean[] given) {
        int n = 0;
        for (boolean g : given) if (g) n++;
        MPVariable[] hv = new MPVariable[n];
        double[] hx = new double[n];
        int k = 0;
        for (int i = 0; i < vars.length; i++) {
            if (!given[i]) continue;
            hv[k] = vars[i];
            hx[k++] = values[i];
        }
        solver.setHint(hv, hx);
    }

    Outcome solve(long timeLimitMillis, double relativeGap, int threads) {
        solver.setTimeLimit(Math.max(1, timeLimitMillis));
        if (threads > 0) solver.setNumThreads(threads);
        MPSolverParameters params = new MPSolverParameters();
        if (solver.isMip() || !"glop".equals(backend)) {
            params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, Math.max(0, relativeGap));
        }
        if (solutionFile != null) deleteQuietly(solutionFile);
        MPSolver.ResultStatus rs;
        try {
            rs = solver.solve(params);
        } catch (IllegalArgumentException e) {
            // status 99 (MPSOLVER_UNKNOWN_STATUS) has no Java constant: HiGHS stopped on the limit
            rs = MPSolver.ResultStatus.NOT_SOLVED;
        }
        Status status = switch (rs) {
            case OPTIMAL -> Status.OPTIMAL;
            case FEASIBLE -> Status.FEASIBLE;
            case INFEASIBLE -> Status.INFEASIBLE;
            default -> Status.NO_SOLUTION;
        };
        if (status != Status.OPTIMAL && status != Status.INFEASIBLE && solutionFile != null) {
            double[] x = HighsSolutionFile.read(solutionFile, vars.length);
            if (x != null) {
                double obj = objectiveAt(x);
                return new Outcome(Status.FEASIBLE, x, obj, Double.NaN, rs.name() + " (incumbent from HiGHS's solution file)");
            }
        }
        if (status != Status.OPTIMAL && status != Status.FEASIBLE) {
            return new Outcome(status, null, Double.NaN, Double.NaN, rs.name());
        }
        double[] x = new double[vars.length];
        for (int i = 0; i < vars.length; i++) x[i] = vars[i].solutionValue();
        double obj = solver.objective().value() * scale + constant;
        double bound;
        try {
            bound = solver.isMip() ? solver.objective().bestBound() * scale + constant : obj;
        } catch (RuntimeException e) {
            bound = Double.NaN;
        }
        return new Outcome(status, x, obj, bound, rs.name());
    }

    private double objectiveAt(double[] x) {
        MPObjective obj = solver.objective();
        double v = 0;
        for (int i = 0; i < vars.length; i++) v += obj.getCoefficient(vars[i]) * x[i];
        return v * scale + constant;
    }

    private static Path tempFile() {
        try {
            Path f = Files.createTempFile("reshore-highs-", ".sol");
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            return null; // no incumbent rescue, everything else works
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            // a stale file is recognised as such: it is deleted before each solve
        }
    }

    String exportLp() {
        return solver.exportModelAsLpFormat(false);
    }

    String exportMps() {
        return solver.exportModelAsMpsFormat(true, false);
    }

    @Override
    public void close() {
        solver.delete();
        if (solutionFile != null) deleteQuietly(solutionFile);
    }
}
