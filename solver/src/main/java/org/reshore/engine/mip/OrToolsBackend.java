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
import org.reshore.engine.StopSignal;
import org.reshore.engine.lp.NativeLibraries;

/**
 * A {@link LinearModel} loaded into an OR-Tools {@code MPSolver} (HiGHS, SCIP, CBC or GLOP).
 * The solver sees the model through {@link Equilibration} (rows and continuous columns scaled by
 * powers of two) and the objective divided by a scale (money in the billions next to unit costs
 * of a few dollars is badly conditioned); every figure read back is unscaled again, so callers
 * only ever see the model's own units.
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
    /** The objective's coefficients as given (unscaled), by variable. */
    private double[] objective = new double[0];
    /** HiGHS writes its incumbent here: OR-Tools 9.15 drops it when the time limit stops HiGHS. */
    private final Path solutionFile;
    /** HiGHS appends every better plan here while it runs: the incumbent of an abandoned solve. */
    private final Path improvingFile;
    private double gap = Double.NaN;
    private StopSignal stop = new StopSignal();
    /** Set when a solve was abandoned: the native solver is still running and frees itself. */
    private boolean abandoned;
    /** x = colScale[j]·x' where x' is the solver's variable (powers of two; 1 for integers). */
    private final double[] colScale;
    private final boolean equilibrated;

    /** The model as the solvers should see it: equilibrated. */
    OrToolsBackend(LinearModel m, String backend) {
        this(m, backend, true);
    }

    /** {@code equilibrate} false keeps the model's own units. */
    OrToolsBackend(LinearModel m, String backend, boolean equilibrate) {
        NativeLibraries.load();
        this.backend = backend;
        solutionFile = "highs".equals(backend) ? tempFile(".sol") : null;
        improvingFile = "highs".equals(backend) ? tempFile(".improving.sol") : null;
        MPSolver s = MPSolver.createSolver(solverId(backend));
        if (s == null) throw new IllegalArgumentException("OR-Tools has no solver \"" + backend + "\"");
        solver = s;
        solver.suppressOutput();
        equilibrated = equilibrate;
        colScale = (equilibrate ? Equilibration.of(m) : Equilibration.none(m)).col;
        double inf = MPSolver.infinity();
        vars = new MPVariable[m.numVars()];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = solver.makeVar(bound(m.lb(i) / colScale[i], inf), bound(m.ub(i) / colScale[i], inf), m.isInteger(i),
                    m.name(i));
        }
        for (LinearModel.Row r : m.rows()) addRow(r);
        highsOptions();
        // SCIP catches SIGINT itself while it solves (and ends the solve as if it were done):
        // Ctrl-C belongs to the command line, which stops SCIP through interruptSolve
        if ("scip".equals(backend)) solver.setSolverSpecificParametersAsString("misc/catchctrlc = FALSE\n");
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
        if (!"highs".equals(backend) || abandoned) return;
        StringBuilder b = new StringBuilder("output_flag=false\n");
        if (solutionFile != null) {
            b.append("write_solution_to_file=true\nwrite_solution_style=0\nsolution_file=").append(solutionFile).append('\n');
        }
        if (improvingFile != null) {
            b.append("mip_improving_solution_file=").append(improvingFile).append("\nmip_improving_solution_report_sparse=true\n");
        }
        // OR-Tools 9.15 does not pass MPSolverParameters' relative gap on to HiGHS (its default is 1e-4)
        if (!Double.isNaN(gap)) b.append("mip_rel_gap=").append(gap).append('\n');
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
        if (abandoned) return; // the native solver is gone or busy; no further solve will run
        double inf = MPSolver.infinity();
        LinExpr e = r.expr();
        double f = equilibrated ? Equilibration.rowFactor(e, colScale) : 1;
        MPConstraint c = solver.makeConstraint(bound(r.lb() * f, inf), bound(r.ub() * f, inf), r.name());
        for (int i = 0; i < e.size(); i++) c.setCoefficient(vars[e.var(i)], e.coef(i) * colScale[e.var(i)] * f);
    }

    /**
     * Minimise {@code e}, handed to the solver divided by {@code scale} (by a further power of ten
     * when the scaled columns make some coefficient larger than 1e4).
     */
    void setObjective(LinExpr e, double scale) {
        this.constant = e.constant();
        e.compact();
        objective = new double[vars.length];
        double max = 0;
        for (int i = 0; i < e.size(); i++) {
            objective[e.var(i)] += e.coef(i);
            max = Math.max(max, Math.abs(e.coef(i) * colScale[e.var(i)]) / scale);
        }
        // not equilibrated: the objective stays in base currency
        this.scale = equilibrated && max > 1e4 && Double.isFinite(max) ? scale * Math.pow(10, Math.floor(Math.log10(max)) - 3) : scale;
        if (abandoned) return;
        MPObjective obj = solver.objective();
        obj.clear();
        for (int i = 0; i < e.size(); i++) obj.setCoefficient(vars[e.var(i)], e.coef(i) * colScale[e.var(i)] / this.scale);
        obj.setMinimization();
        highsOptions();
    }

    /** Gives the solver a starting point; {@code given[i]} false leaves variable i to the solver. */
    void setHint(double[] values, boolean[] given) {
        if (abandoned) return;
        int n = 0;
        for (boolean g : given) if (g) n++;
        MPVariable[] hv = new MPVariable[n];
        double[] hx = new double[n];
        int k = 0;
        for (int i = 0; i < vars.length; i++) {
            if (!given[i]) continue;
            hv[k] = vars[i];
            hx[k++] = values[i] / colScale[i];
        }
        solver.setHint(hv, hx);
    }

    /**
     * Lets {@code signal} stop the solves: SCIP is interrupted; HiGHS and CBC, which ignore
     * OR-Tools' interruptSolve, are abandoned (see {@link NativeSolve}), HiGHS's last improving
     * plan read from its file. A stopped solve's outcome has status INTERRUPTED.
     */
    void stopOn(StopSignal signal) {
        stop = signal;
    }

    /**
     * Solves within {@code timeLimitMillis}: the solver gets that limit less a grace (at most
     * {@link NativeSolve#GRACE_MILLIS}), and a watchdog makes the limit hold where the solver
     * would overshoot it.
     */
    Outcome solve(long timeLimitMillis, double relativeGap, int threads) {
        long grace = NativeSolve.graceMillis(timeLimitMillis);
        long interruptAt = System.nanoTime() + (timeLimitMillis - grace) * 1_000_000;
        if (abandoned) return new Outcome(Status.NO_SOLUTION, null, Double.NaN, Double.NaN, "solver abandoned earlier");
        if (stop.requested()) return new Outcome(Status.INTERRUPTED, null, Double.NaN, Double.NaN, "stopped before the solve");
        // the time went on building the model: starting the solver would only overrun the limit
        if (timeLimitMillis <= 1) return new Outcome(Status.NO_SOLUTION, null, Double.NaN, Double.NaN, "no time left to solve");
        solver.setTimeLimit(Math.max(1, timeLimitMillis - grace));
        if (threads > 0) solver.setNumThreads(threads);
        MPSolverParameters params = new MPSolverParameters();
        if (solver.isMip() || !"glop".equals(backend)) {
            params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, Math.max(0, relativeGap));
            gap = Math.max(0, relativeGap);
            highsOptions();
        }
        if (solutionFile != null) deleteQuietly(solutionFile);
        if (improvingFile != null) deleteQuietly(improvingFile);
        NativeSolve.Result run = NativeSolve.solve(solver, params, interruptAt, grace, stop, this::releaseSolver);
        Outcome out = run.abandoned() ? abandonedOutcome(run) : outcome(run.status());
        if (run.end() != NativeSolve.End.STOPPED || out.status() == Status.OPTIMAL || out.status() == Status.INFEASIBLE) {
            return out;
        }
        return new Outcome(Status.INTERRUPTED, out.values(), out.objective(), out.bound(), out.raw() + " (stopped on request)");
    }

    private Outcome abandonedOutcome(NativeSolve.Result run) {
        abandoned = true;
        String why = run.end() == NativeSolve.End.DEADLINE ? "abandoned at the time limit" : "abandoned on a stop request";
        double[] x = unscaled(HighsSolutionFile.readLastImproving(improvingFile, vars.length));
        if (improvingFile != null) deleteQuietly(improvingFile);
        if (x == null) return new Outcome(Status.NO_SOLUTION, null, Double.NaN, Double.NaN, why);
        return new Outcome(Status.FEASIBLE, x, objectiveAt(x), Double.NaN, why + " (incumbent from HiGHS's improving-solution file)");
    }

    private Outcome outcome(MPSolver.ResultStatus rs) {
        Status status = switch (rs) {
            case OPTIMAL -> Status.OPTIMAL;
            case FEASIBLE -> Status.FEASIBLE;
            case INFEASIBLE -> Status.INFEASIBLE;
            default -> Status.NO_SOLUTION;
        };
        if (status != Status.OPTIMAL && status != Status.INFEASIBLE && solutionFile != null) {
            double[] x = unscaled(HighsSolutionFile.read(solutionFile, vars.length));
            if (x == null) x = unscaled(HighsSolutionFile.readLastImproving(improvingFile, vars.length));
            if (x != null) {
                double obj = objectiveAt(x);
                return new Outcome(Status.FEASIBLE, x, obj, Double.NaN, rs.name() + " (incumbent from HiGHS's solution file)");
            }
        }
        if (status != Status.OPTIMAL && status != Status.FEASIBLE) {
            return new Outcome(status, null, Double.NaN, Double.NaN, rs.name());
        }
        double[] x = new double[vars.length];
        for (int i = 0; i < vars.length; i++) x[i] = vars[i].solutionValue() * colScale[i];
        double obj = solver.objective().value() * scale + constant;
        double bound;
        try {
            bound = solver.isMip() ? solver.objective().bestBound() * scale + constant : obj;
        } catch (RuntimeException e) {
            bound = Double.NaN;
        }
        if ("highs".equals(backend) && solver.isMip() && status == Status.OPTIMAL) {
            // OR-Tools 9.15 reports HiGHS's best solution as its best bound (on the merged
            // 1000 × 1000 model: 3,351,985.50 for both, where HiGHS's log said dual bound
            // 3,351,656.26). What HiGHS guarantees when it stops OPTIMAL is its gap tolerances:
            // relative mip_rel_gap of the solver's objective, absolute 1e-6 (mip_abs_gap)
            double relative = Double.isNaN(gap) ? 1e-4 : gap; // HiGHS's own default where none was set
            bound = Math.min(bound, obj - Math.max(relative * Math.abs(obj - constant), 1e-6 * scale));
        }
        return new Outcome(status, x, obj, bound, rs.name());
    }

    /** The solver's values in the model's units (null stays null). */
    private double[] unscaled(double[] solverValues) {
        if (solverValues == null) return null;
        for (int i = 0; i < solverValues.length; i++) solverValues[i] *= colScale[i];
        return solverValues;
    }

    // From the Java copy of the objective: the native solver may still be busy (abandoned).
    private double objectiveAt(double[] x) {
        double v = constant;
        for (int i = 0; i < x.length; i++) v += objective[i] * x[i];
        return v;
    }

    private static Path tempFile(String suffix) {
        try {
            Path f = Files.createTempFile("reshore-highs-", suffix);
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

    @Override
    public void close() {
        // an abandoned solve still runs in native code: it frees the solver when it returns
        if (!abandoned) release();
    }

    private void release() {
        releaseSolver();
        if (improvingFile != null) deleteQuietly(improvingFile);
    }

    private void releaseSolver() {
        solver.delete();
        if (solutionFile != null) deleteQuietly(solutionFile);
    }
}
