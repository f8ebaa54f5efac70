package org.reshore.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reshore.model.Demand;
import org.reshore.model.Policy;
import org.reshore.model.Stockpile;
import org.reshore.model.Subsidy;

/** Reads subsidy programmes, policies and stockpiles (they need the entities read first). */
final class PolicyReader {
    private final ReadContext cx;
    private final EntityReader en;
    final List<Subsidy> subsidies = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>();
    final List<Stockpile> stockpiles = new ArrayList<>();

    PolicyReader(ReadContext cx, EntityReader en) {
        this.cx = cx;
        this.en = en;
    }

    /** Indices of the periods a list names, or every period when the key is absent. */
    List<Integer> periods(Fields f, String key) {
        List<Integer> out = new ArrayList<>();
        if (!f.has(key)) {
            for (int t = 0; t < en.periods.size(); t++) out.add(t);
            return out;
        }
        for (Node n : f.list(key)) {
            String id = f.string(n);
            int t = id == null ? -1 : cx.periods.ref(n, id);
            if (t >= 0 && !out.contains(t)) out.add(t);
        }
        out.sort(null);
        return out;
    }

    Selector selector(Fields f, String key) {
        if (!f.has(key)) return Selector.ALL;
        return Selector.read(Fields.of(f.get(key), cx, Selector.KEYS), cx);
    }

    void subsidies(Fields top) {
        for (Node n : top.list("subsidies")) {
            Fields f = Fields.of(n, cx, "id", "name", "kind", "amount", "maxShare", "perUnit", "eligible", "periods");
            if (f == null) continue;
            String id = f.id("id");
            String kindText = f.str("kind", "capex");
            Subsidy.Kind kind = Subsidy.Kind.CAPEX;
            if (kindText.equals("production")) {
                kind = Subsidy.Kind.PRODUCTION;
            } else if (!kindText.equals("capex")) {
                cx.report.error(f.get("kind"), "unknown subsidy kind \"" + kindText + "\"", "known: capex, production");
            }
            double amount = f.reqMoney("amount");
            double maxShare = f.num("maxShare", 1, 0, 1);
            double perUnit = 0;
            if (kind == Subsidy.Kind.PRODUCTION) {
                perUnit = f.reqMoney("perUnit");
                if (f.has("maxShare")) {
                    cx.report.error(f.get("maxShare"), "maxShare applies to capex subsidies only", "leave it out of a production subsidy");
                }
            } else if (f.has("perUnit")) {
                cx.report.error(f.get("perUnit"), "perUnit applies to production subsidies only",
                        "add \"kind\": \"production\"");
            }
            Selector eligible = selector(f, "eligible");
            List<Integer> periods = periods(f, "periods");
            if (id == null || !cx.subsidies.add(id, f.get("id"))) continue;
            subsidies.add(new Subsidy(id, subsidies.size(), kind, amount, maxShare, perUnit,
                    eligible.options(en.sites, en.economies), eligible.sites(en.sites, en.economies), periods));
        }
    }

    void policies(Fields top) {
        List<Node> list = top.list("policies");
        for (int i = 0; i < list.size(); i++) {
            Node n = list.get(i);
            if (!(n instanceof Node.Obj o)) {
                cx.report.error(n, "expected an object, found " + n.kind(), "a policy is {\"type\": …, …}");
                continue;
            }
            Node typeNode = o.get("type");
            String type = typeNode instanceof Node.Str s ? s.value() : null;
            if (type == null) {
                if (typeNode == null) cx.report.error(n, "missing field \"type\"", "known: maxShare, minShare, maxShortage, budget");
                else cx.report.error(typeNode, "expected a string, found " + typeNode.kind(), "known: maxShare, minShare, maxShortage, budget");
                continue;
            }
            String prefix = "policies[" + i + "] " + type;
            Policy p = switch (type) {
                case "maxShare", "minShare" -> share(Fields.of(n, cx, "type", "market", "product", "periods", "from", "share"),
                        type.equals("maxShare"), prefix);
                case "maxShortage" -> shortage(Fields.of(n, cx, "type", "market", "product", "periods", "share"), prefix);
                case "budget" -> budget(Fields.of(n, cx, "type", "amount", "options", "periods"), prefix);
                default -> {
                    cx.report.error(typeNode, "unknown policy type \"" + type + "\"",
                            "known: maxShare, minShare, maxShortage, budget");
                    yield null;
                }
            };
            if (p != null) policies.add(p);
        }
    }

