package org.reshore.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.model.Problem;
import org.reshore.testing.Examples;
import org.reshore.testing.SimpleRecourse;

/** The evaluator on the design's worked examples (arithmetic from shared examples/README.md). */
class EvaluatorExamplesTest {
    private static final double EPS = 1e-9;

    private static void near(double expected, double actual) {
        assertEquals(expected, actual, EPS * Math.max(1, Math.abs(expected)));
    }

    @Test
    void tinyExposureOptimumIs2250WithExposure50() {
        Problem p = Examples.tinyExposure();
        Evaluation e = new Evaluator().evaluate(p, Plans.tinyExposure(p, 50));
        assertTrue(e.feasible(), e.violations().toString());
        // production 50·15 + 50·10 = 1250; tariffs 50·(0.1·10) = 50; transport 50·2 = 100
        near(1250, e.cost().production());
        near(50, e.cost().tariffs());
        near(100, e.cost().transport());
        // capex 1000, subsidy −300 (min(0.5·1000, 300))
        near(1000, e.cost().capex());
        near(-300, e.cost().capexSubsidies());
        // exposure: 50 units from CN at risk 1, criticality 1 → 50; priced at 3 → 150
        near(50, e.exposure());
        near(150, e.cost().exposure());
        near(1250 + 50 + 100 + 1000 - 300 + 150, e.objective());
        near(2250, e.objective());
        near(e.cost().total(), e.objective());
        MarketExposure m = e.markets().get(0);
        near(0.5, m.sourceShares().get("US"));
        near(0.5, m.sourceShares().get("CN"));
        near(0.5, m.riskShare());          // (50·1 + 50·0) / 100
        near(0.5, m.hhi());                // 0.5² + 0.5²
        near(0, m.shortage());
        assertEquals(Evaluation.ScenarioTerm.NOT_NEEDED, e.scenarioTerm());
    }

    @Test
    void tinyExposureAlternativeCosts2280() {
        Problem p = Examples.tinyExposure();
        Evaluation e = new Evaluator().evaluate(p, Plans.tinyExposure(p, 80));
        assertTrue(e.feasible(), e.violations().toString());
        // 80 from China at 13 delivered + 3 exposure = 16 each; 20 from the US at 15; capex net 700
        near(80 * 16 + 20 * 15 + 700, e.objective());
        near(2280, e.objective());
        near(80, e.exposure());
    }

    @Test
    void tinyBomPeriodsOptimumIs1268_18() {
        Problem p = Examples.tinyBomPeriods();
        Evaluation e = new Evaluator().evaluate(p, Plans.tinyBomPeriods(p));
        assertTrue(e.feasible(), e.violations().toString());
        // p1: (50·5 + 100·1)·1 year·δ 1 = 350; p2: (80·5 + 160·1)·2 years·δ 1/1.1 = 1018.18…
        near(50 * 5 + 80 * 5 * 2 / 1.1 + 100 * 1 + 160 * 1 * 2 / 1.1, e.cost().production());
        near(-100, e.cost().productionSubsidies());
        near(350 + 560 * 2 / 1.1 - 100, e.objective());
        assertEquals(1268.181818181818, e.objective(), 1e-9);
        near(0, e.exposure());
        near(-100, e.contributions().sites().get("smelter").get("productionSubsidies"));
        near(100, e.contributions().subsidies().get("ptc").get("paid"));
    }

    @Test
    void tinyPolicyOptimumIs1910WithExposure37() {
        Problem p = Examples.tinyPolicy();
        Evaluation e = new Evaluator().evaluate(p, Plans.tinyPolicy(p));
        assertTrue(e.feasible(), e.violations().toString());
        // China 30·10 = 300; Japan 70·(12 + 1) = 910; capex 2·500 = 1000; fund −300
        near(300 + 70 * 12, e.cost().production());
        near(70, e.cost().transport());
        near(1000, e.cost().capex());
        near(-300, e.cost().capexSubsidies());
        near(1910, e.objective());
        near(30 * 1 + 70 * 0.1, e.exposure());
        near(0, e.cost().exposure()); // weight 0: reported, not priced
        MarketExposure m = e.markets().get(0);
        near(0.3 * 0.3 + 0.7 * 0.7, m.hhi());
        near(0.3 * 1 + 0.7 * 0.1, m.riskShare());
        assertEquals(List.of("CN", "JP"), List.copyOf(m.sourceShares().keySet()));
    }

    @Test
    void tinyStockpileWithoutRecourseSolverSaysScenarioTermNotComputed() {
        Problem p = Examples.tinyStockpile();
        Evaluation e = new Evaluator().evaluate(p, Plans.tinyStockpile(p, 100));
        assertEquals(Evaluation.ScenarioTerm.NOT_COMPUTED, e.scenarioTerm());
        assertTrue(Double.isNaN(e.objective()));
        assertTrue(Double.isNaN(e.cost().scenarios()));
        // base 1000 + stockpile 100·(10 + 2·1 year) = 2200 without the term
        near(2200, e.objectiveWithoutScenarios());
        ObjectNode json = e.toJson();
        assertTrue(json.get("objective").isNull());
        assertEquals("not computed", json.get("scenarioTerm").asText());
    }

