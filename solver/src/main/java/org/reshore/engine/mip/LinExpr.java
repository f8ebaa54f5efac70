package org.reshore.engine.mip;

import java.util.Arrays;

/**
 * A linear expression Σ coef·var + constant over the variables of a {@link LinearModel}, with
 * repeated variables merged when it is read ({@link #compact()}).
 */
public final class LinExpr {
    private int[] vars = new int[4];
    private double[] coefs = new double[4];
    private int size;
    private double constant;

    public LinExpr add(int var, double coef) {
        if (var < 0 || coef == 0) return this;
        if (size == vars.length) {
            vars = Arrays.copyOf(vars, size * 2);
            coefs = Arrays.copyOf(coefs, size * 2);
        }
        vars[size] = var;
        coefs[size++] = coef;
        return this;
    }

    public LinExpr addConstant(double c) {
        constant += c;
        return this;
    }

    /** Adds factor·other. */
    public LinExpr addAll(LinExpr other, double factor) {
        for (int i = 0; i < other.size; i++) add(other.vars[i], other.coefs[i] * factor);
        constant += other.constant * factor;
        return this;
    }

    public double constant() {
        return constant;
    }

    /** Merges repeated variables and drops zero coefficients; returns this. */
    public LinExpr compact() {
        if (size < 2) return this;
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(vars[a], vars[b]));
        int[] nv = new int[size];
        double[] nc = new double[size];
        int n = 0;
        for (Integer i : order) {
            if (n > 0 && nv[n - 1] == vars[i]) nc[n - 1] += coefs[i];
            else {
                nv[n] = vars[i];
                nc[n++] = coefs[i];
            }
        }
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (nc[i] != 0) {
                nv[m] = nv[i];
                nc[m++] = nc[i];
            }
        }
        vars = nv;
        coefs = nc;
        size = m;
        return this;
    }

    public int size() {
        return size;
    }

    public int var(int i) {
        return vars[i];
    }

    public double coef(int i) {
        return coefs[i];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Value of the expression at {@code x} (indexed by variable). */
    public double value(double[] x) {
        double v = constant;
        for (int i = 0; i < size; i++) v += coefs[i] * x[vars[i]];
        return v;
    }
}
