package org.reshore.cli;

import java.util.Locale;
import org.reshore.model.Problem;

/** One-line descriptions of problems and solver outcomes for the terminal. */
final class Summary {
    private Summary() {}

    static String size(Problem p) {
        return String.format(Locale.ROOT,
                "%d economies, %d products, %d markets, %d sites, %d options, %d periods, %d demands, "
                        + "%d routes, %d subsidies, %d policies, %d scenarios",
                p.economies().size(), p.products().size(), p.markets().size(), p.sites().size(),
                p.options().size(), p.periods().size(), p.demands().size(), p.arcs().size(),
                p.subsidies().size(), p.policies().size(), p.scenarios().size());
    }

    static String number(double v) {
        if (Double.isNaN(v)) return "—";
        return String.format(Locale.ROOT, "%,.6g", v);
    }

    static String percent(double v) {
        if (Double.isNaN(v)) return "—";
        return String.format(Locale.ROOT, "%.4f%%", 100 * v);
    }
}
