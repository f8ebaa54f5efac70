package org.reshore.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reshore.model.Arc;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Site;

/**
 * Turns lanes into the arcs flows may take. Arcs go from each site to every market with a demand
 * entry for its product, and to every site whose product uses it as an input. For each arc the most
 * specific matching lane wins: {@code from} a site over an economy, then {@code to} a site or market
 * over an economy, then a named {@code product} over none. Fields the winner leaves out come from
 * {@code defaultLane} between economies and are 0 inside one.
 */
final class LaneResolver {
    private record Lane(Node node, String from, String to, int product, Double unitCost, Double tariff,
                        Double risk, boolean blocked) {
        boolean agrees(Lane o) {
            return Objects.equals(unitCost, o.unitCost) && Objects.equals(tariff, o.tariff)
                    && Objects.equals(risk, o.risk) && blocked == o.blocked;
        }
    }

    private final ReadContext cx;
    private final EntityReader en;
    /** from → to → product (-1 for "every product") → lane. */
    private final Map<String, Map<String, ByProduct>> lanes = new HashMap<>();
    private double defaultCost;
    private double defaultTariff;
    private boolean hasDefault;
    private boolean warned;
    List<Arc> arcs = new ArrayList<>();
    final List<Problem.Route> blocked = new ArrayList<>();

    private final int rootLine;
    private final int rootColumn;

    LaneResolver(ReadContext cx, EntityReader en, int rootLine, int rootColumn) {
        this.cx = cx;
        this.en = en;
        this.rootLine = rootLine;
        this.rootColumn = rootColumn;
    }

    void read(Fields top) {
        if (top.has("defaultLane")) {
            Fields d = Fields.of(top.get("defaultLane"), cx, "unitCost", "tariff");
            if (d != null) {
                hasDefault = true;
                defaultCost = d.money("unitCost", 0);
                defaultTariff = d.num("tariff", 0, 0, Double.POSITIVE_INFINITY);
            }
        }
        for (Node n : top.list("lanes")) {
            Fields f = Fields.of(n, cx, "from", "to", "product", "unitCost", "tariff", "risk", "blocked");
            if (f == null) continue;
            String from = f.id("from");
            String to = f.id("to");
            boolean ok = true;
            if (from != null && !cx.sites.contains(from) && !cx.economies.contains(from)) {
                cx.report.error(f.get("from"), "unknown site or economy \"" + from + "\"",
                        Report.known(concat(cx.economies, cx.sites)));
                ok = false;
            }
            if (to != null && !cx.markets.contains(to) && !cx.sites.contains(to) && !cx.economies.contains(to)) {
                cx.report.error(f.get("to"), "unknown market, site or economy \"" + to + "\"",
                        Report.known(concat(cx.economies, cx.markets, cx.sites)));
                ok = false;
            }
            int product = f.has("product") ? cx.ref(cx.products, f, "product") : -1;
            if (f.has("product") && product < 0) ok = false;
            Double cost = f.has("unitCost") ? f.money("unitCost", 0) : null;
            Double tariff = f.has("tariff") ? f.num("tariff", 0, 0, Double.POSITIVE_INFINITY) : null;
            Double risk = f.has("risk") ? f.num("risk", 0, 0, 1) : null;
            boolean block = f.bool("blocked", false);
            if (!ok || from == null || to == null) continue;
            Lane lane = new Lane(n, from, to, product, cost, tariff, risk, block);
            Lane old = lanes.computeIfAbsent(from, k -> new HashMap<>()).computeIfAbsent(to, k -> new ByProduct())
                    .putIfAbsent(product, lane);
            if (old != null) {
                String what = old.node.path() + " and " + n.path() + " both go from " + from + " to " + to
                        + (product < 0 ? " for every product" : " for " + en.products.get(product).id());
                if (old.agrees(lane)) {
                    cx.report.warning(n, "repeats " + old.node.path(), "remove one of the two");
                } else {
                    cx.report.error(n, "equally specific lanes disagree: " + what,
                            "merge them into one lane, or name a product or a site to make one more specific");
                }
            }
        }
    }

    private static List<String> concat(Ids... ids) {
        List<String> all = new ArrayList<>();
        for (Ids i : ids) all.addAll(i.index.keySet());
        return all;
    }

    /** The lanes leaving one site or economy, indexed for the million look-ups of a large problem. */
    private final class From {
        final Map<String, ByProduct> byTo;
        final List<ByProduct> byEconomy = new ArrayList<>();
        final boolean specific;

