package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.model.Arc;
import org.reshore.model.Policy;
import org.reshore.model.Problem;

/** Lanes resolved into arcs (most specific wins), scenarios' blocks and factors, policies' coverage. */
class LanesTest {
    static final String PROBLEM = """
            {"format":"reshore/1","name":"lanes","currency":"USD",
             "periods":[{"id":"p1","years":2},{"id":"p2","years":3}],"discountRate":0.1,
             "economies":[{"id":"US","risk":0,"tags":["ally"]},{"id":"CN","risk":0.8,"tags":["adversary"]},
                          {"id":"JP","risk":0.1,"tags":["ally"]}],
             "products":[{"id":"ore","unit":"t"},{"id":"magnet","unit":"t","criticality":2,
                          "inputs":[{"product":"ore","perUnit":0.3}]}],
             "sites":[{"id":"cn-mine","economy":"CN","product":"ore","unitCost":100},
                      {"id":"us-mag","economy":"US","product":"magnet","unitCost":50},
                      {"id":"jp-mag","economy":"JP","product":"magnet","unitCost":60},
                      {"id":"us-mine","economy":"US","product":"ore","unitCost":120}],
             "demand":[{"market":"US","product":"magnet","period":"p1","quantity":10},
                       {"market":"JP","product":"magnet","period":"p2","quantity":5}],
             "lanes":[{"from":"CN","to":"US","unitCost":5,"tariff":0.25},
                      {"from":"CN","to":"US","product":"ore","tariff":0.5},
                      {"from":"cn-mine","to":"JP","risk":0.2},
                      {"from":"US","to":"JP","blocked":true},
                      {"from":"US","to":"US","unitCost":2}],
             "defaultLane":{"unitCost":3,"tariff":0.1},
             "policies":[{"type":"maxShare","from":{"tags":["adversary"]},"share":0.2},
                         {"type":"minShare","market":"US","from":{"economies":["US","JP"],"products":["magnet"]},"share":0.5},
                         {"type":"budget","amount":"1K USD"}],
             "scenarios":[{"id":"ban","lanes":[{"from":"CN"}],
                           "capacity":[{"economies":["CN"],"factor":0.5},{"sites":["cn-mine"],"factor":0.25},
                                       {"tags":["ally"],"products":["magnet"],"factor":0.9}]},
                          {"id":"blockade","period":"p1","probability":0.1,"lanes":[{"to":"US","product":"magnet"}]}],
             "objective":{"unservedPenalty":1000}
            }
            """;

    static Problem problem() throws InputException {
        ProblemReader.ReadResult r = new ProblemReader().parse(PROBLEM, "lanes.json");
        assertEquals(List.of(), r.warnings());
        return r.problem();
    }

    static List<Object> arc(Arc a) {
        return List.of(a.from(), a.toMarket(), a.toSite(), a.production(), a.tariff(), a.transport(), a.risk());
    }

    @Test
    void mostSpecificLaneWinsAndLeftOutFieldsComeFromTheDefaultLane() throws InputException {
        Problem p = problem();
        int us = p.marketIndex("US");
        int jp = p.marketIndex("JP");
        // Site order, markets before sites; markets without demand for the product get no arc.
        assertEquals(List.of(
                List.of(0, -1, 1, 100.0, 50.0, 3.0, 0.8),  // cn-mine→us-mag: the ore lane CN→US (tariff 0.5), cost from defaultLane
                List.of(0, -1, 2, 100.0, 10.0, 3.0, 0.2),  // cn-mine→jp-mag: site lane, risk 0.2, defaultLane tariff 0.1
                List.of(1, us, -1, 50.0, 0.0, 2.0, 0.0),   // us-mag→US: lane inside one economy, cost 2, risk 0
                List.of(2, us, -1, 60.0, 6.0, 3.0, 0.1),   // jp-mag→US: no lane, defaultLane, JP's risk
                List.of(2, jp, -1, 60.0, 0.0, 0.0, 0.0),   // jp-mag→JP: inside, no lane: free, risk 0
                List.of(3, -1, 1, 120.0, 0.0, 2.0, 0.0)),  // us-mine→us-mag: lane US→US
                p.arcs().stream().map(LanesTest::arc).toList());
        assertEquals(List.of(new Problem.Route(1, jp, -1), new Problem.Route(3, -1, 2)), p.blockedRoutes());
        assertTrue(p.isBlocked(1, jp, -1));
        assertEquals(0.8, p.exposureRate(0), 1e-12); // ore: criticality 1
        assertEquals(2 * 0.1, p.exposureRate(3), 1e-12); // magnet: criticality 2
    }

    @Test
    void periodsAreDiscountedByTheYearsBeforeThem() throws InputException {
        Problem p = problem();
        assertEquals(1.0, p.period(0).discount());
        assertEquals(Math.pow(1.1, -2), p.period(1).discount(), 1e-15);
    }

    @Test
    void scenariosBlockOnlyArcsBetweenEconomiesAndTakeTheSmallestFactor() throws InputException {
        Problem p = problem();
        var ban = p.scenarios().get(0);
        assertEquals(1, ban.period()); // default: the last period
        assertEquals(0.0, ban.probability());
        assertEquals(List.of(0, 1), ban.blockedArcs());
        assertEquals(List.of(0.25, 0.9, 0.9, 1.0), ban.siteFactor());
        var blockade = p.scenarios().get(1);
        assertEquals(0, blockade.period());
        assertEquals(List.of(3), blockade.blockedArcs()); // jp-mag→US; us-mag→US stays inside one economy
    }

    @Test
    void policiesCoverTheirDemandEntries() throws InputException {
        Problem p = problem();
        Policy.Share max = (Policy.Share) p.policies().get(0);
        assertEquals("policies[0] maxShare each market each product ≤ 20% from tags=adversary", max.label());
        assertEquals(List.of(0, 1), max.demands());
        assertEquals(List.of(0), max.sites());
        Policy.Share min = (Policy.Share) p.policies().get(1);
        assertEquals(false, min.upper());
        assertEquals(List.of(0), min.demands());
        assertEquals(List.of(1, 2), min.sites());
        Policy.Budget budget = (Policy.Budget) p.policies().get(2);
        assertEquals(1000.0, budget.amount());
        assertEquals(List.of(0, 1), budget.periods());
        assertEquals("policies[2] budget 1000 USD on options all", budget.label());
    }

    @Test
    void aRepeatedIdenticalLaneIsAWarningAndMissingLanesWarnOnce() throws InputException {
        String text = """
                {"format":"reshore/1","name":"w","currency":"USD","economies":[{"id":"US"},{"id":"CN"},{"id":"JP"}],
                "products":[{"id":"x"}],"sites":[{"id":"a","economy":"CN","product":"x","unitCost":1},
                {"id":"b","economy":"JP","product":"x","unitCost":1}],
                "demand":[{"market":"US","product":"x","quantity":1}],
                "lanes":[{"from":"a","to":"US","tariff":0.1},{"from":"a","to":"US","tariff":0.1}]}
                """;
        List<String> warnings = new ProblemReader().parse(text, "w.json").warnings().stream().map(Diagnostic::toString).toList();
        assertEquals(List.of("w.json:5:46: warning: lanes[1]: repeats lanes[0] (remove one of the two)",
                "w.json:1:1: warning: no lane from JP to US and no defaultLane: such flows cost no transport and no "
                        + "tariff (add a lane or a \"defaultLane\")"), warnings);
    }
}
