package org.reshore.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * A build moved from one period to the next, on two one-year periods with a discount rate of 10%:
 * the capex of 1,000 paid in p2 is worth 1,000/1.1 = 909.09, so moving the build saves 90.91; the
 * grant of 300 (50% at most of the capex, 300 in all) is worth 272.73 in p2, 27.27 less (a cost of +27.27).
 */
class BuildSentencesTest {
    private static final String PROBLEM = """
            {"format": "reshore/1", "name": "two-periods", "currency": "USD", "discountRate": 0.1,
             "periods": [{"id": "p1", "years": 1}, {"id": "p2", "years": 1}],
             "economies": [{"id": "US", "risk": 0}, {"id": "CN", "name": "China", "risk": 1}],
             "products": [{"id": "widget", "unit": "u"}],
             "sites": [{"id": "cn", "economy": "CN", "product": "widget", "capacity": 100, "unitCost": 10},
                       {"id": "us", "economy": "US", "product": "widget", "capacity": 0, "unitCost": 15,
                        "options": [{"id": "o1", "capacity": 50, "capex": 1000}]}],
             "demand": [{"market": "US", "product": "widget", "period": "p1", "quantity": 100},
                        {"market": "US", "product": "widget", "period": "p2", "quantity": 100}],
             "defaultLane": {"unitCost": 0, "tariff": 0},
             "subsidies": [{"id": "s", "amount": 300, "maxShare": 0.5, "eligible": {"economies": ["US"]}}]}
            """;

    private static Solution plan(Problem p, int buildPeriod) {
        Solution s = new Solution(p);
        int market = p.marketIndex("US");
        int cn = p.arcIndex(p.siteIndex("cn"), market, -1);
        int us = p.arcIndex(p.siteIndex("us"), market, -1);
        for (int t = 0; t < 2; t++) {
            boolean built = t >= buildPeriod;
            s.flows[us][t] = built ? 50 : 0;
            s.flows[cn][t] = built ? 50 : 100;
        }
        s.builds[p.optionIndex("o1")][buildPeriod] = 1;
        s.capexGrants.add(new Solution.CapexGrant(0, p.optionIndex("o1"), buildPeriod, 300));
        return s;
    }

    @Test
    void aBuildDelayedByOnePeriodIsToldWithItsDiscountedCapexAndTheShareItMoves() throws Exception {
        Problem p = new ProblemReader().parse(PROBLEM, "two-periods.json").problem();
        Comparison c = new PlanComparer(p).compare(List.of(TinyPlans.plan(p, "A", plan(p, 0)),
                TinyPlans.plan(p, "B", plan(p, 1))));
        List<String> s = c.differences().get("B").stream().map(Difference::sentence).toList();
        assertTrue(s.contains("B builds o1 at us in p2 instead of p1 (−$90.91 capex, +$27.27 subsidy s) "
                + "and raises China's share of US widget supply in p1 from 50% to 100%."), s.toString());
        assertTrue(s.contains("B ships 50 u/yr more from cn to US in p1 (100 instead of 50)."), s.toString());
    }
}
