package org.reshore.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.reshore.model.Arc;
import org.reshore.model.Demand;
import org.reshore.model.Objective;
import org.reshore.model.Scenario;
import org.reshore.model.Site;

/**
 * Reads disruption scenarios and the objective. Scenarios are read before the arcs exist (so that the
 * parsed file can be let go before the arcs of a large problem are made) and resolved afterwards.
 */
final class ScenarioReader {
    /** A scenario as read, waiting for the arcs its lane entries block. */
    private record Pending(String id, String name, double probability, int period, double years, Double[] factor,
                           List<Block> blocks, double demandFactor) {}

    /** A scenario lane entry; null {@code from}/{@code to} and product -1 match any. */
    private record Block(String from, String to, int product) {}

    private final ReadContext cx;
    private final EntityReader en;
    private List<Arc> arcs;
    private final List<Pending> pending = new ArrayList<>();
    final List<Scenario> scenarios = new ArrayList<>();
    Objective objective;

    ScenarioReader(ReadContext cx, EntityReader en) {
        this.cx = cx;
        this.en = en;
    }

    /** Makes the scenarios once the arcs are known. */
    void resolve(List<Arc> allArcs) {
        arcs = allArcs;
        for (Pending p : pending) {
            TreeSet<Integer> blocked = new TreeSet<>();
            for (Block b : p.blocks) block(b, blocked);
            scenarios.add(new Scenario(p.id, scenarios.size(), p.name, p.probability, p.period, p.years,
                    Arrays.asList(p.factor), new ArrayList<>(blocked), p.demandFactor));
        }
    }

    void scenarios(Fields top) {
        double total = 0;
        for (Node n : top.list("scenarios")) {
            Fields f = Fields.of(n, cx, "id", "name", "probability", "period", "years", "capacity", "lanes", "demandFactor");
            if (f == null) continue;
            String id = f.id("id");
            String name = f.str("name", id);
            double probability = f.num("probability", 0, 0, 1);
            total += probability;
            int period = f.has("period") ? cx.ref(cx.periods, f, "period") : en.periods.size() - 1;
            double years = f.num("years", 1, 0, Double.POSITIVE_INFINITY);
            if (years == 0) {
                cx.report.error(f.get("years"), "years must be > 0, found 0", "a disruption lasts at least part of a year, e.g. 0.5");
                years = 1;
            }
            Double[] factor = new Double[en.sites.size()];
            Arrays.fill(factor, 1.0);
            for (Node c : f.list("capacity")) {
                Fields cf = Fields.of(c, cx, "economies", "tags", "products", "sites", "factor");
                if (cf == null) continue;
                Selector sel = Selector.read(cf, cx);
                double fac = cf.reqNum("factor", 0, Double.POSITIVE_INFINITY);
                for (int s : sel.sites(en.sites, en.economies)) factor[s] = Math.min(factor[s], fac);
            }
            List<Block> blocks = new ArrayList<>();
            for (Node l : f.list("lanes")) {
                Block b = block(l);
                if (b != null) blocks.add(b);
            }
            double demandFactor = f.num("demandFactor", 1, 0, Double.POSITIVE_INFINITY);
            if (id == null || !cx.scenarios.add(id, f.get("id")) || period < 0) continue;
            pending.add(new Pending(id, name, probability, period, years, factor, blocks, demandFactor));
        }
        if (total > 1 + 1e-9) {
            cx.report.warning(top.get("scenarios"), "the scenarios' probabilities add up to " + Canonical.number(total),
                    "probabilities above 1 in all overstate the risk charge");
        }
    }

    /** Reads a scenario lane entry; null after an error. */
    private Block block(Node l) {
        Fields f = Fields.of(l, cx, "from", "to", "product", "blocked");
        if (f == null) return null;
        String from = f.str("from", null);
        String to = f.str("to", null);
        if (from != null && !cx.sites.contains(from) && !cx.economies.contains(from)) {
            cx.report.error(f.get("from"), "unknown site or economy \"" + from + "\"", Report.known(cx.economies.index.keySet()));
            return null;
        }
        if (to != null && !cx.sites.contains(to) && !cx.markets.contains(to) && !cx.economies.contains(to)) {
            cx.report.error(f.get("to"), "unknown market, site or economy \"" + to + "\"", Report.known(cx.economies.index.keySet()));
            return null;
        }
        int product = f.has("product") ? cx.ref(cx.products, f, "product") : -1;
        if (f.has("product") && product < 0) return null;
        if (!f.bool("blocked", true)) {
            cx.report.error(f.get("blocked"), "a scenario lane entry can only block", "leave out \"blocked\" or set it to true");
            return null;
        }
        return new Block(from, to, product);
    }

