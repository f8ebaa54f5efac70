package org.reshore.io;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money of a problem file: a number in the base currency, or {@code "<number>[K|M|B|T] <CUR>"}
 * ("12B USD", "200B JPY", "5.2K USD"), converted to the base currency with {@code exchangeRates}
 * (units of base currency per one unit).
 */
final class Money {
    static final String FORM = "expected a number or \"<number>[K|M|B|T] <CURRENCY>\", e.g. \"12B USD\" or \"5.2K JPY\"";
    private static final Pattern PATTERN =
            Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*([KMBT])?\\s+([A-Za-z]{2,10})\\s*");

    private final String base;
    private final Map<String, Double> rates;
    private final Report report;

    Money(String base, Map<String, Double> rates, Report report) {
        this.base = base;
        this.rates = rates;
        this.report = report;
    }

    String base() {
        return base;
    }

    /** The amount in base currency, or 0 after reporting an error. */
    double parse(Node n) {
        if (n instanceof Node.Num num) {
            if (num.value() < 0) {
                report.error(n, "must not be negative, found " + Canonical.number(num.value()), "money is an amount ≥ 0");
                return 0;
            }
            return num.value();
        }
        if (!(n instanceof Node.Str s)) {
            report.error(n, "expected money, found " + n.kind(), FORM);
            return 0;
        }
        // money is short; a long string is not matched at all (the pattern backtracks over white space)
        Matcher m = PATTERN.matcher(s.value().length() <= 64 ? s.value() : "");
        if (!m.matches()) {
            boolean negative = s.value().strip().startsWith("-") && PATTERN.matcher(s.value().strip().substring(1)).matches();
            if (negative) report.error(n, "must not be negative, found \"" + s.value() + "\"", "money is an amount ≥ 0");
            else report.error(n, "malformed money \"" + shorten(s.value()) + "\"", FORM);
            return 0;
        }
        double amount = Double.parseDouble(m.group(1)) * scale(m.group(2));
        if (Double.isInfinite(amount)) {
            report.error(n, "money \"" + shorten(s.value()) + "\" is beyond the double range", "amounts must be below 1.8e308");
            return 0;
        }
        String cur = m.group(3);
        if (cur.equals(base)) return amount;
        Double rate = rates.get(cur);
        if (rate == null) {
            report.error(n, "no exchange rate for " + cur,
                    "add \"" + cur + "\": <" + base + " per " + cur + "> to exchangeRates");
            return 0;
        }
        double v = amount * rate;
        if (Double.isInfinite(v)) {
            report.error(n, "money \"" + shorten(s.value()) + "\" is beyond the double range in " + base,
                    "amounts must be below 1.8e308 once converted");
            return 0;
        }
        return v;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 56) + "…";
    }

    private static double scale(String suffix) {
        if (suffix == null) return 1;
        return switch (suffix) {
            case "K" -> 1e3;
            case "M" -> 1e6;
            case "B" -> 1e9;
            default -> 1e12;
        };
    }
}
