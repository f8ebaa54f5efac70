package org.reshore.engine.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reshore.model.Arc;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.evaluate.Evaluation;
import org.reshore.model.Problem;
import org.reshore.model.Scenario;
import org.reshore.model.Solution;

/**
 * Proposes builds for the greedy: for each option and period it may still be built in, what one
 * more build would save over the remaining horizon (the units it displaces from dearer sources,
 * shortages and unmet must-serve or minShare demand, at most its capacity, where its site is
 * full) minus what it costs (capex net of the subsidies it can still get, fixed cost while built),
 * all discounted. Proposals are sorted best first; the caller accepts one only if the evaluator
 * agrees that the plan improves.
 */
final class BuildPlanner {
    /** Merit of a unit that must be served and is not: above any real cost, so such units go first. */
    static final double MUST = 1e15;

    record Proposal(int option, int period, double estimate) {}

    private final Problem problem;
    private final Allocator allocator;

    BuildPlanner(Problem problem, Allocator allocator) {
        this.problem = problem;
        this.allocator = allocator;
    }

    List<Proposal> propose(Solution plan, Evaluation eval) {
        List<Proposal> out = new ArrayList<>();
        int periods = problem.periods().size();
        List<Map<Long, double[]>> served = new ArrayList<>(); // per period: demand or consumer site → suppliers
        for (int t = 0; t < periods; t++) served.add(new HashMap<>());
        for (CapacityOption o : problem.options()) {
            int built = plan.builtBy(o.index(), periods - 1);
            if (built >= o.maxBuilds()) continue;
            double[] perPeriod = new double[periods];
            for (int tau = 0; tau < periods; tau++) perPeriod[tau] = savings(plan, o, tau, served.get(tau));
            for (int t = Math.max(0, o.earliestPeriod()); t < periods; t++) {
                double value = 0;
                double fixed = 0;
                for (int tau = t; tau < periods; tau++) {
                    value += problem.period(tau).years() * perPeriod[tau];
                    fixed += problem.period(tau).discount() * problem.period(tau).years() * o.fixedCost();
                }
                double cost = problem.period(t).discount() * o.capex() - Grants.capexValue(problem, plan, o.index(), t)
                        + fixed;
                for (Scenario sc : problem.scenarios()) if (sc.period() >= t) value += scenarioGain(eval, o, sc);
                if (value - cost > 0) out.add(new Proposal(o.index(), t, value - cost));
            }
        }
        out.sort(Comparator.comparingDouble(Proposal::estimate).reversed()
                .thenComparingInt(Proposal::option).thenComparingInt(Proposal::period));
        return out;
    }

    /** Yearly δ-weighted saving of one more build of o in period tau. */
    private double savings(Solution plan, CapacityOption o, int tau, Map<Long, double[]> served) {
        int s = o.site();
        if (allocator.spare(plan, s, tau) > 1e-9) return 0; // the site is not full: more capacity buys nothing
        return fill(gains(plan, s, tau, served, 0), o.capacity());
    }

    /** Σ gain·units over the best gains, up to {@code capacity} units. */
    private static double fill(List<double[]> gains, double capacity) {
        gains.sort(Comparator.comparingDouble((double[] g) -> -g[0]));
        double left = capacity;
        double saving = 0;
        for (double[] g : gains) {
            if (left <= 0) break;
            double u = Math.min(left, g[1]);
            saving += u * g[0];
            left -= u;
        }
        return saving;
    }

