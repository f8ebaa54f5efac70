package org.reshore.engine.mip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mixed-integer linear model held in plain Java: named variables with bounds and integrality,
 * named rows {@code lb ≤ expr ≤ ub}. The reshore formulation is built here first, so that it can
 * be handed to any backend, exported, or extended (lexicographic holds, elastic slacks) without
 * touching native code.
 */
public final class LinearModel {
    public static final double INF = Double.POSITIVE_INFINITY;

    /** One constraint lb ≤ Σ coef·var ≤ ub (constants already moved into the bounds). */
    public record Row(String name, double lb, double ub, LinExpr expr) {}

    private final List<String> names = new ArrayList<>();
    private double[] lb = new double[64];
    private double[] ub = new double[64];
    private boolean[] integer = new boolean[64];
    private final List<Row> rows = new ArrayList<>();

    public int addVar(String name, double lower, double upper, boolean isInteger) {
        int i = names.size();
        if (i == lb.length) {
            lb = Arrays.copyOf(lb, i * 2);
            ub = Arrays.copyOf(ub, i * 2);
            integer = Arrays.copyOf(integer, i * 2);
        }
        names.add(name);
        lb[i] = lower;
        ub[i] = upper;
        integer[i] = isInteger;
        return i;
    }

    /** Adds lb ≤ expr ≤ ub; the expression's constant is moved to the bounds. */
    public Row addRow(String name, double lower, double upper, LinExpr expr) {
        expr.compact();
        double c = expr.constant();
        LinExpr body = new LinExpr().addAll(expr, 1).addConstant(-c);
        Row row = new Row(name, lower - c, upper - c, body.compact());
        rows.add(row);
        return row;
    }

    /** Puts {@code replacement} where {@code old} was (the elastic diagnosis adds slacks this way). */
    public void replaceRow(Row old, Row replacement) {
        int i = rows.indexOf(old);
        if (i < 0) throw new IllegalArgumentException("no row " + old.name());
        rows.set(i, replacement);
    }

    public int numVars() {
        return names.size();
    }

    public String name(int var) {
        return names.get(var);
    }

    public double lb(int var) {
        return lb[var];
    }

    public double ub(int var) {
        return ub[var];
    }

    public boolean isInteger(int var) {
        return integer[var];
    }

    public boolean hasIntegers() {
        for (int i = 0; i < names.size(); i++) if (integer[i]) return true;
        return false;
    }

    public List<Row> rows() {
        return rows;
    }
}
