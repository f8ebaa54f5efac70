package org.reshore.engine.mip;

import java.util.List;

/**
 * Writes a {@link LinearModel} and an objective as free-format MPS: NAME, ROWS (the objective
 * row {@code obj} first, N), COLUMNS (integer columns between {@code MARKER INTORG/INTEND}),
 * RHS, RANGES (a row with two finite sides is a G row at its lower side with the range
 * {@code ub − lb}), BOUNDS, ENDATA. No OBJSENSE section (GLPK does not read it): MPS minimises. One entry per line; numbers at full precision
 * ({@link ExportNumbers}). Every integer column has both its bounds written (an LO and an UP, or
 * PL when unbounded above): several readers take an integer column without bounds for a binary.
 * A column in no row and not in the objective is listed with a 0 objective coefficient, so that
 * it still exists for the reader. A row with no finite side is written as an N row.
 */
final class MpsWriter {
    private MpsWriter() {}

    static void write(StringBuilder b, String name, LinearModel m, double[] objective, ExportNames names) {
        List<LinearModel.Row> rows = m.rows();
        b.append("NAME ").append(ExportNames.mps(name)).append('\n');
        b.append("ROWS\n N  ").append(ExportNames.OBJECTIVE).append('\n');
        for (int r = 0; r < rows.size(); r++) b.append(' ').append(sense(rows.get(r))).append("  ").append(names.rows[r]).append('\n');
        columns(b, m, objective, names);
        b.append("RHS\n");
        for (int r = 0; r < rows.size(); r++) {
            LinearModel.Row row = rows.get(r);
            char s = sense(row);
            double rhs = s == 'L' ? row.ub() : s == 'N' ? 0 : row.lb();
            if (rhs != 0) entry(b, "RHS", names.rows[r], rhs);
        }
        boolean ranges = false;
        for (int r = 0; r < rows.size(); r++) {
            LinearModel.Row row = rows.get(r);
            if (!ranged(row)) continue;
            if (!ranges) b.append("RANGES\n");
            ranges = true;
            entry(b, "RNG", names.rows[r], row.ub() - row.lb());
        }
        b.append("BOUNDS\n");
        for (int v = 0; v < m.numVars(); v++) bounds(b, names.columns[v], m.lb(v), m.ub(v), m.isInteger(v));
        b.append("ENDATA\n");
    }

    private static boolean ranged(LinearModel.Row r) {
        return Double.isFinite(r.lb()) && Double.isFinite(r.ub()) && r.lb() != r.ub();
    }

    private static char sense(LinearModel.Row r) {
        boolean lo = Double.isFinite(r.lb());
        boolean up = Double.isFinite(r.ub());
        if (lo && up) return r.lb() == r.ub() ? 'E' : 'G';
        return lo ? 'G' : up ? 'L' : 'N';
    }

    /** COLUMNS, column by column: the model's rows transposed into arrays (no boxing). */
    private static void columns(StringBuilder b, LinearModel m, double[] objective, ExportNames names) {
        int n = m.numVars();
        List<LinearModel.Row> rows = m.rows();
        int[] start = new int[n + 1];
        for (LinearModel.Row row : rows) for (int i = 0; i < row.expr().size(); i++) start[row.expr().var(i) + 1]++;
        for (int v = 0; v < n; v++) start[v + 1] += start[v];
        int[] fill = java.util.Arrays.copyOf(start, n);
        int[] rowOf = new int[start[n]];
        double[] coef = new double[start[n]];
        for (int r = 0; r < rows.size(); r++) {
            LinExpr e = rows.get(r).expr();
            for (int i = 0; i < e.size(); i++) {
                int k = fill[e.var(i)]++;
                rowOf[k] = r;
                coef[k] = e.coef(i);
            }
        }
        b.append("COLUMNS\n");
        boolean inInt = false;
        int markers = 0;
        for (int v = 0; v < n; v++) {
            if (m.isInteger(v) != inInt) {
                inInt = !inInt;
                b.append("    MARKER").append(markers++).append(" 'MARKER' ").append(inInt ? "'INTORG'" : "'INTEND'").append('\n');
            }
            String col = names.columns[v];
            if (objective[v] != 0 || start[v] == start[v + 1]) entry(b, col, ExportNames.OBJECTIVE, objective[v]);
            for (int k = start[v]; k < start[v + 1]; k++) entry(b, col, names.rows[rowOf[k]], coef[k]);
        }
        if (inInt) b.append("    MARKER").append(markers).append(" 'MARKER' 'INTEND'\n");
    }

    private static void bounds(StringBuilder b, String col, double lb, double ub, boolean integer) {
        if (Double.isNaN(lb) || Double.isNaN(ub)) throw new IllegalArgumentException(col + ": bound is NaN");
        if (lb == ub) {
            bound(b, "FX", col, lb);
            return;
        }
        if (lb == Double.NEGATIVE_INFINITY && ub == Double.POSITIVE_INFINITY) {
            b.append(" FR BND ").append(col).append('\n');
            return;
        }
        if (lb == Double.NEGATIVE_INFINITY) b.append(" MI BND ").append(col).append('\n');
        // LO 0 is the default, but an integer column must not look unbounded, and some old readers
        // move a default lower bound to -inf when the upper one is negative
        else if (lb != 0 || integer || ub < 0) bound(b, "LO", col, lb);
        if (ub == Double.POSITIVE_INFINITY) {
            if (integer) b.append(" PL BND ").append(col).append('\n');
        } else {
            bound(b, "UP", col, ub);
        }
    }

    private static void bound(StringBuilder b, String type, String col, double v) {
        ExportNumbers.append(b.append(' ').append(type).append(" BND ").append(col).append(' '), v).append('\n');
    }

    private static void entry(StringBuilder b, String first, String second, double v) {
        ExportNumbers.append(b.append("    ").append(first).append(' ').append(second).append(' '), v).append('\n');
    }
}
