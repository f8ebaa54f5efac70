package org.reshore.engine.greedy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.reshore.model.Arc;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Subsidy;

/**
 * What one more unit on each arc costs the objective in one period, per year of the period:
 * δ_t·(delivered cost) + exposureWeight·rate (exposure is not discounted), plus, for products
 * with a bill of materials, the cheapest such cost of each input into the source site
 * (recursively, capacity ignored). Also the arcs into each market and into each site for each
 * product, cheapest first (ties by arc index, so the greedy is deterministic).
 */
final class Merits {
    final double[] arc;
    /** The arc's own merit, without its source's inputs. */
    final double[] own;
    /** Product of each arc's flows (the source site's product), cached for the hot loops. */
    final int[] product;
    private final double[] site; // input merit of a unit made at the site
    private final Problem problem;
    private final double delta;
    private final double price;
    private final double[] credit; // production subsidy per unit-year expected at each site

    Merits(Problem problem, int period, double exposurePrice) {
        this.problem = problem;
        this.delta = problem.period(period).discount();
        this.price = exposurePrice;
        credit = credits(problem, period);
        site = new double[problem.sites().size()];
        Arrays.fill(site, Double.NaN);
        arc = new double[problem.arcs().size()];
        product = new int[problem.arcs().size()];
        for (Arc a : problem.arcs()) product[a.index()] = problem.site(a.from()).product();
        own = new double[problem.arcs().size()];
        for (Arc a : problem.arcs()) {
            own[a.index()] = own(a);
            arc[a.index()] = own[a.index()] + inputs(a.from(), 0);
        }
    }

    private double own(Arc a) {
        return delta * a.unitCost() + price * problem.exposureRate(a.index()) - credit[a.from()];
    }

    /**
     * What production subsidies are expected to pay per unit made at each site in this period:
     * δ·perUnit, scaled down by how much of the eligible sites' largest possible output the
     * programme's amount could pay for (so a programme that will run out counts for less).
     */
    private static double[] credits(Problem problem, int period) {
        double[] credit = new double[problem.sites().size()];
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() != Subsidy.Kind.PRODUCTION || !u.coversPeriod(period) || !(u.perUnit() > 0)) continue;
            double most = 0;
            for (int s : u.eligibleSites()) {
                double cap = problem.site(s).capacity();
                for (int o : problem.site(s).options()) cap += problem.option(o).capacity() * problem.option(o).maxBuilds();
                for (int t : u.periods()) most += u.perUnit() * problem.period(t).years() * cap;
            }
            double share = most > 0 ? Math.min(1, u.amount() / most) : 0;
            for (int s : u.eligibleSites()) credit[s] += problem.period(period).discount() * u.perUnit() * share;
        }
        return credit;
    }

    /** Cheapest merit of the inputs of one unit made at site s (0 without bill of materials). */
    double inputs(int s, int depth) {
        if (!Double.isNaN(site[s])) return site[s];
        Product p = problem.product(problem.site(s).product());
        double sum = 0;
        if (depth > problem.products().size()) return 0; // a cyclic bill of materials: the checker reports it
        for (Product.Input in : p.inputs()) {
            double best = Double.POSITIVE_INFINITY;
            for (int a : problem.arcsIntoSite(s)) {
                if (problem.arcProduct(a) != in.product()) continue;
                best = Math.min(best, own(problem.arc(a)) + inputs(problem.arc(a).from(), depth + 1));
            }
            sum += in.perUnit() * best;
        }
        site[s] = sum;
        return sum;
    }

    /** Arcs into market k of product p, cheapest first. */
    List<Integer> intoMarket(int market, int product) {
        List<Integer> out = new ArrayList<>();
        for (int a : problem.arcsIntoMarket(market)) if (this.product[a] == product) out.add(a);
        out.sort(order());
        return out;
    }

    /** Arcs bringing product q into site s, cheapest first. */
    List<Integer> intoSite(int s, int product) {
        List<Integer> out = new ArrayList<>();
        for (int a : problem.arcsIntoSite(s)) if (this.product[a] == product) out.add(a);
        out.sort(order());
        return out;
    }

    private Comparator<Integer> order() {
        return Comparator.<Integer>comparingDouble(a -> arc[a]).thenComparingInt(a -> a);
    }
}
