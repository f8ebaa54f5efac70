package org.reshore.engine.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reshore.model.Demand;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Solution;

/**
 * Routes flows for given builds, period by period and demand by demand: must-serve demands first,
 * then by criticality × shortage penalty. Each demand first takes what minShare policies require
 * from their groups (cheapest group member first), then the cheapest arcs, each capped by the
 * maxShare policies covering it, while a unit is cheaper than its shortage penalty or needed to
 * meet the demand (no penalty) or a maxShortage policy. A site with a bill of materials ships only
 * what it can get inputs for, pulled from its cheapest suppliers recursively.
 */
final class Allocator {
    private static final double EPS = 1e-9;

    private final Problem problem;
    private final Merits[] merits;
    private final Map<Long, List<Integer>> sorted = new HashMap<>();
    private final List<List<Policy.Share>> upper = new ArrayList<>();
    private final List<List<Policy.Share>> lower = new ArrayList<>();
    private final double[] shortageShare;
    private final Map<Policy.Share, boolean[]> groups = new HashMap<>();
    private final boolean[] simple; // sites whose product has no bill of materials

    // state of one allocation
    private Solution plan;
    private int t;
    private double[] rem;
    private final List<double[]> journal = new ArrayList<>();

    Allocator(Problem problem) {
        this.problem = problem;
        merits = new Merits[problem.periods().size()];
        for (int t = 0; t < merits.length; t++) merits[t] = new Merits(problem, t);
        shortageShare = new double[problem.demands().size()];
        simple = new boolean[problem.sites().size()];
        for (var s : problem.sites()) simple[s.index()] = problem.product(s.product()).inputs().isEmpty();
        for (Demand d : problem.demands()) {
            upper.add(new ArrayList<>());
            lower.add(new ArrayList<>());
            shortageShare[d.index()] = d.shortageAllowed() ? 1 : 0;
        }
        for (Policy p : problem.policies()) {
            if (p instanceof Policy.Share s) {
                boolean[] g = new boolean[problem.sites().size()];
                for (int site : s.sites()) g[site] = true;
                groups.put(s, g);
                for (int d : s.demands()) (s.upper() ? upper : lower).get(d).add(s);
            } else if (p instanceof Policy.Shortage s) {
                for (int d : s.demands()) shortageShare[d] = Math.min(shortageShare[d], s.share());
            }
        }
    }

    Merits merits(int period) {
        return merits[period];
    }

    /** A plan with these builds and greedy flows and shortages (no grants yet). */
    Solution allocate(int[][] builds) {
        plan = new Solution(problem);
        for (int o = 0; o < builds.length; o++) plan.builds[o] = builds[o].clone();
        List<Demand> order = new ArrayList<>(problem.demands());
        order.sort(Comparator.<Demand>comparingDouble(d -> d.shortageAllowed() ? 0 : 1).reversed()
                .thenComparing(Comparator.<Demand>comparingDouble(d -> d.shortageAllowed()
                        ? problem.product(d.product()).criticality() * d.shortagePenalty() : 0).reversed())
                .thenComparingInt(Demand::index));
        for (t = 0; t < problem.periods().size(); t++) {
            rem = new double[problem.sites().size()];
            for (var s : problem.sites()) {
                double cap = s.capacity();
                for (int o : s.options()) cap += problem.option(o).capacity() * plan.builtBy(o, t);
                rem[s.index()] = cap;
            }
            for (Demand d : order) if (d.period() == t) serve(d);
        }
        return plan;
    }

    private List<Integer> arcsInto(int market, int product) {
        long key = ((long) t * problem.markets().size() + market) * problem.products().size() + product;
        return sorted.computeIfAbsent(key, k -> merits[t].intoMarket(market, product));
    }

    private void serve(Demand d) {
        List<Integer> arcs = arcsInto(d.market(), d.product());
        double[] used = new double[upper.get(d.index()).size()];
        double q = d.quantity();
        double served = 0;
        for (Policy.Share min : lower.get(d.index())) {
            boolean[] g = groups.get(min);
            double deficit = min.share() * q - fromGroup(arcs, g);
            for (int a : arcs) {
                if (deficit <= EPS || served >= q - EPS) break;
                if (!g[problem.arc(a).from()]) continue;
                double got = send(d, a, Math.min(deficit, Math.min(q - served, room(d, a, used))), used);
                deficit -= got;
                served += got;
            }
        }
        double mustServe = q * (1 - shortageShare[d.index()]);
        double penalty = d.shortageAllowed() ? problem.period(t).discount() * d.shortagePenalty()
                : Double.POSITIVE_INFINITY;
        Merits m = merits[t];
        boolean[] simple = this.simple;
        for (int a : arcs) {
            if (served >= q - EPS) break;
            if (simple[problem.arc(a).from()] && rem[problem.arc(a).from()] <= EPS) continue; // a full site, skipped cheaply
            boolean worthIt = m.arc[a] < penalty;
            if (!worthIt && served >= mustServe - EPS) break;
            double want = worthIt ? q - served : mustServe - served;
            served += send(d, a, Math.min(want, room(d, a, used)), used);
        }
        plan.shortages[d.index()] = Math.max(0, q - served);
    }

