package org.reshore.engine.mip;

import java.util.Arrays;

/**
 * Scale factors that the solver sees the model through: each continuous column j measured in
 * units of {@code col[j]} (x = col[j]·x'), about the size the variable can take, so that the
 * solver's variables are of order 1; integer columns keep their unit. Each row is then multiplied
 * by the power of two nearest the reciprocal geometric mean of its smallest and largest scaled
 * coefficient ({@link #rowFactor}). Every factor is a power of two: scaling and unscaling are exact.
 *
 * <p>A variable's size is its bound where it has one (a flow into a market is at most the
 * demand, a shortage too, a stockpile its maximum); else it is read off the rows it stands in
 * (a production grant's output is at most the site's output; a grant's share of capex at most
 * maxShare times the builds): the size of the rest of the row, or of the row's bound.
 *
 * <p>Why: one problem may hold a 1e13 USD capex and wafers at 2 USD each, 1e9 of them a year.
 * Once the objective is divided to bring the capex near 1e4, a wafer's cost is ~1e-9 a wafer,
 * below the solvers' optimality tolerance (1e-7): HiGHS, SCIP and CBC all "proved" optima that
 * routed wafers without regard to cost and dropped production credits worth 1e8 USD. Measured in
 * units of its size (~5e8 wafers), the same flow costs ~1 in the scaled objective and is
 * optimised again (docs/decisions/runs.md).
 */
final class Equilibration {
    /** Rounds of reading sizes off the rows (a size found in one round helps the next). */
    private static final int PASSES = 4;

    final double[] col;

    private Equilibration(double[] col) {
        this.col = col;
    }

    /** No scaling: every factor 1 (the LP/MPS export shows the model as written). */
    static Equilibration none(LinearModel m) {
        double[] col = new double[m.numVars()];
        Arrays.fill(col, 1);
        return new Equilibration(col);
    }

    static Equilibration of(LinearModel m) {
        int n = m.numVars();
        double[] size = new double[n];
        Arrays.fill(size, Double.NaN);
        for (int j = 0; j < n; j++) {
            double b = Math.max(Math.abs(m.lb(j)), Math.abs(m.ub(j)));
            if (Double.isFinite(b) && b > 0) size[j] = b;
        }
        for (int pass = 0; pass < PASSES; pass++) {
            boolean found = false;
            for (LinearModel.Row r : m.rows()) found |= readSizes(r, size);
            if (!found) break;
        }
        double[] col = new double[n];
        for (int j = 0; j < n; j++) col[j] = m.isInteger(j) || Double.isNaN(size[j]) ? 1 : powerOfTwo(size[j]);
        return new Equilibration(col);
    }

    // Gives each variable of unknown size in the row the size of the rest of the row (the largest
    // |coefficient|·size of the others, or the row's finite bound), divided by its coefficient.
    private static boolean readSizes(LinearModel.Row r, double[] size) {
        LinExpr x = r.expr();
        double rest = 0;
        for (double b : new double[] {r.lb(), r.ub()}) if (Double.isFinite(b)) rest = Math.max(rest, Math.abs(b));
        int unknown = 0;
        for (int k = 0; k < x.size(); k++) {
            double s = size[x.var(k)];
            if (Double.isNaN(s)) unknown++;
            else rest = Math.max(rest, Math.abs(x.coef(k)) * s);
        }
        if (unknown == 0 || !(rest > 0)) return false;
        for (int k = 0; k < x.size(); k++) {
            int j = x.var(k);
            if (Double.isNaN(size[j]) && x.coef(k) != 0) size[j] = rest / Math.abs(x.coef(k));
        }
        return true;
    }

    /** The factor for a row (also for rows added later, such as lexicographic holds). */
    static double rowFactor(LinExpr x, double[] col) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int k = 0; k < x.size(); k++) {
            double a = Math.abs(x.coef(k)) * col[x.var(k)];
            if (a == 0 || !Double.isFinite(a)) continue;
            lo = Math.min(lo, a);
            hi = Math.max(hi, a);
        }
        return hi > 0 ? powerOfTwo(1 / Math.sqrt(lo * hi)) : 1;
    }

    private static double powerOfTwo(double v) {
        if (!(v > 0) || !Double.isFinite(v)) return 1;
        return Math.scalb(1.0, Math.getExponent(v));
    }
}
