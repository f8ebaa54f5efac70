package org.reshore.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.testing.Examples;
import org.reshore.testing.ProblemBuilder;

/** Each constraint family of MODEL.md §3 broken once: named, with its entities and amount. */
class EvaluatorViolationsTest {

    /** Asserts exactly one violation of {@code constraint} with these entities and amount. */
    private static Evaluation expect(Problem p, Solution s, String constraint, double amount, String... entities) {
        Evaluation e = new Evaluator().evaluate(p, s);
        assertFalse(e.feasible());
        List<Violation> vs = e.violations(constraint);
        assertEquals(1, vs.size(), e.violations().toString());
        assertEquals(amount, vs.get(0).amount(), 1e-9, vs.get(0).message());
        assertEquals(List.of(entities), vs.get(0).entities());
        boolean inJson = false;
        for (var v : e.toJson().get("violations")) inJson |= v.get("constraint").asText().equals(constraint);
        assertTrue(inJson);
        return e;
    }

    @Test
    void overSupply() {
        Problem p = Examples.tinyExposure();
        Solution s = Plans.tinyExposure(p, 50);
        s.flows[Plans.arc(p, "cn", "US")][0] = 60; // 60 + 50 = 110 > 100
        expect(p, s, Constraints.DEMAND, 10, "US", "widget", "all");
    }

    @Test
    void unstatedShortage() {
        Problem p = Examples.tinyExposure();
        Solution s = Plans.tinyExposure(p, 40);
        s.flows[Plans.arc(p, "us", "US")][0] = 50; // 40 + 50 + z 0 = 90 < 100
        expect(p, s, Constraints.DEMAND, 10, "US", "widget", "all");
    }

    @Test
    void flowToAMarketWithoutDemand() {
        Problem p = new ProblemBuilder("no-demand-p2").period("p1", 1).period("p2", 1).economy("US", 0)
                .product("metal", 1).site("smelter", "US", "metal", 100, 5)
                .demand("US", "metal", "p1", 50, Double.NaN).build();
        Solution s = new Solution(p);
        s.flows[Plans.arc(p, "smelter", "US")][0] = 50;
        s.flows[Plans.arc(p, "smelter", "US")][1] = 7;
        expect(p, s, Constraints.DEMAND, 7, "US", "metal", "p2", "smelter");
    }

    @Test
    void shortageWhereNotAllowed() {
        Problem p = Examples.tinyPolicy();
        Solution s = Plans.tinyPolicy(p);
        s.flows[Plans.arc(p, "jp", "US")][0] = 60;
        s.shortages[0] = 10;
        Evaluation e = expect(p, s, Constraints.SHORTAGE_NOT_ALLOWED, 10, "US", "chip", "all");
        assertEquals(0, e.cost().shortage()); // no penalty to price it: flagged, not priced
    }

    @Test
    void capacity() {
        Problem p = Examples.tinyExposure();
        Solution s = Plans.tinyExposure(p, 90); // China ships 90, capacity 80
        expect(p, s, Constraints.CAPACITY, 10, "cn", "all");
    }

    @Test
    void inputs() {
        Problem p = Examples.tinyBomPeriods();
        Solution s = Plans.tinyBomPeriods(p);
        s.flows[Plans.arcToSite(p, "mine", "smelter")][0] = 90; // 50 t of metal need 100 t of ore
        expect(p, s, Constraints.INPUTS, 10, "smelter", "ore", "p1");
    }

    @Test
    void maxBuilds() {
        Problem p = Examples.tinyPolicy();
        Solution s = Plans.tinyPolicy(p);
        s.builds[p.optionIndex("kumamoto")][0] = 4;
        expect(p, s, Constraints.MAX_BUILDS, 1, "jp", "kumamoto");
    }

    @Test
    void earliestPeriod() {
        Problem p = new ProblemBuilder("late").period("p1", 1).period("p2", 1).economy("US", 0).product("w", 1)
                .site("us", "US", "w", 0, 1).option("plant", "us", 10, 100, 0, "p2", 1)
                .demand("US", "w", "p1", 10, 50).demand("US", "w", "p2", 10, 50).build();
        Solution s = new Solution(p);
        s.builds[0][0] = 1;
        s.flows[Plans.arc(p, "us", "US")][0] = 10;
        s.flows[Plans.arc(p, "us", "US")][1] = 10;
        expect(p, s, Constraints.EARLIEST_PERIOD, 1, "us", "plant", "p1");
    }

