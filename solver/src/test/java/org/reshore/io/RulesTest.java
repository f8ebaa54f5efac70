package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.model.Objective;
import org.reshore.model.Problem;
import org.reshore.model.Subsidy;

/** Defaults and rules of MODEL.md §2 not covered by the examples: YAML, money, objective, subsidies. */
class RulesTest {
    static final String JSON = """
            {"format":"reshore/1","name":"y","currency":"EUR","exchangeRates":{"USD":0.9},
             "economies":[{"id":"DE","tags":["eu"]},{"id":"US","risk":0.3}],
             "products":[{"id":"cell","unit":"GWh"}],
             "sites":[{"id":"de","economy":"DE","product":"cell","unitCost":"5.2K USD",
                       "options":[{"id":"giga","capacity":40,"capex":"1.5B","fixedCost":"2M USD"}]}],
             "demand":[{"market":"DE","product":"cell","quantity":30,"shortagePenalty":"1M EUR"}],
             "subsidies":[{"id":"ptc","kind":"production","perUnit":"35M USD","amount":"30B USD","eligible":{"tags":["eu"]}}],
             "objective":{"mode":"lexicographic","order":["exposure"],"exposureCap":12.5,"exposureWeight":"50K USD"}}
            """;
    static final String YAML = """
            format: reshore/1
            name: y
            currency: EUR
            exchangeRates: {USD: 0.9}
            economies:
              - {id: DE, tags: [eu]}
              - {id: US, risk: 0.3}
            products:
              - {id: cell, unit: GWh}
            sites:
              - id: de
                economy: DE
                product: cell
                unitCost: 5.2K USD
                options:
                  - {id: giga, capacity: 40, capex: 1.5B, fixedCost: 2M USD}
            demand:
              - {market: DE, product: cell, quantity: 30, shortagePenalty: 1M EUR}
            subsidies:
              - {id: ptc, kind: production, perUnit: 35M USD, amount: 30B USD, eligible: {tags: [eu]}}
            objective: {mode: lexicographic, order: [exposure], exposureCap: 12.5, exposureWeight: 50K USD}
            """;

    @Test
    void yamlAndJsonGiveTheSameProblemAndHash() throws InputException {
        ProblemErrorsTest.errors(JSON); // "1.5B" has no currency: malformed
        String json = JSON.replace("\"1.5B\"", "\"1.5B EUR\"");
        Problem a = new ProblemReader().parse(json, "y.json").problem();
        Problem b = new ProblemReader().parse(YAML.replace("1.5B,", "1.5B EUR,"), "y.yaml").problem();
        assertEquals(a.sha256(), b.sha256());
        assertEquals(5200 * 0.9, a.site(0).unitCost(), 1e-9);
        assertEquals(1.5e9, a.option(0).capex());
        assertEquals(2e6 * 0.9, a.option(0).fixedCost(), 1e-6);
        assertEquals(1e6, a.demand(0).shortagePenalty());
        assertEquals(a.option(0), b.option(0));
        assertEquals(a.site(0), b.site(0));
        assertEquals(a.arcs(), b.arcs());
        assertEquals(a.subsidies(), b.subsidies());
        Subsidy ptc = a.subsidies().get(0);
        assertEquals(35e6 * 0.9, ptc.perUnit(), 1e-6);
        assertEquals(1.0, ptc.maxShare());
        Objective o = a.objective();
        assertEquals(Objective.Mode.LEXICOGRAPHIC, o.mode());
        assertEquals(List.of(Objective.Criterion.EXPOSURE, Objective.Criterion.COST), o.order());
        assertEquals(12.5, o.exposureCap());
        assertEquals(45000.0, o.exposureWeight(), 1e-9);
        assertEquals(1e-6, o.tolerance());
        assertTrue(Double.isNaN(o.unservedPenalty()));
    }

    @Test
    void aYamlNumberWhereAnIdBelongsGetsAHint() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> new ProblemReader()
                .parse("format: reshore/1\nname: n\ncurrency: USD\neconomies: [{id: US}]\nproducts: [{id: x}]\n"
                        + "periods: [{id: 2024}]\n", "p.yaml"));
        assertEquals("p.yaml:6:16: periods[0].id: expected a string, found a number (write it in quotes: \"2024\")",
                e.getMessage());
    }

    @Test
    void objectiveDefaults() throws InputException {
        Objective o = ExamplesTest.read("tiny-policy.json").objective();
        assertEquals(new Objective(0, 0, Objective.Mode.WEIGHTED, List.of(Objective.Criterion.COST,
                Objective.Criterion.EXPOSURE), 1e-6, Double.POSITIVE_INFINITY, Double.NaN).toString(), o.toString());
        assertTrue(!o.hasExposureCap());
    }

    @Test
    void subsidyAndDemandRules() {
        assertEquals(List.of(
                "p.json:3:45: subsidies[0].perUnit: perUnit applies to production subsidies only (add \"kind\": \"production\")",
                "p.json:4:18: subsidies[1].kind: unknown subsidy kind \"grant\" (known: capex, production)",
                "p.json:6:1: demand[1]: second demand for US, chip, period all (one entry per (market, product, period); the first is demand[0])",
                "p.json:7:74: exchangeRates.JPY: exchange rate must be > 0, found 0 (units of USD per one JPY)"),
                ProblemErrorsTest.errorsIn("""
                "subsidies":[{"id":"a","amount":1,"perUnit":2},
                {"id":"b","kind":"grant","amount":1}],
                "demand":[{"market":"US","product":"chip","quantity":1},
                {"market":"US","product":"chip","quantity":2}],
                "note":"exchange rates last, to test file order", "exchangeRates":{"JPY":0}
                """));
    }
}
