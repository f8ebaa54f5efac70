package org.reshore.evaluate;

import org.reshore.model.Problem;
import org.reshore.model.Solution;

/** The optimal plans of the design's worked examples, on the problems of {@code Examples}. */
final class Plans {
    private Plans() {}

    static int arc(Problem p, String from, String toMarket) {
        return p.arcIndex(p.siteIndex(from), p.marketIndex(toMarket), -1);
    }

    static int arcToSite(Problem p, String from, String toSite) {
        return p.arcIndex(p.siteIndex(from), -1, p.siteIndex(toSite));
    }

    /** tiny-exposure: build o1, 50 from the US, 50 from China, subsidy 300 (optimum 2250). */
    static Solution tinyExposure(Problem p, double fromChina) {
        Solution s = new Solution(p);
        s.builds[p.optionIndex("o1")][0] = 1;
        s.capexGrants.add(new Solution.CapexGrant(p.subsidyIndex("s"), p.optionIndex("o1"), 0, 300));
        s.flows[arc(p, "cn", "US")][0] = fromChina;
        s.flows[arc(p, "us", "US")][0] = 100 - fromChina;
        return s;
    }

    /** tiny-bom-periods: 50 then 80 t of metal, ore 2 t each, the credit spent in p1. */
    static Solution tinyBomPeriods(Problem p) {
        Solution s = new Solution(p);
        s.flows[arc(p, "smelter", "US")][0] = 50;
        s.flows[arc(p, "smelter", "US")][1] = 80;
        s.flows[arcToSite(p, "mine", "smelter")][0] = 100;
        s.flows[arcToSite(p, "mine", "smelter")][1] = 160;
        s.productionGrants.add(new Solution.ProductionGrant(p.subsidyIndex("ptc"), p.siteIndex("smelter"), 0, 100));
        return s;
    }

    /** tiny-policy: two Kumamoto modules, 30 from China, 70 from Japan, fund 300. */
    static Solution tinyPolicy(Problem p) {
        Solution s = new Solution(p);
        s.builds[p.optionIndex("kumamoto")][0] = 2;
        s.capexGrants.add(new Solution.CapexGrant(p.subsidyIndex("jp-fund"), p.optionIndex("kumamoto"), 0, 300));
        s.flows[arc(p, "cn", "US")][0] = 30;
        s.flows[arc(p, "jp", "US")][0] = 70;
        return s;
    }

    /** tiny-stockpile: 100 from China and a stockpile of {@code level}. */
    static Solution tinyStockpile(Problem p, double level) {
        Solution s = new Solution(p);
        s.flows[arc(p, "cn", "US")][0] = 100;
        s.stockpiles[0] = level;
        return s;
    }
}
