package org.reshore.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole reshore/1 problem, resolved: every reference is an index into the lists below, every
 * amount of money is in the base currency, every lane is resolved into the {@link Arc}s flows may
 * take. Built once by the reader; engines work on the indices and never re-validate.
 *
 * <p>{@code sha256} is the hash of the problem file's canonical form (keys sorted, no white space),
 * which plan files quote to say which problem they answer.
 */
public final class Problem {
    private final String name;
    private final String description;
    private final String currency;
    private final String sha256;
    private final List<Period> periods;
    private final List<Economy> economies;
    private final List<Product> products;
    private final List<Market> markets;
    private final List<Site> sites;
    private final List<CapacityOption> options;
    private final List<Demand> demands;
    private final List<Arc> arcs;
    private final List<Route> blockedRoutes;
    private final List<Subsidy> subsidies;
    private final List<Policy> policies;
    private final List<Stockpile> stockpiles;
    private final List<Scenario> scenarios;
    private final Objective objective;

    private final Map<String, Integer> periodIndex = new HashMap<>();
    private final Map<String, Integer> economyIndex = new HashMap<>();
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final Map<String, Integer> marketIndex = new HashMap<>();
    private final Map<String, Integer> siteIndex = new HashMap<>();
    private final Map<String, Integer> optionIndex = new HashMap<>();
    private final Map<String, Integer> subsidyIndex = new HashMap<>();
    private final Map<String, Integer> scenarioIndex = new HashMap<>();
    private final int[] demandLookup; // (market, product, period) → demand index or -1
    private final List<List<Integer>> arcsFrom;
    private final List<List<Integer>> arcsIntoSite;
    private final List<List<Integer>> arcsIntoMarket; // by market; filter by product of the source
    private final RouteIndex arcByRoute;
    private final RouteIndex blocked;

    /** A (source site, destination) pair: exactly one of toMarket and toSite is ≥ 0. */
    public record Route(int from, int toMarket, int toSite) {}

    public Problem(String name, String description, String currency, String sha256,
                   List<Period> periods, List<Economy> economies, List<Product> products,
                   List<Market> markets, List<Site> sites, List<CapacityOption> options,
                   List<Demand> demands, List<Arc> arcs, List<Route> blockedRoutes,
                   List<Subsidy> subsidies, List<Policy> policies, List<Stockpile> stockpiles,
                   List<Scenario> scenarios, Objective objective) {
        this.name = name;
        this.description = description;
        this.currency = currency;
        this.sha256 = sha256;
        this.periods = List.copyOf(periods);
        this.economies = List.copyOf(economies);
        this.products = List.copyOf(products);
        this.markets = List.copyOf(markets);
        this.sites = List.copyOf(sites);
        this.options = List.copyOf(options);
        this.demands = List.copyOf(demands);
        this.arcs = List.copyOf(arcs);
        this.blockedRoutes = List.copyOf(blockedRoutes);
        this.subsidies = List.copyOf(subsidies);
        this.policies = List.copyOf(policies);
        this.stockpiles = List.copyOf(stockpiles);
        this.scenarios = List.copyOf(scenarios);
        this.objective = objective;

        this.periods.forEach(p -> periodIndex.put(p.id(), p.index()));
        this.economies.forEach(e -> economyIndex.put(e.id(), e.index()));
        this.products.forEach(p -> productIndex.put(p.id(), p.index()));
        this.markets.forEach(m -> marketIndex.put(m.id(), m.index()));
        this.sites.forEach(s -> siteIndex.put(s.id(), s.index()));
        this.options.forEach(o -> optionIndex.put(o.id(), o.index()));
        this.subsidies.forEach(u -> subsidyIndex.put(u.id(), u.index()));
        this.scenarios.forEach(s -> scenarioIndex.put(s.id(), s.index()));

        demandLookup = new int[markets.size() * products.size() * periods.size()];
        Arrays.fill(demandLookup, -1);
        for (Demand d : this.demands) {
            demandLookup[demandKey(d.market(), d.product(), d.period())] = d.index();
        }
        // lists sized exactly in a first pass, one boxed index shared by both lists of an arc:
        // on a problem with millions of arcs this halves what the constructor allocates
        int[] fromCount = new int[sites.size()];
        int[] intoSiteCount = new int[sites.size()];
        int[] intoMarketCount = new int[markets.size()];
        for (Arc a : this.arcs) {
            fromCount[a.from()]++;
            if (a.servesMarket()) intoMarketCount[a.toMarket()]++;
            else intoSiteCount[a.toSite()]++;
        }
        arcsFrom = sizedLists(fromCount);
        arcsIntoSite = sizedLists(intoSiteCount);
        arcsIntoMarket = sizedLists(intoMarketCount);
        arcByRoute = new RouteIndex(this.arcs.size());
        blocked = new RouteIndex(this.blockedRoutes.size());
        for (Arc a : this.arcs) {
            Integer index = a.index();
            arcsFrom.get(a.from()).add(index);
            if (a.servesMarket()) arcsIntoMarket.get(a.toMarket()).add(index);
            else arcsIntoSite.get(a.toSite()).add(index);
            arcByRoute.put(routeKey(a.from(), a.toMarket(), a.toSite()), a.index());
        }
        for (Route r : this.blockedRoutes) blocked.put(routeKey(r.from(), r.toMarket(), r.toSite()), 1);
    }

