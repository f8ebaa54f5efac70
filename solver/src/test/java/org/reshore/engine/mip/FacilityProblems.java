package org.reshore.engine.mip;

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
 * Seeded random problems of facility-location shape with the variety the Lagrangian method must
 * handle: one or two products, sites with their own capacity and/or an option built up to three
 * times, lanes missing, demands with and without a shortage price, a price on exposure.
 */
final class FacilityProblems {
    private FacilityProblems() {}

    static Problem random(long seed) {
        Random r = new Random(seed);
        int productCount = 1 + r.nextInt(2);
        int marketCount = 5 + r.nextInt(8);
        List<Economy> economies = List.of(new Economy("A", 0, "A", 0, List.of()), new Economy("B", 1, "B", 0.5, List.of()));
        List<Product> products = new ArrayList<>();
        for (int p = 0; p < productCount; p++) products.add(new Product("p" + p, p, "u", 1, List.of()));
        List<Market> markets = new ArrayList<>();
        for (int k = 0; k < marketCount; k++) markets.add(new Market("m" + k, k, r.nextInt(2)));
        List<Demand> demands = new ArrayList<>();
        double[] total = new double[productCount];
        for (int p = 0; p < productCount; p++) {
            for (int k = 0; k < marketCount; k++) {
                double q = 5 + r.nextInt(26);
                double penalty = r.nextDouble() < 0.3 ? 50 + r.nextInt(150) : Double.NaN;
                demands.add(new Demand(demands.size(), k, p, 0, q, penalty));
                total[p] += q;
            }
        }
        List<Site> sites = new ArrayList<>();
        List<CapacityOption> options = new ArrayList<>();
        List<Arc> arcs = new ArrayList<>();
        for (int p = 0; p < productCount; p++) {
            int count = 3 + r.nextInt(5);
            boolean[] reached = new boolean[marketCount];
            for (int n = 0; n < count; n++) {
                int s = sites.size();
                double base = r.nextDouble() < 0.3 ? Math.round(total[p] * (0.1 + 0.2 * r.nextDouble())) : 0;
                List<Integer> opts = new ArrayList<>();
                if (base == 0 || r.nextDouble() < 0.5) {
                    int maxBuilds = 1 + r.nextInt(3);
                    double cap = Math.round(total[p] * (0.6 + 0.5 * r.nextDouble()) / maxBuilds);
                    opts.add(options.size());
                    options.add(new CapacityOption("o" + s, options.size(), s, cap, 100 + r.nextInt(500), r.nextInt(50), 0,
                            maxBuilds));
                }
                sites.add(new Site("s" + s, s, r.nextInt(2), p, base, 0, opts));
                for (int k = 0; k < marketCount; k++) {
                    boolean last = n == count - 1 && !reached[k];
                    if (!last && r.nextDouble() < 0.2) continue;
                    reached[k] = true;
                    arcs.add(new Arc(arcs.size(), s, k, -1, 1 + r.nextInt(5), 0, 1 + 9 * r.nextDouble(), 0.5 * r.nextDouble()));
                }
            }
        }
        double exposureWeight = r.nextBoolean() ? 0 : 2;
        Objective objective = new Objective(exposureWeight, 0, Objective.Mode.WEIGHTED, List.of(), 1e-6,
                Double.POSITIVE_INFINITY, Double.NaN);
        return new Problem("facility-" + seed, "", "USD", "0", List.of(new Period("all", 0, 1, 1)), economies, products,
                markets, sites, options, demands, arcs, List.of(), List.of(), List.of(), List.of(), List.of(), objective);
    }

    /** Two markets of 10 each; site s0 (existing capacity 30) and s1 (a build of 20): nothing needs building. */
    static Problem coveredByExistingCapacity() {
        List<Economy> economies = List.of(new Economy("A", 0, "A", 0, List.of()));
        List<Market> markets = List.of(new Market("m0", 0, 0), new Market("m1", 1, 0));
        List<Demand> demands = List.of(new Demand(0, 0, 0, 0, 10, Double.NaN), new Demand(1, 1, 0, 0, 10, Double.NaN));
        List<Site> sites = List.of(new Site("s0", 0, 0, 0, 30, 0, List.of()), new Site("s1", 1, 0, 0, 0, 0, List.of(0)));
        List<CapacityOption> options = List.of(new CapacityOption("o1", 0, 1, 20, 50, 0, 0, 1));
        List<Arc> arcs = List.of(new Arc(0, 0, 0, -1, 5, 0, 0, 0), new Arc(1, 0, 1, -1, 5, 0, 0, 0),
                new Arc(2, 1, 0, -1, 1, 0, 0, 0), new Arc(3, 1, 1, -1, 1, 0, 0, 0));
        Objective objective = new Objective(0, 0, Objective.Mode.WEIGHTED, List.of(), 1e-6, Double.POSITIVE_INFINITY, Double.NaN);
        return new Problem("covered", "", "USD", "0", List.of(new Period("all", 0, 1, 1)), economies,
                List.of(new Product("p0", 0, "u", 1, List.of())), markets, sites, options, demands, arcs, List.of(),
                List.of(), List.of(), List.of(), List.of(), objective);
    }
}