        From(Map<String, ByProduct> byTo) {
            this.byTo = byTo;
            boolean any = false;
            for (String to : byTo.keySet()) any |= cx.markets.contains(to) || cx.sites.contains(to);
            specific = any;
            for (var e : en.economies) byEconomy.add(byTo.get(e.id()));
        }

        Lane match(String destId, int destEconomy, int product) {
            if (specific) {
                Lane l = pick(byTo.get(destId), product);
                if (l != null) return l;
            }
            return pick(byEconomy.get(destEconomy), product);
        }
    }

    private static Lane pick(ByProduct byProduct, int product) {
        if (byProduct == null) return null;
        if (byProduct.named != null) {
            Lane l = byProduct.named.get(product);
            if (l != null) return l;
        }
        return byProduct.any;
    }

    /** The lanes of one (from, to): the one for every product, and those naming a product. */
    private static final class ByProduct {
        Lane any;
        Map<Integer, Lane> named;

        /** Adds a lane unless one with the same product is there; returns that one. */
        Lane putIfAbsent(int product, Lane lane) {
            if (product < 0) {
                if (any != null) return any;
                any = lane;
                return null;
            }
            if (named == null) named = new HashMap<>();
            return named.putIfAbsent(product, lane);
        }
    }

    /** Builds every arc and blocked route, in site order, markets before sites. */
    void resolve() {
        int nProducts = en.products.size();
        List<List<Integer>> marketsFor = new ArrayList<>();
        List<List<Integer>> consumersOf = new ArrayList<>();
        for (int p = 0; p < nProducts; p++) {
            marketsFor.add(new ArrayList<>());
            consumersOf.add(new ArrayList<>());
        }
        boolean[][] wants = new boolean[nProducts][en.markets.size()];
        en.demands.forEach(d -> wants[d.product()][d.market()] = true);
        for (int p = 0; p < nProducts; p++) {
            for (int k = 0; k < en.markets.size(); k++) if (wants[p][k]) marketsFor.get(p).add(k);
        }
        for (Site j : en.sites) {
            for (Product.Input in : en.products.get(j.product()).inputs()) consumersOf.get(in.product()).add(j.index());
        }
        long count = 0;
        for (Site s : en.sites) count += marketsFor.get(s.product()).size() + consumersOf.get(s.product()).size();
        arcs = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, count));
        List<From> economyFrom = new ArrayList<>();
        for (var e : en.economies) economyFrom.add(lanes.containsKey(e.id()) ? new From(lanes.get(e.id())) : null);
        for (Site s : en.sites) {
            From siteFrom = lanes.containsKey(s.id()) ? new From(lanes.get(s.id())) : null;
            From ecoFrom = economyFrom.get(s.economy());
            for (int k : marketsFor.get(s.product())) {
                var m = en.markets.get(k);
                route(s, k, -1, match(siteFrom, ecoFrom, m.id(), m.economy(), s.product()), m.economy());
            }
            for (int j : consumersOf.get(s.product())) {
                Site d = en.sites.get(j);
                route(s, -1, j, match(siteFrom, ecoFrom, d.id(), d.economy(), s.product()), d.economy());
            }
        }
    }

    private static Lane match(From siteFrom, From ecoFrom, String destId, int destEconomy, int product) {
        Lane l = siteFrom == null ? null : siteFrom.match(destId, destEconomy, product);
        if (l == null && ecoFrom != null) l = ecoFrom.match(destId, destEconomy, product);
        return l;
    }

    private void route(Site s, int toMarket, int toSite, Lane lane, int destEconomy) {
        if (lane != null && lane.blocked) {
            blocked.add(new Problem.Route(s.index(), toMarket, toSite));
            return;
        }
        boolean inside = s.economy() == destEconomy;
        if (lane == null && !inside && !hasDefault && !warned) {
            warned = true;
            cx.report.add(Diagnostic.Severity.WARNING, rootLine, rootColumn, "", "no lane from "
                    + en.economies.get(s.economy()).id() + " to " + en.economies.get(destEconomy).id()
                    + " and no defaultLane: such flows cost no transport and no tariff", "add a lane or a \"defaultLane\"");
        }
        double cost = lane != null && lane.unitCost != null ? lane.unitCost : inside ? 0 : defaultCost;
        double tariff = lane != null && lane.tariff != null ? lane.tariff : inside ? 0 : defaultTariff;
        double risk = lane != null && lane.risk != null ? lane.risk : inside ? 0 : en.economies.get(s.economy()).risk();
        arcs.add(new Arc(arcs.size(), s.index(), toMarket, toSite, s.unitCost(), tariff * s.unitCost(), cost, risk));
    }
}
