package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.model.Objective;
import org.reshore.model.Policy;
import org.reshore.model.Problem;

class MipSolverFeaturesTest {
    private static Problem withObjective(Problem p, Objective o) {
        return new Problem(p.name(), p.description(), p.currency(), p.sha256(), p.periods(), p.economies(),
                p.products(), p.markets(), p.sites(), p.options(), p.demands(), p.arcs(), p.blockedRoutes(),
                p.subsidies(), p.policies(), p.stockpiles(), p.scenarios(), o);
    }

    private static SolveResult solve(Problem p, Map<String, String> params) {
        return new MipSolver().solve(p, new SolveOptions(Duration.ofSeconds(20), 0, 1, 1e-9, params, null), e -> { });
    }

    @Test
    void lexicographicExposureFirstServesNothingFromChina() {
        // min exposure = 0: only the US plant (50) serves, 50 short at 1000.
        // cost 50·15 + (1000 − 300) + 50·1000 = 51450; weighted adds 3·0. The hold
        // exposure ≤ 0 + 1e-6·max(1, 0) lets 1e-6 units come from China, saving 1e-6·(1000 − 13)
        // and adding 1e-6·3 of exposure price. Whether the solver takes that millionth of a unit
        // is below its tolerances (the flow is measured in units of its size, 100, to the solver:
        // OrToolsBackend's equilibration), so either value is right.
        Problem p = withObjective(Examples.tinyExposure(), new Objective(3, 0, Objective.Mode.LEXICOGRAPHIC,
                List.of(Objective.Criterion.EXPOSURE, Objective.Criterion.COST), 1e-6, Double.POSITIVE_INFINITY, Double.NaN));
        SolveResult r = solve(p, Map.of());
        assertEquals(Status.OPTIMAL, r.status());
        assertEquals(51450 - 1e-6 * 987 + 3e-6, r.objective(), 1e-6 * 987);
        assertEquals(0, r.solution().flows[0][0], 1.000001e-6);
    }

    @Test
    void lexicographicCostFirstIsTheWeightedOptimumHere() {
        // min cost (no exposure price) = 80 from China at 13 + 20 from the US: 1040 + 300 + 700 = 2040;
        // reported objective: weighted = 2040 + 3·80 = 2280, less what the tolerance lets through:
        // cost may rise by 1e-6·2040, spent moving 1e-6·2040/2 units from China (13 + 3) to the US (15).
        Problem p = withObjective(Examples.tinyExposure(), new Objective(3, 0, Objective.Mode.LEXICOGRAPHIC,
                List.of(Objective.Criterion.COST, Objective.Criterion.EXPOSURE), 1e-6, Double.POSITIVE_INFINITY, Double.NaN));
        SolveResult r = solve(p, Map.of());
        assertEquals(2280 - 1e-6 * 2040 / 2, r.objective(), 1e-8);
        assertEquals(80, r.solution().flows[0][0], 2e-3);
    }

