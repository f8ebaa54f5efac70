package org.reshore.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * rare-earths: the 20% cap on US oxide from adversaries holds from 2027; without the cap (and
 * without the robust term) the plan keeps buying Chinese oxide, so the cap is what moves it; in
 * robust mode the ban scenario pays for US separation and a magnet stockpile.
 */
class RareEarthsIT {
    static final String FILE = "rare-earths.json";

    @Test
    void capHoldsAndTheBanPaysForUsSeparationAndAMagnetStockpile() throws Exception {
        LibraryRun run = LibraryRun.solve(FILE);
        System.out.println(run.summary());
        assertTrue(run.share("US", "ree-oxide", "2027", "CN") <= 0.2 + 1e-9);
        assertEquals(1, run.builds("mp-stage-ii-build"));
        assertEquals(1, run.builds("fort-worth-magnets"));
        assertTrue(run.stockpile("US", "ndfeb-magnet") > 0);
        // before the cap, the US buys its oxide in China (the seed: ~80% of imports)
        assertTrue(run.share("US", "ree-oxide", "2021", "CN") >= 0.8 - 1e-9);
    }

    @Test
    void withoutTheCapTheUsKeepsBuyingChineseOxide() throws Exception {
        LibraryRun capped = LibraryRun.solveVariant(FILE,
                root -> ((ObjectNode) root.get("objective")).put("scenarioWeight", 0));
        LibraryRun free = LibraryRun.solveVariant(FILE, root -> {
            ((ObjectNode) root.get("objective")).put("scenarioWeight", 0);
            root.remove("policies");
        });
        assertTrue(capped.share("US", "ree-oxide", "2027", "CN") <= 0.2 + 1e-9);
        // met by re-routing Lynas' Malaysian oxide, not by building US separation
        assertTrue(capped.share("US", "ree-oxide", "2027", "MY") >= 0.8 - 1e-9);
        assertEquals(0, capped.builds("mp-stage-ii-build") + capped.builds("lynas-texas-hondo"));
        assertTrue(free.share("US", "ree-oxide", "2027", "CN") > 0.2 + 1e-6);
        assertTrue(capped.result.objective() >= free.result.objective() - 1e-6 * free.result.objective());
    }
}
