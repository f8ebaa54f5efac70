package org.reshore.engine.search.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.reshore.model.Arc;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Economy;
import org.reshore.model.Market;
import org.reshore.model.Objective;
import org.reshore.model.Period;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Site;

/**
 * Seeded random transport problems: two periods, tight capacities (each site has one option of
 * up to two modules), about half of the demands with a shortage penalty and the rest to be met in
 * full, some blocked lanes, exposure priced. With several products, site s makes product
 * s mod products and each market wants every product.
 */
final class RandomTransport {
    private RandomTransport() {
    }

    static Problem problem(long seed, int productsN, int sitesN, int marketsN) {
        Random r = new Random(seed);
        List<Period> periods = List.of(new Period("a", 0, 1, 1), new Period("b", 1, 3, 0.9));
        List<Economy> economies = List.of(new Economy("E0", 0, "E0", 0, List.of()), new Economy("E1", 1, "E1", 0.7, List.of()));
        List<Site> sites = new ArrayList<>();
        List<CapacityOption> options = new ArrayList<>();
        for (int s = 0; s < sitesN; s++) {
            sites.add(new Site("s" + s, s, s % 2, s % productsN, s < productsN ? 20 : 0, 1 + r.nextInt(5), List.of(s)));
            options.add(new CapacityOption("o" + s, s, s, 30 + r.nextInt(60), 100, 0, 0, 2));
        }
        List<Market> markets = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        for (int k = 0; k < marketsN; k++) {
            markets.add(new Market("m" + k, k, k % 2));
            for (int g = 0; g < productsN; g++) {
                for (int t = 0; t < 2; t++) {
                    double penalty = r.nextBoolean() ? 5 + r.nextInt(30) : Double.NaN;
                    demands.add(new Demand(demands.size(), k, g, t, (5 + r.nextInt(25)) / productsN, penalty));
                }
            }
        }
        List<Arc> arcs = new ArrayList<>();
        for (int s = 0; s < sitesN; s++) {
            for (int k = 0; k < marketsN; k++) {
                if (r.nextInt(6) == 0) continue; // a blocked lane
                boolean cross = s % 2 != k % 2;
                arcs.add(new Arc(arcs.size(), s, k, -1, sites.get(s).unitCost(), cross ? 0.1 * sites.get(s).unitCost() : 0,
                        r.nextInt(8), cross ? economies.get(s % 2).risk() : 0));
            }
        }
        Objective objective = new Objective(2, 0, Objective.Mode.WEIGHTED, List.of(), 1e-6, Double.POSITIVE_INFINITY, Double.NaN);
        List<Product> products = new ArrayList<>();
        for (int g = 0; g < productsN; g++) products.add(new Product("g" + g, g, "u", 1.5 + g, List.of()));
        return new Problem("random-transport-" + seed, "", "USD", "0", periods, economies, products, markets, sites, options, demands, arcs, List.of(),
                List.of(), List.of(), List.of(), List.of(), objective);
    }
}
