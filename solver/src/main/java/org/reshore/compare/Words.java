package org.reshore.compare;

import java.util.Locale;

/**
 * How figures read in sentences and reports: money as "$12.0B" or "1,000 EUR", shares as "61%",
 * quantities grouped by thousands. The minus sign is the typographic one (−) so that a planner
 * never mistakes it for a dash.
 */
public final class Words {
    private Words() {}

    /** Money in the problem's currency: "$2,250", "$12.0B", "2.5M EUR". */
    public static String money(double v, String currency) {
        String n = magnitude(Math.abs(v));
        String sign = v < 0 && !n.matches("[0.,]+") ? "−" : "";
        if ("USD".equals(currency)) return sign + "$" + n;
        return sign + n + (currency == null || currency.isEmpty() ? "" : " " + currency);
    }

    /** Money with its sign always written: "+$30", "−$300". */
    public static String signedMoney(double v, String currency) {
        String m = money(v, currency);
        return m.startsWith("−") ? m : "+" + m;
    }

    /** A quantity: "80", "1,250", "0.25", "2.4M". */
    public static String quantity(double v) {
        String n = magnitude(Math.abs(v));
        return (v < 0 && !n.matches("[0.,]+") ? "−" : "") + n;
    }

    /** A share in whole percent: "61%". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String magnitude(double a) {
        if (Double.isNaN(a)) return "n/a";
        if (Double.isInfinite(a)) return "∞";
        if (a >= 1e12) return String.format(Locale.ROOT, "%.1fT", a / 1e12);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.1fB", a / 1e9);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.1fM", a / 1e6);
        // solvers leave whole numbers a few millionths off; a planner reads them whole
        if (a >= 100 || Math.abs(a - Math.rint(a)) < 1e-6 * Math.max(1, a)) return String.format(Locale.ROOT, "%,.0f", a);
        return String.format(Locale.ROOT, "%.2f", a);
    }
}
