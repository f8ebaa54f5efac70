package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.testing.ProblemBuilder;

/**
 * The money in the MIP stays inside the solvers' tolerances. Grants used to be variables in
 * dollars: divided by the objective scale (1e7 for $10B fabs) their objective coefficients were
 * ~1e-7, HiGHS's optimality tolerance, and their rows mixed 1 with capex (ratio 2e10), so HiGHS
 * ignored them and proved a wrong optimum.
 */
class MipConditioningTest {
    static Stream<Path> library() throws IOException {
        Path lib = Path.of("..", "problems");
        try (Stream<Path> a = Files.list(lib); Stream<Path> b = Files.list(lib.resolve("examples"))) {
            return Stream.concat(a, b).filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("library")
    void grantsAndMoneyRowsAreWellConditioned(Path file) throws Exception {
        Problem p = new ProblemReader().read(file).problem();
        ReshoreModel rm = new ReshoreModel(p);
        LinExpr w = rm.weighted();
        double scale = Scaling.objectiveScale(w);
        java.util.Set<Integer> grants = new java.util.HashSet<>();
        rm.capexGrants.forEach(g -> grants.add(g.var()));
        rm.prodGrants.forEach(g -> grants.add(g.var()));
        for (int i = 0; i < w.size(); i++) {
            if (!grants.contains(w.var(i))) continue;
            // HiGHS's dual feasibility tolerance is 1e-7: a grant must be worth far more than that
            assertTrue(Math.abs(w.coef(i)) / scale >= 1e-6, rm.linear().name(w.var(i)) + " " + w.coef(i) / scale);
        }
        for (LinearModel.Row r : rm.linear().rows()) {
            boolean money = r.name().contains("budget");
            for (int i = 0; i < r.expr().size(); i++) money |= grants.contains(r.expr().var(i));
            if (!money) continue;
            double lo = Double.MAX_VALUE;
            double hi = 0;
            for (int i = 0; i < r.expr().size(); i++) {
                lo = Math.min(lo, Math.abs(r.expr().coef(i)));
                hi = Math.max(hi, Math.abs(r.expr().coef(i)));
            }
            assertTrue(hi / lo <= 1e4, r.name() + " mixes " + lo + " with " + hi);
            assertTrue(Math.abs(r.ub()) <= 1e5 || !Double.isFinite(r.ub()), r.name() + " ≤ " + r.ub());
        }
    }

    /**
     * tiny-policy in millions: two builds of $500M are needed (the cap on China leaves 70 of 100
     * chips to Japan's 40-a-year builds); the fund pays 40% of one, 200M, up to its 300M, so both
     * builds together take 300M (200M + 100M, in either order) and cost 700M net.
     */
    static ProblemBuilder bigMoney(double budget) {
        ProblemBuilder b = new ProblemBuilder("tiny-policy-in-millions")
                .economy("US", 0, "domestic").economy("CN", 1, "adversary").economy("JP", 0.1, "ally")
                .product("chip", 1)
                .site("cn", "CN", "chip", 1000, 10)
                .site("jp", "JP", "chip", 0, 12)
                .option("kumamoto", "jp", 40, 500e6, 0, null, 3)
                .demand("US", "chip", "all", 100, Double.NaN)
                .lane("JP", "US", 1, 0, Double.NaN, false)
                .capexSubsidy("jp-fund", 300e6, 0.4, List.of("kumamoto"), null)
                .share("policies[0] maxShare", true, 0.3, List.of("cn"), List.of(0));
        return Double.isNaN(budget) ? b : b.budget("policies[1] budget", budget, List.of("kumamoto"), null);
    }

    @Test
    void grantsComeBackInDollars() {
        for (String backend : List.of("highs", "scip", "cbc")) {
            SolveResult r = new MipSolver().solve(bigMoney(Double.NaN).build(),
                    new SolveOptions(Duration.ofSeconds(20), 0, 1, 1e-9, Map.of("backend", backend), null), e -> { });
            assertEquals(Status.OPTIMAL, r.status(), backend);
            double paid = r.solution().capexGrants.stream().mapToDouble(Solution.CapexGrant::amount).sum();
            assertEquals(300e6, paid, 1e-3, backend);
            // capex 2·500M − 300M; 70 chips from Japan at 12+1, 30 from China at 10
            assertEquals(700e6 + 70 * 13 + 30 * 10, r.objective(), 1e-3, backend);
        }
    }

    @Test
    void aBudgetInMoneyUnitsIsReportedInDollars() {
        List<String> why = new MipSolver().diagnose(bigMoney(650e6).build());
        assertEquals(List.of("policies[1] budget: the budget of 650M USD cannot hold — over by 50M USD"), why);
    }
}
