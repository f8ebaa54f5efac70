package org.reshore.engine.search;

import java.util.ArrayList;
import java.util.List;
import org.reshore.model.Arc;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Economy;
import org.reshore.model.Market;
import org.reshore.model.Objective;
import org.reshore.model.Period;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Scenario;
import org.reshore.model.Site;
import org.reshore.model.Stockpile;
import org.reshore.model.Subsidy;

/**
 * The design's worked examples (problems/examples, README arithmetic) built with the model's
 * constructors, resolved as MODEL.md §2 says, so the engine can be tested before the reader lands.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Objective weighted(double exposureWeight) {
        return new Objective(exposureWeight, 0, Objective.Mode.WEIGHTED, List.of(), 1e-6, Double.POSITIVE_INFINITY, Double.NaN);
    }

    static List<Period> onePeriod() {
        return List.of(new Period("all", 0, 1, 1));
    }

    /** tiny-exposure: optimum 2250 (build o1, 50 from the US, 50 from China). */
    static Problem tinyExposure() {
        return tinyExposure(List.of(), 0, List.of());
    }

    /** tiny-exposure with extra policies, a fixed cost on o1 and extra (e.g. production) subsidies. */
    static Problem tinyExposure(List<Policy> policies, double fixedCost, List<Subsidy> extraSubsidies) {
        List<Economy> economies = List.of(new Economy("US", 0, "US", 0, List.of()), new Economy("CN", 1, "CN", 1, List.of()));
        List<Site> sites = List.of(new Site("cn", 0, 1, 0, 80, 10, List.of()), new Site("us", 1, 0, 0, 0, 15, List.of(0)));
        List<CapacityOption> options = List.of(new CapacityOption("o1", 0, 1, 50, 1000, fixedCost, 0, 1));
        List<Arc> arcs = List.of(new Arc(0, 0, 0, -1, 10, 1, 2, 1), new Arc(1, 1, 0, -1, 15, 0, 0, 0));
        List<Subsidy> subsidies = new ArrayList<>();
        subsidies.add(new Subsidy("s", 0, Subsidy.Kind.CAPEX, 300, 0.5, 0, List.of(0), List.of(1), List.of(0)));
        subsidies.addAll(extraSubsidies);
        return new Problem("tiny-exposure", "", "USD", "0", onePeriod(), economies,
                List.of(new Product("widget", 0, "u", 1, List.of())), List.of(new Market("US", 0, 0)), sites, options,
                List.of(new Demand(0, 0, 0, 0, 100, 1000)), arcs, List.of(), subsidies, policies, List.of(), List.of(),
                weighted(3));
    }

    /** tiny-policy: optimum 1910 (two Kumamoto modules, China capped at 30). */
    static Problem tinyPolicy() {
        List<Economy> economies = List.of(new Economy("US", 0, "US", 0, List.of("domestic")),
                new Economy("CN", 1, "CN", 1, List.of("adversary")), new Economy("JP", 2, "JP", 0.1, List.of("ally")));
        List<Site> sites = List.of(new Site("cn", 0, 1, 0, 1000, 10, List.of()), new Site("jp", 1, 2, 0, 0, 12, List.of(0)));
        List<CapacityOption> options = List.of(new CapacityOption("kumamoto", 0, 1, 40, 500, 0, 0, 3));
        List<Arc> arcs = List.of(new Arc(0, 0, 0, -1, 10, 0, 0, 1), new Arc(1, 1, 0, -1, 12, 0, 1, 0.1));
        List<Subsidy> subsidies = List.of(new Subsidy("jp-fund", 0, Subsidy.Kind.CAPEX, 300, 0.4, 0, List.of(0), List.of(1), List.of(0)));
        List<Policy> policies = List.of(new Policy.Share(0, "policies[0] maxShare", true, 0.3, List.of(0), List.of(0)));
        return new Problem("tiny-policy", "", "USD", "0", onePeriod(), economies,
                List.of(new Product("chip", 0, "wafer", 1, List.of())), List.of(new Market("US", 0, 0)), sites, options,
                List.of(new Demand(0, 0, 0, 0, 100, Double.NaN)), arcs, List.of(), subsidies, policies, List.of(), List.of(),
                weighted(0));
    }

    /** tiny-bom-periods: optimum 1268.1818… (no builds; ore feeds metal 2:1, a production credit). */
    static Problem tinyBomPeriods() {
        List<Period> periods = List.of(new Period("p1", 0, 1, 1), new Period("p2", 1, 2, 1 / 1.1));
        List<Product> products = List.of(new Product("ore", 0, "t", 1, List.of()),
                new Product("metal", 1, "t", 1, List.of(new Product.Input(0, 2))));
        List<Site> sites = List.of(new Site("mine", 0, 0, 0, 1000, 1, List.of()), new Site("smelter", 1, 0, 1, 100, 5, List.of()));
        List<Arc> arcs = List.of(new Arc(0, 0, -1, 1, 1, 0, 0, 0), new Arc(1, 1, 0, -1, 5, 0, 0, 0));
        List<Subsidy> subsidies = List.of(new Subsidy("ptc", 0, Subsidy.Kind.PRODUCTION, 100, 0, 2, List.of(), List.of(1), List.of(0, 1)));
        return new Problem("tiny-bom-periods", "", "USD", "0", periods, List.of(new Economy("US", 0, "US", 0, List.of())),
                products, List.of(new Market("US", 0, 0)), sites, List.of(),
                List.of(new Demand(0, 0, 1, 0, 50, Double.NaN), new Demand(1, 0, 1, 1, 80, Double.NaN)), arcs, List.of(),
                subsidies, List.of(), List.of(), List.of(), weighted(0));
    }

    /** tiny-stockpile: robust mode (scenarioWeight 1). */
    static Problem tinyStockpile() {
        List<Economy> economies = List.of(new Economy("US", 0, "US", 0, List.of()), new Economy("CN", 1, "CN", 1, List.of()));
        Objective robust = new Objective(0, 1, Objective.Mode.WEIGHTED, List.of(), 1e-6, Double.POSITIVE_INFINITY, Double.NaN);
        return new Problem("tiny-stockpile", "", "USD", "0", onePeriod(), economies,
                List.of(new Product("magnet", 0, "t", 1, List.of())), List.of(new Market("US", 0, 0)),
                List.of(new Site("cn", 0, 1, 0, 100, 10, List.of())), List.of(),
                List.of(new Demand(0, 0, 0, 0, 100, 100)), List.of(new Arc(0, 0, 0, -1, 10, 0, 0, 1)), List.of(),
                List.of(), List.of(), List.of(new Stockpile(0, 0, 0, 10, 2, 1000)),
                List.of(new Scenario("ban", 0, "ban", 0.2, 0, 1, List.of(0.0), List.of(), 1)), robust);
    }

    /**
     * A capacitated facility location problem: facility i has capacity cap[i] and opening cost
     * open[i] (an option with capex), customer j demand d[j] that must be met, unit cost c[i][j].
     */
    static Problem facilities(String name, double[] cap, double[] open, double[] demand, double[][] unitCost) {
        List<Site> sites = new ArrayList<>();
        List<CapacityOption> options = new ArrayList<>();
        List<Market> markets = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        List<Arc> arcs = new ArrayList<>();
        for (int j = 0; j < demand.length; j++) {
            markets.add(new Market("c" + j, j, 0));
            demands.add(new Demand(j, j, 0, 0, demand[j], Double.NaN));
        }
        for (int i = 0; i < cap.length; i++) {
            sites.add(new Site("f" + i, i, 0, 0, 0, 0, List.of(i)));
            options.add(new CapacityOption("open-f" + i, i, i, cap[i], open[i], 0, 0, 1));
            for (int j = 0; j < demand.length; j++) arcs.add(new Arc(arcs.size(), i, j, -1, 0, 0, unitCost[i][j], 0));
        }
        return new Problem(name, "", "USD", "0", onePeriod(), List.of(new Economy("X", 0, "X", 0, List.of())),
                List.of(new Product("goods", 0, "u", 1, List.of())), markets, sites, options, demands, arcs, List.of(),
                List.of(), List.of(), List.of(), List.of(), weighted(0));
    }
}