    private double fromGroup(List<Integer> arcs, boolean[] g) {
        double sum = 0;
        for (int a : arcs) if (g[problem.arc(a).from()]) sum += plan.flows[a][t];
        return sum;
    }

    /** How much more arc a may bring to demand d under the maxShare policies covering d. */
    private double room(Demand d, int a, double[] used) {
        double room = Double.POSITIVE_INFINITY;
        List<Policy.Share> caps = upper.get(d.index());
        for (int i = 0; i < caps.size(); i++) {
            if (groups.get(caps.get(i))[problem.arc(a).from()]) {
                room = Math.min(room, caps.get(i).share() * d.quantity() - used[i]);
            }
        }
        return Math.max(0, room);
    }

    private double send(Demand d, int a, double want, double[] used) {
        if (want <= EPS) return 0;
        if (!journal.isEmpty()) journal.clear();
        double got = deliver(problem.arc(a).from(), want);
        plan.flows[a][t] += got;
        List<Policy.Share> caps = upper.get(d.index());
        for (int i = 0; i < caps.size(); i++) if (groups.get(caps.get(i))[problem.arc(a).from()]) used[i] += got;
        return got;
    }

    /** Makes up to q units at site s (pulling its inputs); returns what it could make. */
    private double deliver(int s, double q) {
        q = Math.min(q, rem[s]);
        if (q <= EPS) return 0;
        Product p = problem.product(problem.site(s).product());
        for (int attempt = 0; attempt < 3 && q > EPS; attempt++) {
            int mark = journal.size();
            double can = q;
            for (Product.Input in : p.inputs()) {
                if (in.perUnit() <= 0) continue;
                can = Math.min(can, pull(s, in.product(), in.perUnit() * q) / in.perUnit());
            }
            if (can >= q - EPS) {
                rem[s] -= q;
                journal.add(new double[] {-1 - s, q});
                return q;
            }
            undo(mark);
            q = can;
        }
        return 0;
    }

    private double pull(int s, int product, double need) {
        double have = 0;
        long key = -1 - (((long) t * problem.sites().size() + s) * problem.products().size() + product);
        List<Integer> arcs = sorted.computeIfAbsent(key, k -> merits[t].intoSite(s, product));
        for (int a : arcs) {
            if (have >= need - EPS) break;
            double got = deliver(problem.arc(a).from(), need - have);
            if (got > 0) {
                plan.flows[a][t] += got;
                journal.add(new double[] {a, got});
                have += got;
            }
        }
        return have;
    }

    private void undo(int mark) {
        for (int i = journal.size() - 1; i >= mark; i--) {
            double[] e = journal.remove(i);
            if (e[0] < 0) rem[(int) (-1 - e[0])] += e[1];
            else plan.flows[(int) e[0]][t] -= e[1];
        }
    }

    /** How far demand d falls short of the minShare policies whose group holds site s (0 when none). */
    double minShareDeficit(Solution plan, int d, int s) {
        double deficit = 0;
        Demand dem = problem.demand(d);
        for (Policy.Share min : lower.get(d)) {
            boolean[] g = groups.get(min);
            if (!g[s]) continue;
            double from = 0;
            for (int a : problem.arcsIntoMarket(dem.market())) {
                if (problem.arcProduct(a) == dem.product() && g[problem.arc(a).from()]) from += plan.flows[a][dem.period()];
            }
            deficit = Math.max(deficit, min.share() * dem.quantity() - from);
        }
        return deficit;
    }

    /** Unused capacity of site s in period t of a plan. */
    double spare(Solution plan, int s, int period) {
        double cap = problem.site(s).capacity();
        for (int o : problem.site(s).options()) cap += problem.option(o).capacity() * plan.builtBy(o, period);
        return Math.max(0, cap - plan.output(problem, s, period));
    }
}
