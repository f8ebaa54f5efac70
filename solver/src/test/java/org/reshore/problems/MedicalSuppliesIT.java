package org.reshore.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * medical-supplies: a US API plant still runs on Chinese starting materials; India buys most of
 * its intermediates from China; the pandemic (robust mode) fills the US mask stockpile.
 */
class MedicalSuppliesIT {
    static final String FILE = "medical-supplies.json";

    @Test
    void reshoredApiStillRunsOnChineseStartingMaterials() throws Exception {
        LibraryRun run = LibraryRun.solve(FILE);
        System.out.println(run.summary());
        assertEquals(1, run.builds("phlow-plant", "2024"));
        assertTrue(run.inputsFrom("phlow-virginia", "2027", "CN") > 0);
        double india = run.inputsFrom("in-acetaminophen", "2021", "CN") + run.inputsFrom("in-ibuprofen", "2021", "CN");
        double all = india + run.inputsFrom("in-acetaminophen", "2021", "IN") + run.inputsFrom("in-ibuprofen", "2021", "IN");
        assertTrue(india / all >= 0.6, "India's intermediates from China: " + india / all);
        assertTrue(run.stockpile("US", "medical-masks") > 0);
    }
}