    /**
     * What one more unit made at site s could earn in tau, as {gain per unit, units}: dearer
     * supply it displaces, shortages and unmet must-serve or minShare demand it fills, and through
     * a consumer site with idle capacity (starved of this input) what that site's output would earn.
     */
    private List<double[]> gains(Solution plan, int s, int tau, Map<Long, double[]> served, int depth) {
        Merits m = allocator.merits(tau);
        int product = problem.site(s).product();
        List<double[]> gains = new ArrayList<>();
        for (int a : problem.arcsFrom(s)) {
            Arc arc = problem.arc(a);
            double own = m.arc[a];
            double[] list;
            if (arc.servesMarket()) {
                int d = problem.demandIndex(arc.toMarket(), product, tau);
                if (d < 0) continue;
                Demand dem = problem.demand(d);
                list = served.computeIfAbsent((long) d, k -> suppliers(plan, problem.arcsIntoMarket(dem.market()),
                        product, tau, m));
                double z = plan.shortages[d];
                if (z > 0) {
                    double penalty = dem.shortageAllowed() ? problem.period(tau).discount() * dem.shortagePenalty() : MUST;
                    if (penalty > own) gains.add(new double[] {penalty - own, z});
                }
                double deficit = allocator.minShareDeficit(plan, d, s);
                if (deficit > 0) gains.add(new double[] {MUST, deficit});
            } else {
                int consumer = arc.toSite();
                long key = -1 - ((long) consumer * problem.periods().size() + tau);
                list = served.computeIfAbsent(key, k -> suppliers(plan, problem.arcsIntoSite(consumer), product,
                        tau, m));
                double idle = allocator.spare(plan, consumer, tau);
                double perUnit = perUnit(consumer, product);
                if (depth < 3 && idle > 1e-9 && perUnit > 0) {
                    List<double[]> down = gains(plan, consumer, tau, served, depth + 1);
                    down.sort(Comparator.comparingDouble((double[] g) -> -g[0]));
                    for (double[] g : down) {
                        if (idle <= 0) break;
                        double u = Math.min(idle, g[1]);
                        gains.add(new double[] {g[0] / perUnit, u * perUnit});
                        idle -= u;
                    }
                }
            }
            for (int i = 0; i < list.length && list[i] > own; i += 2) gains.add(new double[] {list[i] - own, list[i + 1]});
        }
        return gains;
    }

    private double perUnit(int site, int input) {
        for (var in : problem.product(problem.site(site).product()).inputs()) if (in.product() == input) return in.perUnit();
        return 0;
    }

    /**
     * Robust mode: what one more build of o (made by the scenario's period) would take off the
     * scenario term, from the yearly shortages the recourse left in that scenario at markets its
     * site serves directly (inputs and blocked lanes are not looked at: the evaluator decides).
     */
    double scenarioGain(Evaluation eval, CapacityOption o, Scenario sc) {
        double weight = problem.objective().scenarioWeight() * sc.probability() * sc.years()
                * problem.period(sc.period()).discount();
        double factor = sc.siteFactor().get(o.site());
        if (!(weight > 0) || !(factor > 0)) return 0;
        Map<String, Double> shortages = null;
        for (var st : eval.stress()) if (st.scenario().equals(sc.id())) shortages = st.shortages();
        if (shortages == null || shortages.isEmpty()) return 0;
        int product = problem.site(o.site()).product();
        List<double[]> gains = new ArrayList<>();
        for (int a : problem.arcsFrom(o.site())) {
            Arc arc = problem.arc(a);
            if (!arc.servesMarket() || sc.blockedArcs().contains(a)) continue;
            int d = problem.demandIndex(arc.toMarket(), product, sc.period());
            if (d < 0) continue;
            Demand dem = problem.demand(d);
            Double y = shortages.get(problem.market(dem.market()).id() + "/" + problem.product(product).id());
            double penalty = dem.shortageAllowed() ? dem.shortagePenalty() : problem.objective().unservedPenalty();
            if (y != null && y > 0 && penalty > arc.unitCost()) {
                gains.add(new double[] {weight * (penalty - arc.unitCost() - perUnitInputs(o.site())), y});
            }
        }
        return fill(gains, o.capacity() * factor);
    }

    /** Undiscounted delivered cost of the cheapest inputs of one unit made at site s (one level). */
    private double perUnitInputs(int s) {
        double sum = 0;
        for (var in : problem.product(problem.site(s).product()).inputs()) {
            double best = 0;
            boolean any = false;
            for (int a : problem.arcsIntoSite(s)) {
                if (problem.arcProduct(a) != in.product()) continue;
                best = any ? Math.min(best, problem.arc(a).unitCost()) : problem.arc(a).unitCost();
                any = true;
            }
            sum += in.perUnit() * best;
        }
        return sum;
    }

    /** The flows of a product on these arcs in tau, as {merit, units, merit, units, …}, dearest first. */
    private double[] suppliers(Solution plan, List<Integer> arcs, int product, int tau, Merits m) {
        List<double[]> list = new ArrayList<>();
        for (int b : arcs) {
            double x = plan.flows[b][tau];
            if (x > 0 && m.product[b] == product) list.add(new double[] {m.arc[b], x});
        }
        list.sort(Comparator.comparingDouble((double[] g) -> -g[0]));
        double[] out = new double[2 * list.size()];
        for (int i = 0; i < list.size(); i++) {
            out[2 * i] = list.get(i)[0];
            out[2 * i + 1] = list.get(i)[1];
        }
        return out;
    }
}
