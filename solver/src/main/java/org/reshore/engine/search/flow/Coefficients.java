package org.reshore.engine.search.flow;

import org.reshore.model.Arc;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Period;
import org.reshore.model.Problem;
import org.reshore.model.Subsidy;

/** The objective's coefficients of MODEL.md §3 for the flow variables, shared by every flow model. */
public final class Coefficients {
    private Coefficients() {
    }

    /** Money of one yearly unit on arc a in period t: δ_t·years_t·c[a] + exposureWeight·years_t·rate[a]. */
    public static double flow(Problem problem, int arc, int period) {
        Period p = problem.period(period);
        Arc a = problem.arc(arc);
        return p.discount() * p.years() * a.unitCost()
                + problem.objective().exposureWeight() * p.years() * problem.exposureRate(arc);
    }

    /** Money of one yearly unit of allowed shortage of demand d. */
    public static double shortage(Problem problem, Demand d) {
        Period p = problem.period(d.period());
        return p.discount() * p.years() * d.shortagePenalty();
    }

    /** Capacity of every site in every period under builds b[o,t] (flattened by option, then period). */
    public static double[][] capacities(Problem problem, int[] builds) {
        int periods = problem.periods().size();
        double[][] cap = new double[problem.sites().size()][periods];
        for (int s = 0; s < cap.length; s++) {
            for (int t = 0; t < periods; t++) cap[s][t] = problem.site(s).capacity();
        }
        for (CapacityOption o : problem.options()) {
            int built = 0;
            for (int t = 0; t < periods; t++) {
                built += builds[o.index() * periods + t];
                cap[o.site()][t] += o.capacity() * built;
            }
        }
        return cap;
    }

    /** Whether programme u pays in period t (the reader lists every period where the file names none). */
    public static boolean covers(Subsidy u, int period) {
        return u.coversPeriod(period);
    }

    /** The largest money a single unit can move, to price infeasibility far above it. */
    public static double largestUnitMoney(Problem problem) {
        double max = 1;
        for (Arc a : problem.arcs()) {
            for (int t = 0; t < problem.periods().size(); t++) max = Math.max(max, flow(problem, a.index(), t));
        }
        for (Demand d : problem.demands()) {
            if (d.shortageAllowed()) max = Math.max(max, shortage(problem, d));
        }
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() == Subsidy.Kind.PRODUCTION) {
                for (Period p : problem.periods()) max = Math.max(max, u.perUnit() * p.years());
            }
        }
        return max;
    }

    /** Σ_d quantity·years·(largest unit money): a bound of the flows' money. */
    public static double magnitude(Problem problem) {
        double unit = largestUnitMoney(problem);
        double sum = 0;
        for (Demand d : problem.demands()) sum += d.quantity() * problem.period(d.period()).years() * unit;
        return sum;
    }
}
