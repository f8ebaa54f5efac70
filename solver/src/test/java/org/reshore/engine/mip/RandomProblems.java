package org.reshore.engine.mip;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.reshore.model.Objective;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Scenario;
import org.reshore.model.Stockpile;
import org.reshore.model.Subsidy;

/** Small random problems with builds, subsidies, policies, BOM, stockpiles and scenarios, from a seed. */
final class RandomProblems {
    private RandomProblems() {}

    static Problem generate(long seed) {
        Random r = new Random(seed);
        ProblemBuilder b = new ProblemBuilder();
        b.discountRate = r.nextBoolean() ? 0 : 0.05;
        int periods = 1 + r.nextInt(3);
        for (int t = 0; t < periods; t++) b.period("t" + t, 1 + r.nextInt(3));
        int economies = 2 + r.nextInt(2);
        for (int e = 0; e < economies; e++) b.economy("E" + e, e == 0 ? 0 : r.nextInt(11) / 10.0, e == 1 ? "adversary" : "ally");
        int raw = b.product("raw", 1 + r.nextInt(2));
        boolean bom = r.nextBoolean();
        int fin = bom ? b.product("fin", 1, new Product.Input(raw, 0.5 + r.nextInt(3) * 0.5)) : raw;
        List<Integer> productsMade = bom ? List.of(raw, fin) : List.of(raw);
        int siteCount = 0;
        List<Integer> finalSites = new ArrayList<>();
        for (int prod : productsMade) {
            int n = 2 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                int e = r.nextInt(economies);
                boolean greenfield = r.nextInt(3) == 0;
                int s = b.site("s" + siteCount++, e, prod, greenfield ? 0 : 20 + r.nextInt(80), 1 + r.nextInt(20));
                if (prod == fin) finalSites.add(s);
                if (greenfield || r.nextBoolean()) {
                    int maxBuilds = 1 + r.nextInt(3);
                    b.option("o" + s, s, 10 + r.nextInt(60), 50 + r.nextInt(500), r.nextInt(3) * 5.0,
                            r.nextInt(periods), maxBuilds);
                }
            }
        }
        for (int e = 0; e < economies; e++) {
            if (r.nextInt(3) == 0 && e > 0) continue;
            for (int t = 0; t < periods; t++) {
                double penalty = r.nextInt(4) == 0 ? Double.NaN : 50 + r.nextInt(100);
                b.demand(e, fin, t, 10 + r.nextInt(60), penalty);
            }
        }
        if (b.demands.isEmpty()) b.demand(0, fin, 0, 30, 80);
        // a big, expensive, existing source in economy 0 so that demands without penalty stay servable
        b.site("backstop", 0, raw, 10_000, 60);
        if (bom) b.site("backstop-fin", 0, fin, 10_000, 60);
        for (int i = 0; i < economies; i++) {
            for (int j = 0; j < economies; j++) {
                if (i == j) continue;
                boolean blocked = i == 1 && j == 2 && r.nextBoolean();
                b.lane(i, j, r.nextInt(5), r.nextInt(3) * 0.1, blocked);
            }
        }
        List<Integer> optionsAll = new ArrayList<>();
        for (int o = 0; o < b.options.size(); o++) optionsAll.add(o);
        if (!optionsAll.isEmpty() && r.nextBoolean()) {
            b.subsidies.add(new Subsidy("capex", b.subsidies.size(), Subsidy.Kind.CAPEX, 50 + r.nextInt(300),
                    0.2 + r.nextInt(5) * 0.1, 0, optionsAll.subList(0, 1 + r.nextInt(optionsAll.size())), List.of(),
                    b.allPeriods()));
        }
        if (r.nextBoolean()) {
            List<Integer> sites = new ArrayList<>();
            for (int s = 0; s < b.sites.size(); s++) if (r.nextBoolean()) sites.add(s);
            b.subsidies.add(new Subsidy("ptc", b.subsidies.size(), Subsidy.Kind.PRODUCTION, 20 + r.nextInt(200), 0,
                    0.5 + r.nextInt(3), List.of(), sites, List.of(r.nextInt(periods))));
        }
        List<Integer> adversary = new ArrayList<>();
        for (int s = 0; s < b.sites.size(); s++) {
            if (b.sites.get(s).economy() == 1 && b.sites.get(s).product() == fin) adversary.add(s);
        }
        List<Integer> allDemands = new ArrayList<>();
        for (int d = 0; d < b.demands.size(); d++) allDemands.add(d);
        if (r.nextBoolean()) {
            b.policies.add(new Policy.Share(b.policies.size(), "policies[" + b.policies.size() + "] maxShare adversary",
                    true, 0.1 * r.nextInt(6), adversary, allDemands));
        }
        if (r.nextInt(3) == 0) {
            List<Integer> home = new ArrayList<>();
            for (int s = 0; s < b.sites.size(); s++) {
                if (b.sites.get(s).economy() == 0 && b.sites.get(s).product() == fin) home.add(s);
            }
            b.policies.add(new Policy.Share(b.policies.size(), "policies[" + b.policies.size() + "] minShare home",
                    false, 0.1 * r.nextInt(4), home, allDemands.subList(0, 1)));
        }
        if (!optionsAll.isEmpty() && r.nextBoolean()) {
            b.policies.add(new Policy.Budget(b.policies.size(), "policies[" + b.policies.size() + "] budget",
                    100 + r.nextInt(400), optionsAll, b.allPeriods()));
        }
        if (r.nextInt(3) == 0) {
            b.policies.add(new Policy.Shortage(b.policies.size(), "policies[" + b.policies.size() + "] maxShortage",
                    0.1 * r.nextInt(5), allDemands));
        }
        double unserved = Double.NaN;
        double scenarioWeight = 0;
        if (r.nextBoolean()) {
            unserved = 200;
            scenarioWeight = r.nextBoolean() ? 1 : 0.5;
            for (int d = 0; d < b.demands.size(); d++) {
                if (r.nextInt(3) == 0) {
                    var dem = b.demands.get(d);
                    boolean dup = b.stockpiles.stream().anyMatch(s -> s.market() == dem.market() && s.product() == dem.product());
                    if (!dup) b.stockpiles.add(new Stockpile(b.stockpiles.size(), dem.market(), dem.product(),
                            5 + r.nextInt(10), 1 + r.nextInt(3), 20 + r.nextInt(100)));
                }
            }
            List<Double> factor = new ArrayList<>();
            for (var s : b.sites) factor.add(s.economy() == 1 ? 0.0 : 1.0);
            b.scenarios.add(new Scenario("ban", 0, "ban", 0.05 + 0.05 * r.nextInt(4), r.nextInt(periods),
                    1 + r.nextInt(2), factor, List.of(), 1 + 0.1 * r.nextInt(3)));
        }
        Objective.Mode mode = r.nextInt(4) == 0 ? Objective.Mode.LEXICOGRAPHIC : Objective.Mode.WEIGHTED;
        List<Objective.Criterion> order = r.nextBoolean()
                ? List.of(Objective.Criterion.EXPOSURE, Objective.Criterion.COST)
                : List.of(Objective.Criterion.COST, Objective.Criterion.EXPOSURE);
        b.objective = new Objective(r.nextInt(3) * 2.0, scenarioWeight, mode, order, 1e-6,
                Double.POSITIVE_INFINITY, unserved);
        return b.build();
    }
}