    private static List<List<Integer>> sizedLists(int[] sizes) {
        List<List<Integer>> lists = new ArrayList<>(sizes.length);
        for (int size : sizes) lists.add(new ArrayList<>(size));
        return lists;
    }

    private int demandKey(int market, int product, int period) {
        return (market * products.size() + product) * periods.size() + period;
    }

    private long routeKey(int from, int toMarket, int toSite) {
        long dest = toMarket >= 0 ? toMarket : markets.size() + (long) toSite;
        return from * (long) (markets.size() + sites.size()) + dest;
    }

    /**
     * The same problem with another objective: what an ε-constraint sweep solves (a cap on exposure,
     * a different order). Name and hash stay those of the problem file, so plans of the copy still
     * answer that file.
     */
    public Problem withObjective(Objective other) {
        return new Problem(name, description, currency, sha256, periods, economies, products, markets, sites,
                options, demands, arcs, blockedRoutes, subsidies, policies, stockpiles, scenarios, other);
    }

    public String name() { return name; }
    public String description() { return description; }
    public String currency() { return currency; }
    public String sha256() { return sha256; }
    public List<Period> periods() { return periods; }
    public List<Economy> economies() { return economies; }
    public List<Product> products() { return products; }
    public List<Market> markets() { return markets; }
    public List<Site> sites() { return sites; }
    public List<CapacityOption> options() { return options; }
    public List<Demand> demands() { return demands; }
    public List<Arc> arcs() { return arcs; }
    public List<Route> blockedRoutes() { return blockedRoutes; }
    public List<Subsidy> subsidies() { return subsidies; }
    public List<Policy> policies() { return policies; }
    public List<Stockpile> stockpiles() { return stockpiles; }
    public List<Scenario> scenarios() { return scenarios; }
    public Objective objective() { return objective; }

    public Period period(int t) { return periods.get(t); }
    public Site site(int s) { return sites.get(s); }
    public Market market(int k) { return markets.get(k); }
    public Product product(int p) { return products.get(p); }
    public Economy economy(int e) { return economies.get(e); }
    public CapacityOption option(int o) { return options.get(o); }
    public Arc arc(int a) { return arcs.get(a); }
    public Demand demand(int d) { return demands.get(d); }

    /** Index of the demand of market k for product p in period t, or -1 where there is none. */
    public int demandIndex(int market, int product, int period) {
        return demandLookup[demandKey(market, product, period)];
    }

    /** Indices of the arcs leaving site s. */
    public List<Integer> arcsFrom(int site) { return arcsFrom.get(site); }

    /** Indices of the arcs bringing inputs into site s. */
    public List<Integer> arcsIntoSite(int site) { return arcsIntoSite.get(site); }

    /** Indices of the arcs into market k (of every product). */
    public List<Integer> arcsIntoMarket(int market) { return arcsIntoMarket.get(market); }

    /** The arc of a route, or -1 where flows cannot go (blocked, or the destination takes no such product). */
    public int arcIndex(int from, int toMarket, int toSite) {
        return arcByRoute.get(routeKey(from, toMarket, toSite));
    }

    /** Whether a lane blocks this route (as opposed to a route that no product need takes). */
    public boolean isBlocked(int from, int toMarket, int toSite) {
        return blocked.get(routeKey(from, toMarket, toSite)) >= 0;
    }

    /** Product of the flows on an arc. */
    public int arcProduct(int arc) { return sites.get(arcs.get(arc).from()).product(); }

    /** Id of an arc's destination (a market or a site id). */
    public String destinationId(Arc a) {
        return a.servesMarket() ? markets.get(a.toMarket()).id() : sites.get(a.toSite()).id();
    }

    public int periodIndex(String id) { return periodIndex.getOrDefault(id, -1); }
    public int economyIndex(String id) { return economyIndex.getOrDefault(id, -1); }
    public int productIndex(String id) { return productIndex.getOrDefault(id, -1); }
    public int marketIndex(String id) { return marketIndex.getOrDefault(id, -1); }
    public int siteIndex(String id) { return siteIndex.getOrDefault(id, -1); }
    public int optionIndex(String id) { return optionIndex.getOrDefault(id, -1); }
    public int subsidyIndex(String id) { return subsidyIndex.getOrDefault(id, -1); }
    public int scenarioIndex(String id) { return scenarioIndex.getOrDefault(id, -1); }

    /** Exposure rate of one unit on the arc: the arc's risk times the product's criticality. */
    public double exposureRate(int arc) {
        Arc a = arcs.get(arc);
        return a.risk() * products.get(sites.get(a.from()).product()).criticality();
    }
}
