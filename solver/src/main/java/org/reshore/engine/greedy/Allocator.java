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
 * Routes flows for given builds, period by period. Each demand first takes what minShare policies
 * require from their groups (cheapest group member first), then cheap arcs (see
 * {@link #allocate}), each capped by the maxShare policies covering it, while a unit is cheaper
 * than its shortage penalty or needed to meet the demand (no penalty) or a maxShortage policy.
 * A site with a bill of materials ships only what it can get inputs for, pulled from its cheapest
 * suppliers recursively.
 */
final class Allocator {
    private static final double EPS = 1e-9;

    private final Problem problem;
    private final Merits[] merits;
    private final Map<Long, List<Integer>> sorted = new HashMap<>();
    private final List<List<Policy.Share>> upper = new ArrayList<>();
    private final List<List<Policy.Share>> lower = new ArrayList<>();
    private final double[] shortageShare;
    private final boolean[][] groups; // by policy index: the sites a share policy's group holds
    private final boolean[] simple; // sites whose product has no bill of materials

    // state of one allocation
    private Solution plan;
    private int t;
    private double[] rem;
    private final List<double[]> journal = new ArrayList<>();
    private double[] served;
    private boolean capped;
    private double exposureLeft;
    private double[][] used;
    private final List<Demand> order;

    Allocator(Problem problem) {
        this(problem, problem.objective().exposureWeight());
    }

    /** An allocator that prices exposure at {@code exposurePrice} instead of the objective's weight. */
    Allocator(Problem problem, double exposurePrice) {
        this.problem = problem;
        merits = new Merits[problem.periods().size()];
        for (int t = 0; t < merits.length; t++) merits[t] = new Merits(problem, t, exposurePrice);
        shortageShare = new double[problem.demands().size()];
        simple = new boolean[problem.sites().size()];
        for (var s : problem.sites()) simple[s.index()] = problem.product(s.product()).inputs().isEmpty();
        for (Demand d : problem.demands()) {
            upper.add(new ArrayList<>());
            lower.add(new ArrayList<>());
            shortageShare[d.index()] = d.shortageAllowed() ? 1 : 0;
        }
        order = new ArrayList<>(problem.demands());
        order.sort(Comparator.<Demand>comparingDouble(d -> d.shortageAllowed() ? 0 : 1).reversed()
                .thenComparing(Comparator.<Demand>comparingDouble(d -> d.shortageAllowed()
                        ? problem.product(d.product()).criticality() * d.shortagePenalty() : 0).reversed())
                .thenComparingInt(Demand::index));
        groups = new boolean[problem.policies().stream().mapToInt(Policy::index).max().orElse(-1) + 1][];
        for (Policy p : problem.policies()) {
            if (p instanceof Policy.Share s) {
                boolean[] g = new boolean[problem.sites().size()];
                for (int site : s.sites()) g[site] = true;
                groups[s.index()] = g;
                for (int d : s.demands()) (s.upper() ? upper : lower).get(d).add(s);
            } else if (p instanceof Policy.Shortage s) {
                for (int d : s.demands()) shortageShare[d] = Math.min(shortageShare[d], s.share());
            }
        }
    }

    Merits merits(int period) {
        return merits[period];
    }

    /**
     * A plan with these builds and greedy flows and shortages (no grants yet). {@code global}:
     * after the minShare requirements, all (arc, demand) pairs of a period are taken cheapest
     * first across demands (the least-cost rule of transportation problems), so that a cheap,
     * safe source goes to the market where it is cheapest; otherwise demand by demand in
     * priority order (must-serve first, then criticality × penalty), each taking its cheapest arcs.
     * Either way a demand then takes what it must (no penalty, maxShortage) from whatever is left.
     */
    Solution allocate(int[][] builds, boolean global) {
        return allocate(builds, global, Double.POSITIVE_INFINITY);
    }

    /** As {@link #allocate(int[][], boolean)}, taking no flow that would lift exposure above {@code exposureCap}. */
    Solution allocate(int[][] builds, boolean global, double exposureCap) {
        capped = exposureCap != Double.POSITIVE_INFINITY;
        exposureLeft = exposureCap;
        plan = new Solution(problem);
        for (int o = 0; o < builds.length; o++) plan.builds[o] = builds[o].clone();
        served = new double[problem.demands().size()];
        used = new double[problem.demands().size()][];
        for (Demand d : problem.demands()) used[d.index()] = new double[upper.get(d.index()).size()];
        for (t = 0; t < problem.periods().size(); t++) {
            rem = new double[problem.sites().size()];
            for (var s : problem.sites()) {
                double cap = s.capacity();
                for (int o : s.options()) cap += problem.option(o).capacity() * plan.builtBy(o, t);
                rem[s.index()] = cap;
            }
            List<Demand> now = new ArrayList<>();
            for (Demand d : order) if (d.period() == t) now.add(d);
            for (Demand d : now) minShares(d);
            if (global) leastCost(now);
            for (Demand d : now) rest(d);
            for (Demand d : now) plan.shortages[d.index()] = Math.max(0, d.quantity() - served[d.index()]);
        }
        return plan;
    }

    private List<Integer> arcsInto(int market, int product) {
        long key = ((long) t * problem.markets().size() + market) * problem.products().size() + product;
        return sorted.computeIfAbsent(key, k -> merits[t].intoMarket(market, product));
    }

    private double penalty(Demand d) {
        return d.shortageAllowed() ? problem.period(t).discount() * d.shortagePenalty() : Double.POSITIVE_INFINITY;
    }

    private void minShares(Demand d) {
        List<Integer> arcs = arcsInto(d.market(), d.product());
        double q = d.quantity();
        for (Policy.Share min : lower.get(d.index())) {
            boolean[] g = groups[min.index()];
            double deficit = min.share() * q - fromGroup(arcs, g);
            for (int a : arcs) {
                if (deficit <= EPS || served[d.index()] >= q - EPS) break;
                if (!g[problem.arc(a).from()]) continue;
                deficit -= send(d, a, Math.min(deficit, Math.min(q - served[d.index()], room(d, a))), Double.POSITIVE_INFINITY);
            }
        }
    }

    /** All pairs of this period cheapest first: a k-way merge of the demands' sorted arc lists. */
    private void leastCost(List<Demand> now) {
        Merits m = merits[t];
        List<List<Integer>> lists = new ArrayList<>();
        for (Demand d : now) lists.add(arcsInto(d.market(), d.product()));
        PairHeap heap = new PairHeap(now.size());
        for (int i = 0; i < now.size(); i++) {
            if (!lists.get(i).isEmpty()) heap.add(m.arc[lists.get(i).get(0)], lists.get(i).get(0), i, 0);
        }
        while (!heap.isEmpty()) {
            int i = heap.topDemand();
            int p = heap.topPos();
            heap.pop();
            Demand d = now.get(i);
            List<Integer> list = lists.get(i);
            int a = list.get(p);
            double q = d.quantity();
            if (served[d.index()] >= q - EPS || m.arc[a] >= penalty(d)) continue; // done, or the rest is dearer
            int from = problem.arc(a).from();
            if (!simple[from] || rem[from] > EPS) send(d, a, Math.min(q - served[d.index()], room(d, a)), penalty(d));
            if (p + 1 < list.size()) heap.add(m.arc[list.get(p + 1)], list.get(p + 1), i, p + 1);
        }
    }

    private void rest(Demand d) {
        List<Integer> arcs = arcsInto(d.market(), d.product());
        double q = d.quantity();
        double mustServe = q * (1 - shortageShare[d.index()]);
        double penalty = penalty(d);
        Merits m = merits[t];
        for (int a : arcs) {
            double done = served[d.index()];
            if (done >= q - EPS) break;
            if (simple[problem.arc(a).from()] && rem[problem.arc(a).from()] <= EPS) continue; // a full site, skipped cheaply
            boolean worthIt = m.arc[a] < penalty;
            if (!worthIt && done >= mustServe - EPS) break;
            double want = worthIt ? q - done : mustServe - done;
            send(d, a, Math.min(want, room(d, a)), worthIt ? penalty : Double.POSITIVE_INFINITY);
        }
    }

    private double fromGroup(List<Integer> arcs, boolean[] g) {
        double sum = 0;
        for (int a : arcs) if (g[problem.arc(a).from()]) sum += plan.flows[a][t];
        return sum;
    }

    /** How much more arc a may bring to demand d under the maxShare policies covering d. */
    private double room(Demand d, int a) {
        double[] used = this.used[d.index()];
        double room = Double.POSITIVE_INFINITY;
        List<Policy.Share> caps = upper.get(d.index());
        for (int i = 0; i < caps.size(); i++) {
            if (groups[caps.get(i).index()][problem.arc(a).from()]) {
                room = Math.min(room, caps.get(i).share() * d.quantity() - used[i]);
            }
        }
        return Math.max(0, room);
    }

    /**
     * Sends up to {@code want} on arc a to demand d. With a finite {@code limit} (the shortage
     * penalty's merit), units whose actual inputs made them dearer on average than the limit are
     * taken back: the input estimate of {@link Merits} ignores capacity, the journal does not.
     */
    private double send(Demand d, int a, double want, double limit) {
        double rate = exposure(a);
        if (rate > 0) want = Math.min(want, Math.max(0, exposureLeft) / rate);
        if (want <= EPS) return 0;
        if (!journal.isEmpty()) journal.clear();
        double got = deliver(problem.arc(a).from(), want);
        if (got > 0 && limit != Double.POSITIVE_INFINITY && !simple[problem.arc(a).from()]
                && merits[t].own[a] + inputMerit() / got >= limit) {
            undo(0);
            return 0;
        }
        plan.flows[a][t] += got;
        exposureLeft -= rate * got;
        served[d.index()] += got;
        List<Policy.Share> caps = upper.get(d.index());
        for (int i = 0; i < caps.size(); i++) {
            if (groups[caps.get(i).index()][problem.arc(a).from()]) used[d.index()][i] += got;
        }
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
            double rate = exposure(a);
            double ask = rate > 0 ? Math.min(need - have, Math.max(0, exposureLeft) / rate) : need - have;
            double got = ask > EPS ? deliver(problem.arc(a).from(), ask) : 0;
            if (got > 0) {
                plan.flows[a][t] += got;
                exposureLeft -= rate * got;
                journal.add(new double[] {a, got});
                have += got;
            }
        }
        return have;
    }

    /** Merit of the input flows journaled by the current send. */
    private double inputMerit() {
        double sum = 0;
        for (double[] e : journal) if (e[0] >= 0) sum += merits[t].own[(int) e[0]] * e[1];
        return sum;
    }

    /** Exposure of one yearly unit on arc a over period t, when a cap is kept; 0 otherwise. */
    private double exposure(int a) {
        return capped ? problem.period(t).years() * problem.exposureRate(a) : 0;
    }

    private void undo(int mark) {
        for (int i = journal.size() - 1; i >= mark; i--) {
            double[] e = journal.remove(i);
            if (e[0] < 0) rem[(int) (-1 - e[0])] += e[1];
            else {
                plan.flows[(int) e[0]][t] -= e[1];
                exposureLeft += exposure((int) e[0]) * e[1];
            }
        }
    }

    /** How far demand d falls short of the minShare policies whose group holds site s (0 when none). */
    double minShareDeficit(Solution plan, int d, int s) {
        double deficit = 0;
        Demand dem = problem.demand(d);
        for (Policy.Share min : lower.get(d)) {
            boolean[] g = groups[min.index()];
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
