package org.reshore.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * semiconductors-2021: the exposure price is what brings TSMC Arizona in. At the file's price
 * (10K USD per risk-weighted wafer-year) the plan builds Fab 21 in 2024 with CHIPS Act money; at
 * half the price it builds no US fab at all.
 */
class SemiconductorsIT {
    static final String FILE = "semiconductors-2021.json";

    @Test
    void arizonaIsBuiltIn2024WithChipsActMoney() throws Exception {
        LibraryRun run = LibraryRun.solve(FILE);
        System.out.println(run.summary());
        assertEquals(1, run.builds("fab21-p1", "2024"));
        // 10% grants + 25% tax credit of $12B
        assertTrue(run.paid("chips-grants") + run.paid("chips-itc") >= 0.35 * 12e9 - 1);
        // Arizona's 240,000 wafers a year go to US leading-edge demand (750,000 in 2024)
        assertTrue(run.supply("US", "logic-lead", "2024", "US") >= 240_000 - 1e-6);
        assertEquals(0, java.util.Arrays.stream(run.plan().shortages).sum(), 1e-6);
    }

    @Test
    void aTaiwanBlockadeStillLeavesMostLeadingEdgeDemandUnserved() throws Exception {
        LibraryRun run = LibraryRun.solve(FILE);
        assertEquals(2, run.builds("kr-pyeongtaek-module", "2024"));
        assertEquals(1, run.builds("ohio-fabs-1-2", "2027"));
        // 2027: world <10nm demand 4.2M wafers, Taiwan's own 5% (210,000) still served at home.
        // Outside Taiwan: Korea 240,000 + 2 x 300,000, Arizona 240,000, Ohio 480,000 = 1,560,000
        // against 3,990,000 of demand → 2,430,000 wafers a year short.
        assertEquals(2_430_000, run.stressShortage("taiwan-strait", "logic-lead"), 1);
    }

    @Test
    // HiGHS used to take none of the capex grants here and still report OPTIMAL (3.16181e12 against
    // 3.15138e12): grant money had objective coefficients under its tolerance (fixed in engine.mip)
    void defaultBackendAgreesWithScip() throws Exception {
        LibraryRun highs = LibraryRun.solve(FILE, "highs");
        LibraryRun scip = LibraryRun.solve(FILE, "scip");
        assertEquals(scip.result.objective(), highs.result.objective(), 1e-6 * scip.result.objective());
    }

    @Test
    void atHalfTheExposurePriceNoUsFabIsBuilt() throws Exception {
        LibraryRun run = LibraryRun.solveVariant(FILE,
                root -> ((ObjectNode) root.get("objective")).put("exposureWeight", "5K USD"));
        assertEquals(0, run.builds("fab21-p1"));
        assertEquals(0, run.builds("taylor-fab1") + run.builds("ohio-fabs-1-2"));
        assertEquals(0, run.supply("US", "logic-lead", "2027", "US"), 1e-6);
    }
}
