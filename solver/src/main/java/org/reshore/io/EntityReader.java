package org.reshore.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reshore.check.BillOfMaterials;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Economy;
import org.reshore.model.Market;
import org.reshore.model.Period;
import org.reshore.model.Product;
import org.reshore.model.Site;

/**
 * Reads the entities of a problem (periods, economies, products, markets, sites with their options,
 * demand) into model records, checking ids, references, ranges and money as it goes.
 */
final class EntityReader {
    final ReadContext cx;
    final List<Period> periods = new ArrayList<>();
    final List<Economy> economies = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
    final List<Market> markets = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<CapacityOption> options = new ArrayList<>();
    final List<Demand> demands = new ArrayList<>();
    /** Where each site and demand stood in the file (line, column), for warnings on the resolved problem. */
    final List<int[]> siteAt = new ArrayList<>();
    final List<int[]> demandAt = new ArrayList<>();
    /** Demand indices keyed by (market, product, period), for policies and plan files. */
    final Map<Long, Integer> demandByKey = new HashMap<>();

    EntityReader(ReadContext cx) {
        this.cx = cx;
    }

    long demandKey(int market, int product, int period) {
        return ((long) market * Math.max(1, cx.products.size()) + product) * Math.max(1, cx.periods.size()) + period;
    }

    void periods(Fields top) {
        double rate = top.num("discountRate", 0, 0, Double.POSITIVE_INFINITY);
        if (!top.has("periods")) {
            cx.periods.add("all", top.obj);
            periods.add(new Period("all", 0, 1, 1));
            return;
        }
        double yearsBefore = 0;
        List<Node> list = top.list("periods");
        if (top.get("periods") instanceof Node.Arr && list.isEmpty()) cx.report.error(top.get("periods"), "no periods", "leave \"periods\" out for one period of one year");
        for (Node n : list) {
            Fields f = Fields.of(n, cx, "id", "years");
            if (f == null) continue;
            String id = f.id("id");
            double years = f.num("years", 1, 0, Double.POSITIVE_INFINITY);
            if (years == 0) {
                cx.report.error(f.get("years"), "years must be > 0, found 0", "a period lasts at least part of a year, e.g. 0.5");
                years = 1;
            }
            if (id == null || !cx.periods.add(id, f.get("id"))) continue;
            periods.add(new Period(id, periods.size(), years, Math.pow(1 + rate, -yearsBefore)));
            yearsBefore += years;
        }
    }

    void economies(Fields top) {
        if (!top.has("economies")) cx.report.error(top.obj, "missing field \"economies\"", "add \"economies\": [{\"id\": \"US\", \"risk\": 0}, …]");
        List<Node> list = top.list("economies");
        for (Node n : list) {
            Fields f = Fields.of(n, cx, "id", "name", "risk", "tags");
            if (f == null) continue;
            String id = f.id("id");
            String name = f.str("name", id);
            double risk = f.num("risk", 0, 0, 1);
            List<String> tags = f.strings("tags");
            cx.tags.addAll(tags);
            if (id == null || !cx.economies.add(id, f.get("id"))) continue;
            economies.add(new Economy(id, economies.size(), name, risk, tags));
        }
    }

    void products(Fields top) {
        if (!top.has("products")) cx.report.error(top.obj, "missing field \"products\"", "add \"products\": [{\"id\": \"chip\", \"unit\": \"wafer\"}, …]");
        List<Fields> read = new ArrayList<>();
        for (Node n : top.list("products")) {
            Fields f = Fields.of(n, cx, "id", "name", "unit", "criticality", "inputs");
            if (f == null) continue;
            String id = f.id("id");
            if (id != null && cx.products.add(id, f.get("id"))) read.add(f);
        }
        // Second pass: inputs may name products listed later.
        List<List<Product.Input>> inputsOf = new ArrayList<>();
        List<List<Node>> inputNodes = new ArrayList<>();
        for (Fields f : read) {
            List<Product.Input> inputs = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            for (Node n : f.list("inputs")) {
                Fields in = Fields.of(n, cx, "product", "perUnit");
                if (in == null) continue;
                int q = cx.ref(cx.products, in, "product");
                double perUnit = in.reqNum("perUnit", 0, Double.POSITIVE_INFINITY);
                if (q >= 0) {
                    inputs.add(new Product.Input(q, perUnit));
                    nodes.add(in.get("product"));
                }
            }
            inputsOf.add(inputs);
            inputNodes.add(nodes);
        }
        for (int p = 0; p < read.size(); p++) {
            Fields f = read.get(p);
            products.add(new Product(f.str("id", ""), p, f.str("unit", ""),
                    f.num("criticality", 1, 0, Double.POSITIVE_INFINITY), inputsOf.get(p)));
        }
        List<Integer> cycle = BillOfMaterials.findCycle(products);
        if (!cycle.isEmpty()) {
            int p = cycle.get(0);
            int next = cycle.get(1);
            Node at = read.get(p).obj;
            for (int i = 0; i < products.get(p).inputs().size(); i++) {
                if (products.get(p).inputs().get(i).product() == next) at = inputNodes.get(p).get(i);
            }
            List<String> names = cycle.stream().map(i -> products.get(i).id()).toList();
            // The file lists inputs (metal needs ore); the cycle reads along the flow of material.
            List<String> flow = new ArrayList<>(names);
            java.util.Collections.reverse(flow);
            cx.report.error(at, "bill-of-materials cycle: " + String.join(" → ", flow),
                    "a product cannot be made, directly or indirectly, from itself");
        }
    }

