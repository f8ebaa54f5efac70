package org.reshore.engine.mip;

import java.util.List;
import org.reshore.model.Objective;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Scenario;
import org.reshore.model.Stockpile;
import org.reshore.model.Subsidy;

/** The four worked examples of the design (examples/README.md), built by hand. */
final class Examples {
    private Examples() {}

    /** Optimum 2250, exposure 50. */
    static Problem tinyExposure() {
        ProblemBuilder b = new ProblemBuilder();
        b.period("all", 1);
        int us = b.economy("US", 0);
        int cn = b.economy("CN", 1);
        int w = b.product("widget", 1);
        b.site("cn", cn, w, 80, 10);
        int s = b.site("us", us, w, 0, 15);
        int o = b.option("o1", s, 50, 1000, 0, 0, 1);
        b.demand(us, w, 0, 100, 1000);
        b.lane(cn, us, 2, 0.1, false);
        b.subsidies.add(new Subsidy("s", 0, Subsidy.Kind.CAPEX, 300, 0.5, 0, List.of(o), List.of(), List.of(0)));
        b.objective = new Objective(3, 0, Objective.Mode.WEIGHTED, List.of(), 1e-6, Double.POSITIVE_INFINITY, Double.NaN);
        return b.build();
    }

    /** Optimum 1268.1818…: two periods (1 and 2 years, δ 1 and 1/1.1), BOM 2 ore per metal, credit 2/t up to 100. */
    static Problem tinyBomPeriods() {
        ProblemBuilder b = new ProblemBuilder();
        b.discountRate = 0.1;
        b.period("p1", 1);
        b.period("p2", 2);
        int us = b.economy("US", 0);
        int ore = b.product("ore", 1);
        int metal = b.product("metal", 1, new Product.Input(ore, 2));
        b.site("mine", us, ore, 1000, 1);
        int smelter = b.site("smelter", us, metal, 1000, 5);
        b.demand(us, metal, 0, 50, Double.NaN);
        b.demand(us, metal, 1, 80, Double.NaN);
        b.subsidies.add(new Subsidy("credit", 0, Subsidy.Kind.PRODUCTION, 100, 0, 2, List.of(), List.of(smelter),
                List.of(0, 1)));
        return b.build();
    }

    /** Optimum 1910, exposure 37: maxShare 30% from adversaries, two Kumamoto modules. */
    static Problem tinyPolicy() {
        ProblemBuilder b = new ProblemBuilder();
        b.period("all", 1);
        int us = b.economy("US", 0);
        int cn = b.economy("CN", 1, "adversary");
        int jp = b.economy("JP", 0.1);
        int w = b.product("chip", 1);
        int cnSite = b.site("cn", cn, w, 100, 10);
        int jpSite = b.site("kumamoto", jp, w, 0, 12);
        int o = b.option("module", jpSite, 40, 500, 0, 0, 3);
        int d = b.demand(us, w, 0, 100, Double.NaN);
        b.lane(jp, us, 1, 0, false);
        b.subsidies.add(new Subsidy("fund", 0, Subsidy.Kind.CAPEX, 300, 0.4, 0, List.of(o), List.of(), List.of(0)));
        b.policies.add(new Policy.Share(0, "policies[0] maxShare of adversary supply", true, 0.3, List.of(cnSite),
                List.of(d)));
        return b.build();
    }

    /** Optimum 2200 in robust mode: stock 100 against a ban of China (probability 0.2). */
    static Problem tinyStockpile() {
        ProblemBuilder b = new ProblemBuilder();
        b.period("all", 1);
        int us = b.economy("US", 0);
        int cn = b.economy("CN", 1);
        int m = b.product("magnet", 1);
        b.site("cn", cn, m, 100, 10);
        b.demand(us, m, 0, 100, 100);
        b.stockpiles.add(new Stockpile(0, us, m, 10, 2, 1000));
        b.scenarios.add(new Scenario("ban", 0, "ban", 0.2, 0, 1, List.of(0.0), List.of(), 1));
        b.objective = new Objective(0, 1, Objective.Mode.WEIGHTED, List.of(), 1e-6, Double.POSITIVE_INFINITY, Double.NaN);
        return b.build();
    }
}