    private Policy share(Fields f, boolean upper, String prefix) {
        List<Integer> demands = covered(f);
        if (!f.has("from")) cx.report.error(f.obj, "missing field \"from\"", "a selector of the sources, e.g. {\"tags\": [\"adversary\"]}");
        Selector from = selector(f, "from");
        double share = f.reqNum("share", 0, 1);
        String label = prefix + " " + scope(f) + (upper ? " ≤ " : " ≥ ") + percent(share) + " from " + from.text;
        return new Policy.Share(policies.size(), label, upper, share, from.sites(en.sites, en.economies), demands);
    }

    private Policy shortage(Fields f, String prefix) {
        List<Integer> demands = covered(f);
        double share = f.reqNum("share", 0, 1);
        return new Policy.Shortage(policies.size(), prefix + " " + scope(f) + " ≤ " + percent(share), share, demands);
    }

    private Policy budget(Fields f, String prefix) {
        double amount = f.reqMoney("amount");
        Selector options = selector(f, "options");
        List<Integer> periods = periods(f, "periods");
        String label = prefix + " " + Canonical.number(amount) + " " + cx.money.base() + " on options " + options.text
                + (f.has("periods") ? " in " + String.join(",", f.strings("periods")) : "");
        return new Policy.Budget(policies.size(), label, amount, options.options(en.sites, en.economies), periods);
    }

    private static String percent(double share) {
        return Canonical.number(share * 100) + "%";
    }

    private String scope(Fields f) {
        return f.str("market", "each market") + " " + f.str("product", "each product")
                + (f.has("periods") ? " in " + String.join(",", f.strings("periods")) : "");
    }

    /** Demand entries a policy covers: those of its market, product and periods (each, when absent). */
    private List<Integer> covered(Fields f) {
        int market = f.has("market") ? cx.ref(cx.markets, f, "market") : -1;
        int product = f.has("product") ? cx.ref(cx.products, f, "product") : -1;
        Set<Integer> periods = new HashSet<>(periods(f, "periods"));
        List<Integer> out = new ArrayList<>();
        if ((f.has("market") && market < 0) || (f.has("product") && product < 0)) return out;
        for (Demand d : en.demands) {
            if ((market < 0 || d.market() == market) && (product < 0 || d.product() == product)
                    && periods.contains(d.period())) {
                out.add(d.index());
            }
        }
        if (out.isEmpty() && !cx.report.hasErrors()) cx.report.warning(f.obj, "the policy covers no demand", "check its market, product and periods");
        return out;
    }

    void stockpiles(Fields top) {
        Set<Long> seen = new HashSet<>();
        for (Node n : top.list("stockpiles")) {
            Fields f = Fields.of(n, cx, "market", "product", "purchaseCost", "holdingCost", "max");
            if (f == null) continue;
            int k = cx.ref(cx.markets, f, "market");
            int p = cx.ref(cx.products, f, "product");
            double purchase = f.reqMoney("purchaseCost");
            double holding = f.money("holdingCost", 0);
            double max = f.num("max", Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY);
            if (k < 0 || p < 0) continue;
            if (!seen.add((long) k * en.products.size() + p)) {
                cx.report.error(n, "second stockpile for " + en.markets.get(k).id() + ", " + en.products.get(p).id(),
                        "one stockpile per (market, product)");
                continue;
            }
            stockpiles.add(new Stockpile(stockpiles.size(), k, p, purchase, holding, max));
        }
    }
}
