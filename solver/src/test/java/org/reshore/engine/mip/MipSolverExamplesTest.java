package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.engine.Progress;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.model.Problem;

class MipSolverExamplesTest {
    private final MipSolver solver = new MipSolver();

    private SolveResult solve(Problem p) {
        List<Progress> events = new ArrayList<>();
        SolveResult r = solver.solve(p, SolveOptions.defaults(), events::add);
        assertEquals(Status.OPTIMAL, r.status());
        assertEquals(1, events.size());
        return r;
    }

    @Test
    void tinyExposureBuildsTheUsPlantAndSplitsFiftyFifty() {
        Problem p = Examples.tinyExposure();
        SolveResult r = solve(p);
        assertEquals(2250, r.objective(), 2250 * 1e-9);
        assertEquals(1, r.solution().builds[0][0]);
        assertEquals(50, r.solution().flows[0][0], 1e-6); // China
        assertEquals(50, r.solution().flows[1][0], 1e-6); // US
        assertEquals(300, r.solution().capexGrants.get(0).amount(), 1e-6);
    }

    @Test
    void tinyBomPeriodsSpendsTheCreditInTheFirstPeriod() {
        SolveResult r = solve(Examples.tinyBomPeriods());
        assertEquals(350 + 1120 / 1.1 - 100, r.objective(), 1e-6);
        assertEquals(100, r.solution().productionGrants.stream()
                .filter(g -> g.period() == 0).mapToDouble(g -> g.amount()).sum(), 1e-6);
    }

    @Test
    void tinyPolicyBuildsTwoModules() {
        SolveResult r = solve(Examples.tinyPolicy());
        assertEquals(1910, r.objective(), 1e-6);
        assertEquals(2, r.solution().builds[0][0]);
    }

    @Test
    void tinyStockpileStocksTheFullDemandInRobustMode() {
        SolveResult r = solve(Examples.tinyStockpile());
        assertEquals(2200, r.objective(), 1e-6);
        assertEquals(100, r.solution().stockpiles[0], 1e-6);
    }
}