    @Test
    void exposureCapHoldsAsAHardConstraint() {
        // China ≤ 30; US 50; 20 short: 30·13 + 50·15 + 700 + 20·1000 + 3·30 = 21930
        Problem p = withObjective(Examples.tinyExposure(), new Objective(3, 0, Objective.Mode.WEIGHTED, List.of(),
                1e-6, 30, Double.NaN));
        SolveResult r = solve(p, Map.of());
        assertEquals(21930, r.objective(), 1e-6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"highs", "scip", "cbc"})
    void everyBackendFindsTheSameOptimum(String backend) {
        SolveResult r = solve(Examples.tinyPolicy(), Map.of("backend", backend));
        assertEquals(Status.OPTIMAL, r.status());
        assertEquals(1910, r.objective(), 1e-6);
        assertEquals(backend, r.config().get("backend"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"highs", "scip", "cbc"})
    void warmStartFromTheOptimumGivesTheOptimum(String backend) {
        Problem p = Examples.tinyExposure();
        SolveResult first = solve(p, Map.of());
        SolveOptions o = new SolveOptions(Duration.ofSeconds(20), 0, 1, 1e-9, Map.of("backend", backend), first.solution());
        SolveResult again = new MipSolver().solve(p, o, e -> { });
        assertEquals(Status.OPTIMAL, again.status());
        assertEquals(2250, again.objective(), 1e-6);
    }

    @Test
    void infeasibleProblemIsDiagnosedInPlannersWords() {
        // Japan may build one 40-unit module only; China ≤ 30% of 100; demand must be met in full:
        // 30 units cannot be had without giving way somewhere.
        Problem base = Examples.tinyPolicy();
        var o = base.option(0);
        var options = List.of(new org.reshore.model.CapacityOption(o.id(), 0, o.site(), o.capacity(), o.capex(),
                o.fixedCost(), o.earliestPeriod(), 1));
        Problem p = new Problem(base.name(), "", base.currency(), base.sha256(), base.periods(), base.economies(),
                base.products(), base.markets(), base.sites(), options, base.demands(), base.arcs(),
                base.blockedRoutes(), base.subsidies(), base.policies(), base.stockpiles(), base.scenarios(),
                base.objective());
        SolveResult r = solve(p, Map.of());
        assertEquals(Status.INFEASIBLE, r.status());
        List<String> why = new MipSolver().diagnose(p);
        assertEquals(1, why.size(), why.toString());
        assertTrue(why.get(0).startsWith("US chip, all: "), why.get(0));
        assertTrue(why.get(0).endsWith("by 30 u"), why.get(0));
    }

    @Test
    void feasibleProblemHasNoDiagnosis() {
        assertEquals(List.of(), new MipSolver().diagnose(Examples.tinyPolicy()));
    }

    @Test
    void budgetBelowTheCapexIsNamedWithMoney() {
        Problem base = Examples.tinyPolicy();
        List<Policy> policies = new java.util.ArrayList<>(base.policies());
        // two modules cost 2·500 − 300 of grants = 700 net: 50 over a budget of 650. Giving way on
        // the budget (50/650 of it) is smaller than leaving 30 of 100 units unserved.
        policies.add(new Policy.Budget(1, "policies[1] budget", 650, List.of(0), List.of(0)));
        Problem p = new Problem(base.name(), "", base.currency(), base.sha256(), base.periods(), base.economies(),
                base.products(), base.markets(), base.sites(), base.options(), base.demands(), base.arcs(),
                base.blockedRoutes(), base.subsidies(), policies, base.stockpiles(), base.scenarios(), base.objective());
        assertEquals(Status.INFEASIBLE, solve(p, Map.of()).status());
        List<String> why = new MipSolver().diagnose(p);
        assertEquals(List.of("policies[1] budget: the budget of 650 USD cannot hold — over by 50 USD"), why);
    }

    @Test
    void exportNamesVariablesAndRowsFromIds(@TempDir Path dir) throws Exception {
        Path lp = dir.resolve("m.lp");
        ModelExport.write(Examples.tinyExposure(), lp, ModelExport.Format.LP);
        String text = Files.readString(lp);
        // LP names write [ ] as ( ) (see ModelExport); the MPS file keeps the model's names
        assertTrue(text.contains("flow(cn,US,all)"), text);
        assertTrue(text.contains("build(o1,all)"), text);
        assertTrue(text.contains("demand(US,widget,all)"), text);
        assertTrue(text.contains("capexGrant(s,o1,all)"), text);
        String mps = ModelExport.text(Examples.tinyExposure(), ModelExport.Format.MPS);
        assertTrue(mps.contains("capacity[us,all]"), mps);
        assertTrue(mps.contains("flow[cn,US,all]"), mps);
        assertTrue(mps.contains("build[o1,all]"), mps);
        assertTrue(mps.contains("demand[US,widget,all]"), mps);
        assertTrue(mps.contains("capexGrant[s,o1,all]"), mps);
    }

    @Test
    void exportKeepsTheObjectiveInBaseCurrency() {
        // 1e7 of capex would make the solver see the objective divided by 1e4; the file must not
        Problem p = FacilityProblems.coveredByExistingCapacity();
        Problem big = new Problem(p.name(), "", "USD", "0", p.periods(), p.economies(), p.products(), p.markets(),
                p.sites(), List.of(new org.reshore.model.CapacityOption("o1", 0, 1, 20, 12_345_678, 0, 0, 1)), p.demands(),
                p.arcs(), List.of(), List.of(), List.of(), List.of(), List.of(), p.objective());
        String lp = ModelExport.text(big, ModelExport.Format.LP);
        // and at full precision: OR-Tools' exporter wrote 1.23457e+07 here
        assertTrue(lp.contains(" + 12345678 build(o1,"), lp);
        assertTrue(ModelExport.text(big, ModelExport.Format.MPS).contains(" obj 12345678\n"));
    }
}
