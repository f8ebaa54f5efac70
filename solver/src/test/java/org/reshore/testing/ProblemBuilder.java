package org.reshore.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Builds resolved {@link Problem}s for tests without the JSON reader: ids in, indices out. Lanes
 * are given between economies; every site gets an arc to each market that demands its product and
 * to each site that uses it as an input (inside one economy: cost 0, risk 0 unless a lane says
 * otherwise; between economies without a lane: cost 0, tariff 0, the source economy's risk).
 */
public final class ProblemBuilder {
    private final String name;
    private double discountRate;
    private final List<Period> periods = new ArrayList<>();
    private final List<double[]> periodYears = new ArrayList<>();
    private final List<String> periodIds = new ArrayList<>();
    private final List<Economy> economies = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<Market> markets = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<List<Integer>> siteOptions = new ArrayList<>();
    private final List<CapacityOption> options = new ArrayList<>();
    private final List<Demand> demands = new ArrayList<>();
    private final Map<String, double[]> lanes = new HashMap<>(); // "from>to" → cost, tariff, risk (NaN: none), blocked
    private final List<Subsidy> subsidies = new ArrayList<>();
    private final List<Policy> policies = new ArrayList<>();
    private final List<Stockpile> stockpiles = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private Objective objective = new Objective(0, 0, Objective.Mode.WEIGHTED, List.of(), 1e-6,
            Double.POSITIVE_INFINITY, Double.NaN);

    public ProblemBuilder(String name) {
        this.name = name;
    }

    public ProblemBuilder discountRate(double r) {
        discountRate = r;
        return this;
    }

    public ProblemBuilder period(String id, double years) {
        periodIds.add(id);
        periodYears.add(new double[] {years});
        return this;
    }

    public ProblemBuilder economy(String id, double risk, String... tags) {
        economies.add(new Economy(id, economies.size(), id, risk, List.of(tags)));
        markets.add(new Market(id, markets.size(), economies.size() - 1));
        return this;
    }

    /** A product; {@code inputs} alternate product id and perUnit: ("ore", 2.0). */
    public ProblemBuilder product(String id, double criticality, Object... inputs) {
        List<Product.Input> in = new ArrayList<>();
        for (int i = 0; i < inputs.length; i += 2) {
            in.add(new Product.Input(product((String) inputs[i]), ((Number) inputs[i + 1]).doubleValue()));
        }
        products.add(new Product(id, products.size(), "u", criticality, in));
        return this;
    }

    public ProblemBuilder site(String id, String economy, String product, double capacity, double unitCost) {
        sites.add(new Site(id, sites.size(), economy(economy), product(product), capacity, unitCost, List.of()));
        siteOptions.add(new ArrayList<>());
        return this;
    }

    public ProblemBuilder option(String id, String site, double capacity, double capex, double fixedCost,
                                 String earliest, int maxBuilds) {
        int s = site(site);
        options.add(new CapacityOption(id, options.size(), s, capacity, capex, fixedCost,
                earliest == null ? 0 : pidx(earliest), maxBuilds));
        siteOptions.get(s).add(options.size() - 1);
        return this;
    }

    /** Demand; {@code penalty} NaN when it must be met in full. */
    public ProblemBuilder demand(String market, String product, String period, double quantity, double penalty) {
        demands.add(new Demand(demands.size(), market(market), product(product), pidx(period),
                quantity, penalty));
        return this;
    }

    /** A lane between economies (risk NaN keeps the default rate). */
    public ProblemBuilder lane(String from, String to, double cost, double tariff, double risk, boolean blocked) {
        lanes.put(from + ">" + to, new double[] {cost, tariff, risk, blocked ? 1 : 0});
        return this;
    }

    public ProblemBuilder capexSubsidy(String id, double amount, double maxShare, List<String> options,
                                       List<String> periods) {
        subsidies.add(new Subsidy(id, subsidies.size(), Subsidy.Kind.CAPEX, amount, maxShare, 0,
                options.stream().map(this::option).toList(), List.of(), periodList(periods)));
        return this;
    }

    public ProblemBuilder productionSubsidy(String id, double amount, double perUnit, List<String> sites,
                                            List<String> periods) {
        subsidies.add(new Subsidy(id, subsidies.size(), Subsidy.Kind.PRODUCTION, amount, 0, perUnit,
                List.of(), sites.stream().map(this::site).toList(), periodList(periods)));
        return this;
    }

    /** maxShare (upper) or minShare of the listed sites in the demands listed by index. */
    public ProblemBuilder share(String label, boolean upper, double share, List<String> sites, List<Integer> demands) {
        policies.add(new Policy.Share(policies.size(), label, upper, share, sites.stream().map(this::site).toList(),
                demands));
        return this;
    }

    public ProblemBuilder budget(String label, double amount, List<String> options, List<String> periods) {
        policies.add(new Policy.Budget(policies.size(), label, amount, options.stream().map(this::option).toList(),
                periodList(periods)));
        return this;
    }

    public ProblemBuilder maxShortage(String label, double share, List<Integer> demands) {
        policies.add(new Policy.Shortage(policies.size(), label, share, demands));
        return this;
    }

    public ProblemBuilder stockpile(String market, String product, double purchase, double holding, double max) {
        stockpiles.add(new Stockpile(stockpiles.size(), market(market), product(product), purchase, holding, max));
        return this;
    }

    /** A scenario scaling the capacity of the sites of {@code economy} by {@code factor}. */
    public ProblemBuilder scenario(String id, double probability, String period, double years, String economy,
                                   double factor) {
        if (periodIds.isEmpty()) period("all", 1);
        List<Double> f = new ArrayList<>();
        for (Site s : sites) f.add(economy != null && s.economy() == economy(economy) ? factor : 1.0);
        scenarios.add(new Scenario(id, scenarios.size(), id, probability,
                period == null ? periodIds.size() - 1 : pidx(period), years, f, List.of(), 1.0));
        return this;
    }

    public ProblemBuilder objective(double exposureWeight, double scenarioWeight, double exposureCap) {
        objective = new Objective(exposureWeight, scenarioWeight, Objective.Mode.WEIGHTED, List.of(), 1e-6,
                exposureCap, Double.NaN);
        return this;
    }

    private List<Integer> periodList(List<String> ids) {
        if (periodIds.isEmpty()) period("all", 1);
        if (ids == null) {
            List<Integer> all = new ArrayList<>();
            for (int t = 0; t < Math.max(1, periodIds.size()); t++) all.add(t);
            return all;
        }
        return ids.stream().map(this::pidx).toList();
    }

    /** Index of a period; "all" is created on first use when no period was declared. */
    private int pidx(String id) {
        if (periodIds.isEmpty() && "all".equals(id)) period("all", 1);
        int t = periodIds.indexOf(id);
        if (t < 0) throw new IllegalArgumentException("period " + id);
        return t;
    }

    private int economy(String id) {
        for (Economy e : economies) if (e.id().equals(id)) return e.index();
        throw new IllegalArgumentException("economy " + id);
    }

    private int product(String id) {
        for (Product p : products) if (p.id().equals(id)) return p.index();
        throw new IllegalArgumentException("product " + id);
    }

    private int market(String id) {
        for (Market m : markets) if (m.id().equals(id)) return m.index();
        throw new IllegalArgumentException("market " + id);
    }

    private int site(String id) {
        for (Site s : sites) if (s.id().equals(id)) return s.index();
        throw new IllegalArgumentException("site " + id);
    }

    private int option(String id) {
        for (CapacityOption o : options) if (o.id().equals(id)) return o.index();
        throw new IllegalArgumentException("option " + id);
    }

    public Problem build() {
        if (periodIds.isEmpty()) period("all", 1);
        double before = 0;
        for (int t = 0; t < periodIds.size(); t++) {
            periods.add(new Period(periodIds.get(t), t, periodYears.get(t)[0], Math.pow(1 + discountRate, -before)));
            before += periodYears.get(t)[0];
        }
        List<Site> finalSites = new ArrayList<>();
        for (Site s : sites) {
            finalSites.add(new Site(s.id(), s.index(), s.economy(), s.product(), s.capacity(), s.unitCost(),
                    siteOptions.get(s.index())));
        }
        List<Arc> arcs = new ArrayList<>();
        List<Problem.Route> blocked = new ArrayList<>();
        boolean[][] demanded = new boolean[markets.size()][products.size()];
        for (Demand d : demands) demanded[d.market()][d.product()] = true;
        boolean[][] uses = new boolean[products.size()][products.size()];
        for (Product p : products) for (Product.Input i : p.inputs()) uses[p.index()][i.product()] = true;
        for (Site s : finalSites) {
            for (Market m : markets) {
                if (demanded[m.index()][s.product()]) arc(arcs, blocked, s, m.index(), -1, m.economy());
            }
            for (Site to : finalSites) {
                if (uses[to.product()][s.product()]) arc(arcs, blocked, s, -1, to.index(), to.economy());
            }
        }
        return new Problem(name, "", "USD", "test", periods, economies, products, markets, finalSites, options,
                demands, arcs, blocked, subsidies, policies, stockpiles, scenarios, objective);
    }

    private void arc(List<Arc> arcs, List<Problem.Route> blocked, Site s, int toMarket, int toSite, int toEconomy) {
        double[] lane = lanes.get(economies.get(s.economy()).id() + ">" + economies.get(toEconomy).id());
        boolean inside = s.economy() == toEconomy;
        double cost = lane == null ? 0 : lane[0];
        double tariff = lane == null ? 0 : lane[1];
        double risk = lane != null && !Double.isNaN(lane[2]) ? lane[2] : inside ? 0 : economies.get(s.economy()).risk();
        if (lane != null && lane[3] > 0) {
            blocked.add(new Problem.Route(s.index(), toMarket, toSite));
            return;
        }
        arcs.add(new Arc(arcs.size(), s.index(), toMarket, toSite, s.unitCost(), tariff * s.unitCost(), cost, risk));
    }
}