    /** A scenario lane entry blocks the arcs between two economies it matches (absent keys match any). */
    private void block(Block b, TreeSet<Integer> blocked) {
        String from = b.from;
        String to = b.to;
        int product = b.product;
        int fromSite = from == null ? -1 : cx.sites.get(from);
        int fromEconomy = from == null ? -1 : cx.economies.get(from);
        int toMarket = to == null ? -1 : cx.markets.get(to);
        int toSite = to == null ? -1 : cx.sites.get(to);
        int toEconomy = to == null ? -1 : cx.economies.get(to);
        // Arcs are made in site order, so the arcs of one site are one run of indices.
        if (arcStart == null) indexArcs();
        for (Site s : en.sites) {
            if (from != null && s.index() != fromSite && s.economy() != fromEconomy) continue;
            if (product >= 0 && s.product() != product) continue;
            for (int i = arcStart[s.index()]; i < arcStart[s.index() + 1]; i++) {
                Arc a = arcs.get(i);
                int destEconomy = a.servesMarket() ? en.markets.get(a.toMarket()).economy() : en.sites.get(a.toSite()).economy();
                if (s.economy() == destEconomy) continue;
                boolean toOk = to == null || destEconomy == toEconomy
                        || (a.servesMarket() ? a.toMarket() == toMarket : a.toSite() == toSite);
                if (toOk) blocked.add(a.index());
            }
        }
    }

    private int[] arcStart;

    private void indexArcs() {
        arcStart = new int[en.sites.size() + 1];
        for (Arc a : arcs) arcStart[a.from() + 1]++;
        for (int s = 0; s < en.sites.size(); s++) arcStart[s + 1] += arcStart[s];
    }

    void objective(Fields top) {
        Fields f = top.has("objective")
                ? Fields.of(top.get("objective"), cx, "exposureWeight", "scenarioWeight", "mode", "order", "tolerance",
                        "exposureCap", "unservedPenalty")
                : null;
        if (f == null) {
            objective = new Objective(0, 0, Objective.Mode.WEIGHTED, List.of(Objective.Criterion.COST,
                    Objective.Criterion.EXPOSURE), 1e-6, Double.POSITIVE_INFINITY, Double.NaN);
            requireUnservedPenalty(top.obj, Double.NaN);
            return;
        }
        double exposureWeight = f.money("exposureWeight", 0);
        double scenarioWeight = f.num("scenarioWeight", 0, 0, Double.POSITIVE_INFINITY);
        String modeText = f.str("mode", "weighted");
        Objective.Mode mode = Objective.Mode.WEIGHTED;
        if (modeText.equals("lexicographic")) mode = Objective.Mode.LEXICOGRAPHIC;
        else if (!modeText.equals("weighted")) {
            cx.report.error(f.get("mode"), "unknown mode \"" + modeText + "\"", "known: weighted, lexicographic");
        }
        List<Objective.Criterion> order = new ArrayList<>();
        for (Node n : f.list("order")) {
            String c = f.string(n);
            if (c == null) continue;
            Objective.Criterion crit = c.equals("cost") ? Objective.Criterion.COST
                    : c.equals("exposure") ? Objective.Criterion.EXPOSURE : null;
            if (crit == null) cx.report.error(n, "unknown criterion \"" + c + "\"", "known: cost, exposure");
            else if (order.contains(crit)) cx.report.error(n, "criterion \"" + c + "\" named twice", "name each criterion once");
            else order.add(crit);
        }
        // A criterion the order leaves out comes after those it names, cost before exposure.
        for (Objective.Criterion c : Objective.Criterion.values()) if (!order.contains(c)) order.add(c);
        double tolerance = f.num("tolerance", 1e-6, 0, Double.POSITIVE_INFINITY);
        double cap = f.num("exposureCap", Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY);
        double unserved = f.has("unservedPenalty") ? f.money("unservedPenalty", 0) : Double.NaN;
        requireUnservedPenalty(f.obj, unserved);
        objective = new Objective(exposureWeight, scenarioWeight, mode, order, tolerance, cap, unserved);
    }

    private void requireUnservedPenalty(Node at, double unserved) {
        if (pending.isEmpty() || !Double.isNaN(unserved)) return;
        for (Demand d : en.demands) {
            if (!d.shortageAllowed()) {
                cx.report.error(at, "objective.unservedPenalty is required: there are scenarios and demand of "
                        + en.markets.get(d.market()).id() + ", " + en.products.get(d.product()).id() + ", period "
                        + en.periods.get(d.period()).id() + " has no shortagePenalty",
                        "set \"unservedPenalty\" in \"objective\", the price of a unit short in a disruption");
                return;
            }
        }
    }
}