    void markets(Fields top) {
        if (!top.has("markets")) {
            for (Economy e : economies) {
                cx.markets.add(e.id(), top.obj);
                markets.add(new Market(e.id(), markets.size(), e.index()));
            }
            return;
        }
        for (Node n : top.list("markets")) {
            Fields f = Fields.of(n, cx, "id", "name", "economy");
            if (f == null) continue;
            String id = f.id("id");
            int e = cx.ref(cx.economies, f, "economy");
            if (id == null || !cx.uniqueDestination(id, f.get("id"), "market")) continue;
            cx.markets.add(id, f.get("id"));
            if (e < 0) continue;
            markets.add(new Market(id, markets.size(), e));
        }
    }

    void sites(Fields top) {
        for (Node n : top.list("sites")) {
            Fields f = Fields.of(n, cx, "id", "name", "economy", "product", "capacity", "unitCost", "options");
            if (f == null) continue;
            String id = f.id("id");
            int e = cx.ref(cx.economies, f, "economy");
            int p = cx.ref(cx.products, f, "product");
            double capacity = f.num("capacity", 0, 0, Double.POSITIVE_INFINITY);
            double unitCost = f.reqMoney("unitCost");
            // The id is registered even when the site has other errors, so that duplicates are still found.
            boolean unique = id != null && cx.uniqueDestination(id, f.get("id"), "site");
            if (unique) cx.sites.add(id, f.get("id"));
            boolean ok = unique && e >= 0 && p >= 0;
            int siteIndex = ok ? sites.size() : -1;
            List<Integer> opts = new ArrayList<>();
            for (Node on : f.list("options")) {
                CapacityOption o = option(on, siteIndex);
                if (o != null) {
                    options.add(o);
                    opts.add(o.index());
                }
            }
            if (ok) {
                sites.add(new Site(id, siteIndex, e, p, capacity, unitCost, opts));
                siteAt.add(new int[] {n.line(), n.column()});
            }
        }
    }

    private CapacityOption option(Node n, int site) {
        Fields f = Fields.of(n, cx, "id", "name", "capacity", "capex", "fixedCost", "earliestPeriod", "maxBuilds");
        if (f == null) return null;
        String id = f.id("id");
        double capacity = f.reqNum("capacity", 0, Double.POSITIVE_INFINITY);
        double capex = f.reqMoney("capex");
        double fixed = f.money("fixedCost", 0);
        int earliest = 0;
        if (f.has("earliestPeriod")) {
            String pid = f.string(f.get("earliestPeriod"));
            if (pid != null) {
                earliest = cx.periods.get(pid);
                if (earliest < 0) {
                    cx.report.error(f.get("earliestPeriod"), "earliestPeriod \"" + pid + "\" is not a period",
                            Report.known(cx.periods.index.keySet()));
                    earliest = 0;
                }
            }
        }
        int maxBuilds = f.integer("maxBuilds", 1, 1);
        if (id == null || !cx.uniqueDestination(id, f.get("id"), "option")) return null;
        cx.options.add(id, f.get("id"));
        if (site < 0) return null;
        return new CapacityOption(id, options.size(), site, capacity, capex, fixed, earliest, maxBuilds);
    }

    void demand(Fields top) {
        List<Integer> demandEntry = new ArrayList<>(); // position in the file's list of each demand read
        int entry = -1;
        for (Node n : top.list("demand")) {
            entry++;
            Fields f = Fields.of(n, cx, "market", "product", "period", "quantity", "shortagePenalty");
            if (f == null) continue;
            int k = cx.ref(cx.markets, f, "market");
            int p = cx.ref(cx.products, f, "product");
            int t;
            if (f.has("period")) {
                t = cx.ref(cx.periods, f, "period");
            } else if (periods.size() == 1) {
                t = 0;
            } else {
                cx.report.error(f.obj, "missing field \"period\"", "with several periods each demand names its period");
                t = -1;
            }
            double quantity = f.reqNum("quantity", 0, Double.POSITIVE_INFINITY);
            double penalty = f.has("shortagePenalty") ? f.money("shortagePenalty", 0) : Double.NaN;
            if (k < 0 || p < 0 || t < 0) continue;
            long key = demandKey(k, p, t);
            if (demandByKey.containsKey(key)) {
                cx.report.error(f.obj, "second demand for " + markets.get(k).id() + ", " + products.get(p).id()
                        + ", period " + periods.get(t).id(), "one entry per (market, product, period); the first is demand["
                        + demandEntry.get(demandByKey.get(key)) + "]");
                continue;
            }
            demandEntry.add(entry);
            demandByKey.put(key, demands.size());
            demandAt.add(new int[] {n.line(), n.column()});
            demands.add(new Demand(demands.size(), k, p, t, quantity, penalty));
        }
    }
}
