package org.reshore.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * ev-batteries: the 45X production credit is worth taking to its cap, and the exposure price is
 * what keeps Europe's own plants running (at a sixth of it Europe imports its cells from China).
 */
class EvBatteriesIT {
    static final String FILE = "ev-batteries.json";

    @Test
    void theProductionCreditIsSpentInFullAndKansasIsBuilt() throws Exception {
        LibraryRun run = LibraryRun.solve(FILE);
        System.out.println(run.summary());
        assertEquals(30e9, run.paid("ira-45x"), 1);
        assertEquals(1, run.builds("de-soto-kansas", "2027"));
        assertEquals(4, run.builds("ultium-module", "2024")); // all four, early, to earn the credit
        assertTrue(run.share("EU", "li-ion-cell", "2022", "EU") >= 0.99);
    }

    @Test
    void atALowExposurePriceEuropeImportsFromChina() throws Exception {
        LibraryRun run = LibraryRun.solveVariant(FILE,
                root -> ((ObjectNode) root.get("objective")).put("exposureWeight", "5M USD"));
        assertTrue(run.share("EU", "li-ion-cell", "2022", "CN") >= 0.99);
    }
}
