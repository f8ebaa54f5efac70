package org.reshore.engine.mip;

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
 * Builds resolved Problems in tests without the JSON reader. Arcs: every site to every market
 * that demands its product and to every site that takes it as an input; inside one economy cost 0
 * and risk 0, between economies the lane given by {@link #lane} (default cost 0, tariff 0) and the
 * source economy's risk.
 */
final class ProblemBuilder {
    record LaneSpec(int fromEconomy, int toEconomy, double cost, double tariff, boolean blocked) {}

    final List<Period> periods = new ArrayList<>();
    final List<Economy> economies = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
    final List<Market> markets = new ArrayList<>();
    final List<Site> sites = new ArrayList<>();
    final List<CapacityOption> options = new ArrayList<>();
    final List<Demand> demands = new ArrayList<>();
    final List<Subsidy> subsidies = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>();
    final List<Stockpile> stockpiles = new ArrayList<>();
    final List<Scenario> scenarios = new ArrayList<>();
    final List<LaneSpec> lanes = new ArrayList<>();
    final List<List<Integer>> siteOptions = new ArrayList<>();
    Objective objective = new Objective(0, 0, Objective.Mode.WEIGHTED, List.of(), 1e-6,
            Double.POSITIVE_INFINITY, Double.NaN);
    double discountRate = 0;

    int period(String id, double years) {
        double before = 0;
        for (Period p : periods) before += p.years();
        periods.add(new Period(id, periods.size(), years, Math.pow(1 + discountRate, -before)));
        return periods.size() - 1;
    }

    int economy(String id, double risk, String... tags) {
        economies.add(new Economy(id, economies.size(), id, risk, List.of(tags)));
        markets.add(new Market(id, markets.size(), economies.size() - 1));
        return economies.size() - 1;
    }

    int product(String id, double criticality, Product.Input... inputs) {
        products.add(new Product(id, products.size(), "u", criticality, List.of(inputs)));
        return products.size() - 1;
    }

    int site(String id, int economy, int product, double capacity, double unitCost) {
        sites.add(new Site(id, sites.size(), economy, product, capacity, unitCost, List.of()));
        siteOptions.add(new ArrayList<>());
        return sites.size() - 1;
    }

    int option(String id, int site, double capacity, double capex, double fixed, int earliest, int maxBuilds) {
        options.add(new CapacityOption(id, options.size(), site, capacity, capex, fixed, earliest, maxBuilds));
        siteOptions.get(site).add(options.size() - 1);
        return options.size() - 1;
    }

    int demand(int market, int product, int period, double quantity, double penalty) {
        demands.add(new Demand(demands.size(), market, product, period, quantity, penalty));
        return demands.size() - 1;
    }

    void lane(int from, int to, double cost, double tariff, boolean blocked) {
        lanes.add(new LaneSpec(from, to, cost, tariff, blocked));
    }

    List<Integer> allPeriods() {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) l.add(i);
        return l;
    }

    Problem build() {
        List<Site> finalSites = new ArrayList<>();
        for (Site s : sites) {
            finalSites.add(new Site(s.id(), s.index(), s.economy(), s.product(), s.capacity(), s.unitCost(),
                    siteOptions.get(s.index())));
        }
        List<Arc> arcs = new ArrayList<>();
        List<Problem.Route> blocked = new ArrayList<>();
        for (Site s : finalSites) {
            for (Market k : markets) {
                boolean demanded = demands.stream().anyMatch(d -> d.market() == k.index() && d.product() == s.product());
                if (!demanded) continue;
                addArc(arcs, blocked, s, k.economy(), k.index(), -1);
            }
            for (Site t : finalSites) {
                boolean consumes = products.get(t.product()).inputs().stream().anyMatch(in -> in.product() == s.product());
                if (consumes) addArc(arcs, blocked, s, t.economy(), -1, t.index());
            }
        }
        return new Problem("test", "", "USD", "0", periods, economies, products, markets, finalSites, options,
                demands, arcs, blocked, subsidies, policies, stockpiles, scenarios, objective);
    }

    private void addArc(List<Arc> arcs, List<Problem.Route> blocked, Site s, int toEconomy, int toMarket, int toSite) {
        double cost = 0, tariff = 0;
        double risk = s.economy() == toEconomy ? 0 : economies.get(s.economy()).risk();
        if (s.economy() != toEconomy) {
            for (LaneSpec l : lanes) {
                if (l.fromEconomy() == s.economy() && l.toEconomy() == toEconomy) {
                    if (l.blocked()) {
                        blocked.add(new Problem.Route(s.index(), toMarket, toSite));
                        return;
                    }
                    cost = l.cost();
                    tariff = l.tariff();
                }
            }
        }
        arcs.add(new Arc(arcs.size(), s.index(), toMarket, toSite, s.unitCost(), tariff * s.unitCost(), cost, risk));
    }
}