    @Test
    void negativeFlow() {
        Problem p = Examples.tinyExposure();
        Solution s = Plans.tinyExposure(p, 50);
        s.flows[Plans.arc(p, "cn", "US")][0] = -5;
        s.shortages[0] = 55;
        expect(p, s, Constraints.NEGATIVE, 5, "cn", "US", "all");
    }

    @Test
    void capexSubsidyAmount() {
        Problem p = Examples.tinyPolicy();
        Solution s = Plans.tinyPolicy(p);
        s.capexGrants.set(0, new Solution.CapexGrant(0, 0, 0, 400)); // within 0.4·500·2, above 300 in all
        expect(p, s, Constraints.CAPEX_SUBSIDY_AMOUNT, 100, "jp-fund");
    }

    @Test
    void capexSubsidyShare() {
        Problem p = Examples.tinyPolicy();
        Solution s = Plans.tinyPolicy(p);
        s.builds[0][0] = 1; // one module: at most 0.4·500 = 200
        s.flows[Plans.arc(p, "jp", "US")][0] = 40;
        s.shortages[0] = 0;
        s.flows[Plans.arc(p, "cn", "US")][0] = 60;
        Evaluation e = new Evaluator().evaluate(p, s);
        Violation v = e.violations(Constraints.CAPEX_SUBSIDY_SHARE).get(0);
        assertEquals(100, v.amount(), 1e-9);
        assertEquals(List.of("jp-fund", "jp", "kumamoto", "all"), v.entities());
        assertEquals(30, e.violations(Constraints.MAX_SHARE).get(0).amount(), 1e-9); // 60 > 0.3·100
    }

    @Test
    void capexSubsidiesAboveCapex() {
        Problem p = new ProblemBuilder("two-funds").economy("US", 0).product("w", 1).site("us", "US", "w", 0, 1)
                .option("plant", "us", 10, 100, 0, null, 1).demand("US", "w", "all", 10, 50)
                .capexSubsidy("a", 1000, 0.6, List.of("plant"), null)
                .capexSubsidy("b", 1000, 0.6, List.of("plant"), null).build();
        Solution s = new Solution(p);
        s.builds[0][0] = 1;
        s.flows[Plans.arc(p, "us", "US")][0] = 10;
        s.capexGrants.add(new Solution.CapexGrant(0, 0, 0, 60));
        s.capexGrants.add(new Solution.CapexGrant(1, 0, 0, 60)); // 120 > capex 100
        expect(p, s, Constraints.CAPEX_SUBSIDY_TOTAL, 20, "us", "plant", "all");
    }

    @Test
    void subsidyEligibilityAndPeriod() {
        Problem p = new ProblemBuilder("ineligible").period("p1", 1).period("p2", 1).economy("US", 0)
                .product("w", 1).site("us", "US", "w", 0, 1)
                .option("plant", "us", 10, 100, 0, null, 1).option("other", "us", 10, 100, 0, null, 1)
                .demand("US", "w", "p1", 10, 50).demand("US", "w", "p2", 10, 50)
                .capexSubsidy("a", 1000, 0.5, List.of("other"), List.of("p2")).build();
        Solution s = new Solution(p);
        s.builds[0][0] = 1;
        s.flows[Plans.arc(p, "us", "US")][0] = 10;
        s.flows[Plans.arc(p, "us", "US")][1] = 10;
        s.capexGrants.add(new Solution.CapexGrant(0, 0, 0, 30));
        Evaluation e = new Evaluator().evaluate(p, s);
        assertEquals(List.of("a", "us", "plant", "p1"), e.violations(Constraints.SUBSIDY_ELIGIBILITY).get(0).entities());
        assertEquals(30, e.violations(Constraints.SUBSIDY_ELIGIBILITY).get(0).amount(), 1e-9);
        assertEquals(30, e.violations(Constraints.SUBSIDY_PERIOD).get(0).amount(), 1e-9);
        assertEquals(2, e.violations().size(), e.violations().toString());
    }

