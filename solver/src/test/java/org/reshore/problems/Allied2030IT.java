package org.reshore.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reshore.model.CapacityOption;

/**
 * allied-2030: the policies hold (caps on adversary supply, the US leading-edge floor), and the
 * national budget is what makes the families compete: within it the plan meets the floor with
 * Intel Ohio and leaves TSMC Arizona and Panasonic Kansas unbuilt; without it both are built.
 */
class Allied2030IT {
    static final String FILE = "allied-2030.json";

    @Test
    void policiesHoldAndTheBudgetBinds() throws Exception {
        LibraryRun run = LibraryRun.solve(FILE);
        System.out.println(run.summary());
        assertTrue(run.share("US", "ree-oxide", "2027", "CN") <= 0.2 + 1e-9);
        assertTrue(run.share("US", "li-ion-cell", "2027", "CN") <= 0.2 + 1e-9);
        assertTrue(run.share("US", "medical-masks", "2024", "CN") <= 0.5 + 1e-9);
        assertTrue(run.share("US", "medical-masks", "2027", "CN") <= 0.5 + 1e-9);
        assertTrue(run.share("US", "logic-lead", "2027", "US") >= 0.4 - 1e-9);
        assertTrue(netUsCapex(run) <= 25e9 + 1, "net US capex " + netUsCapex(run));
        // Arizona, net of the CHIPS grants and tax credit (35% of $12B), would not fit in what is left
        assertTrue(netUsCapex(run) + 0.65 * 12e9 > 25e9, "the budget binds: " + netUsCapex(run));
        assertEquals(0, run.builds("fab21-p1"));
        assertEquals(1, run.builds("ohio-fabs-1-2"));
    }

    @Test
    void withoutTheBudgetArizonaAndKansasAreBuilt() throws Exception {
        LibraryRun free = LibraryRun.solveVariant(FILE, root -> {
            var policies = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("policies");
            for (int i = policies.size() - 1; i >= 0; i--) {
                if (policies.get(i).get("type").asText().equals("budget")) policies.remove(i);
            }
        });
        assertEquals(1, free.builds("fab21-p1", "2024"));
        assertEquals(1, free.builds("de-soto-kansas"));
    }

    /** What builders pay for US options over the horizon: capex less capex grants (nominal). */
    static double netUsCapex(LibraryRun run) {
        int us = run.problem.economyIndex("US");
        double sum = 0;
        for (CapacityOption o : run.problem.options()) {
            if (run.problem.site(o.site()).economy() != us) continue;
            for (int t = 0; t < run.problem.periods().size(); t++) sum += o.capex() * run.plan().builds[o.index()][t];
        }
        for (var g : run.plan().capexGrants) {
            if (run.problem.site(run.problem.option(g.option()).site()).economy() == us) sum -= g.amount();
        }
        return sum;
    }
}