    // A stand-in recourse (exact on this problem) keeps this test free of OR-Tools; EvaluatorRecourseLpTest checks the GLOP LP.
    @Test
    void tinyStockpileOptimumIs2200WithRecourse() {
        Problem p = Examples.tinyStockpile();
        Evaluator ev = new Evaluator(new SimpleRecourse());
        Evaluation e = ev.evaluate(p, Plans.tinyStockpile(p, 100));
        assertTrue(e.feasible(), e.violations().toString());
        assertEquals(Evaluation.ScenarioTerm.COMPUTED, e.scenarioTerm());
        // ban: CN capacity 0, release 100/1 year covers the demand → recourse 0
        near(0, e.cost().scenarios());
        near(100 * (10 + 2), e.cost().stockpile());
        near(2200, e.objective());
        assertTrue(e.stress().get(0).shortages().isEmpty());
        near(100, e.stress().get(0).releases().get("US/magnet"));
        // without the stockpile: 1000 + 1·0.2·(100 short · 100 penalty · 1 year · δ 1) = 3000
        Evaluation bare = ev.evaluate(p, Plans.tinyStockpile(p, 0));
        near(3000, bare.objective());
        near(100, bare.stress().get(0).shortages().get("US/magnet"));
    }

    @Test
    void jsonHasTheStableKeysInOrder() {
        Problem p = Examples.tinyExposure();
        ObjectNode json = new Evaluator().evaluate(p, Plans.tinyExposure(p, 50)).toJson();
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("problem", "feasible", "objective", "cost", "exposure", "violations", "markets",
                "scenarioTerm", "builds", "subsidies", "stress", "contributions"), keys);
        List<String> cost = new java.util.ArrayList<>();
        json.get("cost").fieldNames().forEachRemaining(cost::add);
        assertEquals(List.of("production", "tariffs", "transport", "fixed", "capex", "capexSubsidies",
                "productionSubsidies", "shortage", "stockpile", "exposure", "scenarios"), cost);
        double sum = 0;
        for (String k : cost) sum += json.get("cost").get(k).asDouble();
        near(json.get("objective").asDouble(), sum);
        assertEquals(0.5, json.get("markets").get(0).get("sourceShares").get("CN").asDouble(), EPS);
        assertTrue(json.get("feasible").asBoolean());
        assertFalse(json.get("contributions").get("options").get("o1").isEmpty());
    }

    @Test
    void textShowsObjectiveBuildsAndSubsidies() {
        Problem p = Examples.tinyExposure();
        String text = EvaluationText.render(new Evaluator().evaluate(p, Plans.tinyExposure(p, 50)), "USD");
        assertTrue(text.contains("objective      2250 USD"), text);
        assertTrue(text.contains("1 × o1 at us in all"), text);
        assertTrue(text.contains("s → us/o1 in all: 300 USD"), text);
        assertTrue(text.contains("US/widget" + " ".repeat(15) + "all risk 0.50 HHI 0.50 US 50% CN 50%"), text);
    }

    @Test
    void contributionsAddUpToTheObjective() {
        for (Problem p : List.of(Examples.tinyExposure(), Examples.tinyBomPeriods(), Examples.tinyPolicy())) {
            var plan = switch (p.name()) {
                case "tiny-exposure" -> Plans.tinyExposure(p, 50);
                case "tiny-bom-periods" -> Plans.tinyBomPeriods(p);
                default -> Plans.tinyPolicy(p);
            };
            Evaluation e = new Evaluator().evaluate(p, plan);
            double sum = e.cost().shortage() + e.cost().stockpile() + e.cost().scenarios();
            for (var row : e.contributions().sites().values()) sum += row.get("total");
            for (var row : e.contributions().options().values()) sum += row.get("total");
            near(e.objective(), sum);
        }
        Problem p = Examples.tinyExposure();
        Evaluation e = new Evaluator().evaluate(p, Plans.tinyExposure(p, 50));
        // China: 50·10 production + 50·1 tariff + 50·2 transport + 50·3 exposure = 800
        near(800, e.contributions().sites().get("cn").get("total"));
        // o1: capex 1000 − 300 subsidy
        near(700, e.contributions().options().get("o1").get("total"));
        near(-300, e.contributions().subsidies().get("s").get("value"));
        // US/widget: delivered cost 50·13 + 50·15 = 1400, exposure price 150
        near(1400, e.contributions().marketProducts().get("US/widget").get("supply"));
        near(150, e.contributions().marketProducts().get("US/widget").get("exposure"));
    }
}
