package org.reshore.engine.mip;

import java.math.BigDecimal;

/**
 * Numbers for the exported LP and MPS files: the shortest decimal that reads back to the same
 * double ({@link Double#toString}'s digits), as a plain decimal when its exponent is between −6
 * and 15 ({@code 12345678}, {@code 0.000015}, {@code 580.6206976785714}) and otherwise as
 * {@code 1.5e-7} / {@code 2.5e+20}, which the LP and MPS readers of CPLEX, Gurobi, CBC, HiGHS and
 * GLPK all take. Integral values lose Java's {@code .0}. NaN and infinities are never printed:
 * the writers spell infinite bounds the formats' way and refuse anything else that is not finite.
 */
final class ExportNumbers {
    private ExportNumbers() {}

    /** Appends {@code v} (finite) to {@code b}. */
    static StringBuilder append(StringBuilder b, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
        if (v == 0) return b.append('0'); // -0.0 too: "-0" reads as 0 everywhere, but why risk it
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return b.append((long) v);
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) return b.append(s); // |v| in [1e-3, 1e7): already plain and shortest
        int exp = Integer.parseInt(s.substring(e + 1));
        if (exp >= -6 && exp <= 15) return b.append(new BigDecimal(s).stripTrailingZeros().toPlainString());
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) mantissa = mantissa.substring(0, mantissa.length() - 2);
        return b.append(mantissa).append('e').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
    }

    static String of(double v) {
        return append(new StringBuilder(), v).toString();
    }
}
