package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reshore.model.Arc;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Subsidy;

/** Reads the design's worked examples and checks resolved values worked out by hand. */
class ExamplesTest {
    static final Path EXAMPLES = Path.of("..", "problems", "examples");

    static Problem read(String name) throws InputException {
        return new ProblemReader().read(EXAMPLES.resolve(name)).problem();
    }

    @Test
    void tinyPolicy() throws InputException {
        Problem p = read("tiny-policy.json");
        assertEquals("tiny-policy", p.name());
        assertEquals(12.0, p.site(p.siteIndex("jp")).unitCost(), 1e-12); // 1.2K JPY · 0.01
        var kumamoto = p.option(p.optionIndex("kumamoto"));
        assertEquals(500.0, kumamoto.capex(), 1e-12);
        assertEquals(3, kumamoto.maxBuilds());
        assertEquals(40.0, kumamoto.capacity());
        assertEquals(0, kumamoto.earliestPeriod());
        int us = p.marketIndex("US");
        Arc jp = p.arc(p.arcIndex(p.siteIndex("jp"), us, -1));
        assertEquals(1.0, jp.transport());
        assertEquals(0.1, jp.risk());
        assertEquals(13.0, jp.unitCost(), 1e-12);
        Arc cn = p.arc(p.arcIndex(p.siteIndex("cn"), us, -1));
        assertEquals(1.0, cn.risk());
        assertEquals(10.0, cn.unitCost());
        assertEquals(2, p.arcs().size()); // markets CN and JP have no demand: no arcs there
        Subsidy fund = p.subsidies().get(0);
        assertEquals(300.0, fund.amount(), 1e-12);
        assertEquals(0.4, fund.maxShare());
        assertEquals(java.util.List.of(kumamoto.index()), fund.eligibleOptions());
        Policy.Share share = (Policy.Share) p.policies().get(0);
        assertTrue(share.upper());
        assertEquals(0.3, share.share());
        assertEquals(java.util.List.of(p.siteIndex("cn")), share.sites());
        assertEquals(java.util.List.of(0), share.demands());
        assertEquals(1, p.periods().size());
        assertEquals("all", p.period(0).id());
        assertTrue(Double.isNaN(p.demand(0).shortagePenalty()));
        assertEquals(64, p.sha256().length());
    }

    @Test
    void tinyBomPeriods() throws InputException {
        Problem p = read("tiny-bom-periods.json");
        assertEquals(1.0, p.period(0).discount());
        assertEquals(1 / 1.1, p.period(1).discount(), 1e-15);
        assertEquals(2.0, p.period(1).years());
        int mine = p.siteIndex("mine");
        int smelter = p.siteIndex("smelter");
        Arc ore = p.arc(p.arcIndex(mine, -1, smelter));
        assertEquals(1.0, ore.unitCost());
        assertEquals(0.0, ore.risk());
        assertEquals(-1, p.arcIndex(mine, p.marketIndex("US"), -1)); // no demand for ore
        assertEquals(2, p.arcs().size());
        Subsidy ptc = p.subsidies().get(0);
        assertEquals(Subsidy.Kind.PRODUCTION, ptc.kind());
        assertEquals(2.0, ptc.perUnit());
        assertEquals(java.util.List.of(smelter), ptc.eligibleSites());
        assertEquals(java.util.List.of(0, 1), ptc.periods());
    }

    @Test
    void tinyExposure() throws InputException {
        Problem p = read("tiny-exposure.json");
        Arc cn = p.arc(p.arcIndex(p.siteIndex("cn"), p.marketIndex("US"), -1));
        assertEquals(10.0, cn.production());
        assertEquals(1.0, cn.tariff(), 1e-12);
        assertEquals(2.0, cn.transport());
        assertEquals(1.0, cn.risk());
        assertEquals(3.0, p.objective().exposureWeight());
        assertEquals(1000.0, p.demand(0).shortagePenalty());
    }

    @Test
    void tinyStockpile() throws InputException {
        var r = new ProblemReader().read(EXAMPLES.resolve("tiny-stockpile.json"));
        Problem p = r.problem();
        assertEquals(1, r.warnings().size(), r.warnings().toString()); // CN→US without lane or defaultLane
        var ban = p.scenarios().get(0);
        assertEquals(0.2, ban.probability());
        assertEquals(0, ban.period());
        assertEquals(1.0, ban.years());
        assertEquals(java.util.List.of(0.0), ban.siteFactor());
        assertEquals(1.0, p.objective().scenarioWeight());
        var h = p.stockpiles().get(0);
        assertEquals(10.0, h.purchaseCost());
        assertEquals(2.0, h.holdingCost());
        assertEquals(1000.0, h.max());
    }
}