    @Test
    void productionSubsidyAboveOutputAndAmount() {
        Problem p = Examples.tinyBomPeriods();
        Solution s = Plans.tinyBomPeriods(p);
        s.productionGrants.set(0, new Solution.ProductionGrant(0, p.siteIndex("smelter"), 0, 120));
        Evaluation e = new Evaluator().evaluate(p, s);
        // limit in p1: 2 per t · 1 year · 50 t = 100; programme amount 100
        Violation out = e.violations(Constraints.PRODUCTION_SUBSIDY_OUTPUT).get(0);
        assertEquals(20, out.amount(), 1e-9);
        assertEquals(List.of("ptc", "smelter", "p1"), out.entities());
        assertEquals(20, e.violations(Constraints.PRODUCTION_SUBSIDY_AMOUNT).get(0).amount(), 1e-9);
        assertEquals(2, e.violations().size());
    }

    @Test
    void productionSubsidyAmountOverPeriods() {
        Problem p = Examples.tinyBomPeriods();
        Solution s = Plans.tinyBomPeriods(p);
        s.productionGrants.add(new Solution.ProductionGrant(0, p.siteIndex("smelter"), 1, 50));
        expect(p, s, Constraints.PRODUCTION_SUBSIDY_AMOUNT, 50, "ptc");
    }

    @Test
    void maxShare() {
        Problem p = Examples.tinyPolicy();
        Solution s = Plans.tinyPolicy(p);
        s.flows[Plans.arc(p, "cn", "US")][0] = 40;
        s.flows[Plans.arc(p, "jp", "US")][0] = 60;
        expect(p, s, Constraints.MAX_SHARE, 10, "policies[0] maxShare", "US", "chip", "all");
    }

    @Test
    void minShare() {
        Problem p = Examples.tinyPolicyBuilder().share("policies[1] minShare", false, 0.8, List.of("jp"), List.of(0))
                .build();
        expect(p, Plans.tinyPolicy(p), Constraints.MIN_SHARE, 10, "policies[1] minShare", "US", "chip", "all");
    }

    @Test
    void budget() {
        Problem p = Examples.tinyPolicyBuilder().budget("policies[1] budget", 600, List.of("kumamoto"), null).build();
        // builders pay 2·500 − 300 = 700 > 600
        expect(p, Plans.tinyPolicy(p), Constraints.BUDGET, 100, "policies[1] budget");
    }

    @Test
    void maxShortage() {
        Problem p = Examples.tinyExposureBuilder().maxShortage("policies[0] maxShortage", 0.1, List.of(0)).build();
        Solution s = Plans.tinyExposure(p, 30);
        s.flows[Plans.arc(p, "us", "US")][0] = 50;
        s.shortages[0] = 20; // 30 + 50 + 20 short; at most 10% of 100
        Evaluation e = expect(p, s, Constraints.MAX_SHORTAGE, 10, "policies[0] maxShortage", "US", "widget", "all");
        assertEquals(20 * 1000, e.cost().shortage(), 1e-9);
    }

    @Test
    void stockpileMax() {
        Problem p = Examples.tinyStockpile();
        expect(p, Plans.tinyStockpile(p, 1500), Constraints.STOCKPILE_MAX, 500, "US", "magnet");
    }

    @Test
    void exposureCap() {
        Problem p = Examples.tinyExposureBuilder().objective(3, 0, 40).build();
        expect(p, Plans.tinyExposure(p, 50), Constraints.EXPOSURE_CAP, 10);
    }

    @Test
    void withinToleranceIsFeasible() {
        Problem p = Examples.tinyExposure();
        Solution s = Plans.tinyExposure(p, 50);
        s.flows[Plans.arc(p, "cn", "US")][0] = 50 + 5e-7; // below 1e-6 absolute
        assertTrue(new Evaluator().evaluate(p, s).feasible());
    }

    @Test
    void planOfAnotherProblemIsRefused() {
        Problem p = Examples.tinyExposure();
        Solution other = Plans.tinyBomPeriods(Examples.tinyBomPeriods());
        IllegalArgumentException ex = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Evaluator().evaluate(p, other));
        assertTrue(ex.getMessage().contains("another problem"));
    }
}
