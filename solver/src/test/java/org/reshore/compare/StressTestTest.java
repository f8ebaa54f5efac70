package org.reshore.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.engine.mip.GlopRecourseSolver;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * tiny-stockpile: US demand 100 from China at 10; the ban (1 year) cuts China to 0; shortage costs
 * 100 a unit. With the README's optimal stockpile of 100 the ban leaves no shortage and the stock
 * lasts 100 / 100 = 1 year; without it the ban leaves 100 short (recourse 100·100 = 10,000) and
 * the time to survive is 0.
 */
class StressTestTest {
    private static Solution plan(Problem p, double stock) {
        Solution s = new Solution(p);
        s.flows[p.arcIndex(p.siteIndex("cn"), p.marketIndex("US"), -1)][0] = 100;
        s.stockpiles[0] = stock;
        return s;
    }

    @Test
    void withTheStockpileTheBanLeavesNoShortageForAYear() throws Exception {
        Problem p = TinyPlans.read("tiny-stockpile.json");
        List<StressResult> r = new StressTest(new Evaluator(new GlopRecourseSolver())).run(p, plan(p, 100), null);
        assertEquals(1, r.size());
        StressResult ban = r.get(0);
        assertEquals("ban", ban.scenario());
        assertEquals(0, ban.recourse(), 1e-9);
        StressResult.Line us = ban.lines().get(0);
        assertEquals("US", us.market());
        assertEquals("magnet", us.product());
        assertEquals(0, us.shortage(), 1e-9);
        assertEquals(100, us.release(), 1e-9);
        assertEquals(100, us.shortageWithoutStock(), 1e-9);
        assertEquals(1.0, us.timeToSurvive(), 1e-9);
        assertTrue(us.ridesOut(ban.years()));
    }

    @Test
    void withoutTheStockpileTheBanLeavesAHundredShort() throws Exception {
        Problem p = TinyPlans.read("tiny-stockpile.json");
        StressResult ban = new StressTest(new Evaluator(new GlopRecourseSolver())).run(p, plan(p, 0), "ban").get(0);
        StressResult.Line us = ban.lines().get(0);
        assertEquals(100, us.shortage(), 1e-9);
        assertEquals(0, us.release(), 1e-9);
        assertEquals(0, us.timeToSurvive(), 1e-9);
        assertEquals(10_000, ban.recourse(), 1e-6);
    }

    @Test
    void aHalfStockLastsHalfAYearAndAnUnknownScenarioIsNamed() throws Exception {
        Problem p = TinyPlans.read("tiny-stockpile.json");
        StressTest st = new StressTest(new Evaluator(new GlopRecourseSolver()));
        StressResult.Line us = st.run(p, plan(p, 50), null).get(0).lines().get(0);
        assertEquals(50, us.shortage(), 1e-9);
        assertEquals(0.5, us.timeToSurvive(), 1e-9);
        var e = assertThrows(IllegalArgumentException.class, () -> st.run(p, plan(p, 0), "blockade"));
        assertTrue(e.getMessage().contains("known: ban"), e.getMessage());
    }

    @Test
    void aMarketThatLacksNothingSurvivesForever() throws Exception {
        // tiny-stockpile plus a US site of 100 at 20: the ban re-routes to it, nothing is short,
        // the recourse costs 100·20 = 2,000 for the year
        Problem p = new org.reshore.io.ProblemReader().parse("""
                {"format": "reshore/1", "name": "tiny-stockpile-backup", "currency": "USD",
                 "economies": [{"id": "US", "risk": 0}, {"id": "CN", "risk": 1}],
                 "products": [{"id": "magnet", "unit": "t"}],
                 "sites": [{"id": "cn", "economy": "CN", "product": "magnet", "capacity": 100, "unitCost": 10},
                           {"id": "us", "economy": "US", "product": "magnet", "capacity": 100, "unitCost": 20}],
                 "demand": [{"market": "US", "product": "magnet", "quantity": 100, "shortagePenalty": 100}],
                 "defaultLane": {"unitCost": 0, "tariff": 0},
                 "scenarios": [{"id": "ban", "probability": 0.2, "capacity": [{"economies": ["CN"], "factor": 0}]}]}
                """, "backup.json").problem();
        Solution s = new Solution(p);
        s.flows[p.arcIndex(p.siteIndex("cn"), p.marketIndex("US"), -1)][0] = 100;
        StressResult ban = new StressTest(new Evaluator(new GlopRecourseSolver())).run(p, s, null).get(0);
        StressResult.Line us = ban.lines().get(0);
        assertEquals(0, us.shortageWithoutStock(), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, us.timeToSurvive());
        assertTrue(us.ridesOut(ban.years()));
        assertEquals(2000, ban.recourse(), 1e-6);
        var json = new org.reshore.report.StressReport(p.name(), p.currency(), List.of(ban)).json();
        assertTrue(json.get("scenarios").get(0).get("markets").get(0).get("timeToSurviveYears").isNull());
    }
}
