package org.reshore.engine.mip;

import java.util.List;

/**
 * Writes a {@link LinearModel} and an objective in CPLEX LP format: Minimize, Subject To,
 * Bounds, General, End, with the LP names of {@link ExportNames} and numbers at full precision
 * ({@link ExportNumbers}). Every coefficient is written, also a 1, and lines are wrapped before
 * {@value #WRAP} characters (CPLEX reads lines of up to 560). A row with two different finite sides
 * becomes two rows, {@code name} (≥ lower side) and {@code name#hi} (≤ upper side): CBC's LP
 * reader does not take {@code lo <= expr <= hi}. A row with no finite side is left out, as it
 * constrains nothing. A variable in no row and not in the objective appears in the objective with
 * a 0 coefficient, so that it exists for the reader. Integer variables get both bounds written.
 */
final class LpWriter {
    static final int WRAP = 200;

    private LpWriter() {}

    static void write(StringBuilder b, LinearModel m, double[] objective, ExportNames names) {
        int n = m.numVars();
        boolean[] used = new boolean[n];
        List<LinearModel.Row> rows = m.rows();
        for (LinearModel.Row r : rows) for (int i = 0; i < r.expr().size(); i++) used[r.expr().var(i)] = true;
        b.append("Minimize\n ").append(ExportNames.OBJECTIVE).append(':');
        int lineStart = b.length() - ExportNames.OBJECTIVE.length() - 2;
        boolean any = false;
        for (int v = 0; v < n; v++) {
            if (objective[v] == 0 && used[v]) continue;
            lineStart = term(b, lineStart, objective[v], names.columns[v]);
            any = true;
        }
        if (!any && n > 0) term(b, lineStart, 0, names.columns[0]);
        b.append("\nSubject To\n");
        java.util.Set<String> taken = new java.util.HashSet<>(java.util.Arrays.asList(names.rows));
        for (int r = 0; r < rows.size(); r++) {
            LinearModel.Row row = rows.get(r);
            boolean lo = Double.isFinite(row.lb());
            boolean up = Double.isFinite(row.ub());
            if (lo && up && row.lb() == row.ub()) row(b, names.rows[r], row.expr(), "=", row.lb(), names, n);
            else {
                if (lo) row(b, names.rows[r], row.expr(), ">=", row.lb(), names, n);
                if (up) row(b, lo ? upperName(names.rows[r], taken) : names.rows[r], row.expr(), "<=", row.ub(), names, n);
            }
        }
        b.append("Bounds\n");
        for (int v = 0; v < n; v++) bounds(b, names.columns[v], m.lb(v), m.ub(v), m.isInteger(v));
        boolean general = false;
        for (int v = 0; v < n; v++) {
            if (!m.isInteger(v)) continue;
            if (!general) b.append("General\n");
            general = true;
            b.append(' ').append(names.columns[v]).append('\n');
        }
        b.append("End\n");
    }

    private static String upperName(String name, java.util.Set<String> taken) {
        String n = name + "#hi";
        for (int k = 2; !taken.add(n); k++) n = name + "#hi" + k;
        return n;
    }

    private static void row(StringBuilder b, String name, LinExpr e, String op, double rhs, ExportNames names, int n) {
        b.append(' ').append(name).append(':');
        int lineStart = b.length() - name.length() - 2;
        for (int i = 0; i < e.size(); i++) lineStart = term(b, lineStart, e.coef(i), names.columns[e.var(i)]);
        if (e.isEmpty() && n > 0) lineStart = term(b, lineStart, 0, names.columns[0]);
        if (b.length() - lineStart > WRAP) b.append("\n ");
        ExportNumbers.append(b.append(' ').append(op).append(' '), rhs).append('\n');
    }

    /** Appends " + c name" (or " - |c| name"), starting a new line first when this one is full. */
    private static int term(StringBuilder b, int lineStart, double c, String name) {
        if (b.length() - lineStart > WRAP) {
            b.append('\n');
            lineStart = b.length();
        }
        b.append(c < 0 ? " - " : " + ");
        ExportNumbers.append(b, Math.abs(c)).append(' ').append(name);
        return lineStart;
    }

    private static void bounds(StringBuilder b, String col, double lb, double ub, boolean integer) {
        if (Double.isNaN(lb) || Double.isNaN(ub)) throw new IllegalArgumentException(col + ": bound is NaN");
        if (lb == ub) {
            ExportNumbers.append(b.append(' ').append(col).append(" = "), lb).append('\n');
        } else if (lb == Double.NEGATIVE_INFINITY && ub == Double.POSITIVE_INFINITY) {
            b.append(' ').append(col).append(" free\n");
        } else if (lb == 0 && ub == Double.POSITIVE_INFINITY && !integer) {
            return; // the format's default
        } else {
            b.append(' ');
            if (lb == Double.NEGATIVE_INFINITY) b.append("-inf");
            else ExportNumbers.append(b, lb);
            b.append(" <= ").append(col).append(" <= ");
            if (ub == Double.POSITIVE_INFINITY) b.append("+inf");
            else ExportNumbers.append(b, ub);
            b.append('\n');
        }
    }
}
