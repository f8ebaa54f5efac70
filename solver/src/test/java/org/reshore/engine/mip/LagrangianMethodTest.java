package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;

class LagrangianMethodTest {
    private static SolveResult solve(Problem p, String method) {
        return solve(p, Map.of("method", method));
    }

    private static SolveResult solve(Problem p, Map<String, String> params) {
        SolveOptions o = new SolveOptions(Duration.ofSeconds(60), 0, 1, 1e-9, params, null);
        return new MipSolver().solve(p, o, e -> { });
    }

    @Test
    void sameOptimumAsTheStrongFormulationOnRandomFacilityProblems() {
        for (long seed = 1; seed <= 25; seed++) {
            Problem p = FacilityProblems.random(seed);
            assertNull(FacilityForm.whyNot(p), p.name());
            SolveResult strong = solve(p, "strong");
            SolveResult lag = solve(p, "lagrangian");
            assertEquals(Status.OPTIMAL, strong.status(), p.name());
            assertEquals(Status.OPTIMAL, lag.status(), p.name());
            assertEquals(strong.objective(), lag.objective(), 1e-6 * Math.abs(strong.objective()), p.name());
            assertTrue(lag.bound() <= lag.objective() + 1e-9 * Math.abs(lag.objective()), p.name());
            assertTrue(lag.bound() >= lag.objective() * (1 - 1e-9) - 1e-9, p.name() + ": proven within the gap");
            Evaluation e = new Evaluator(new GlopRecourseSolver()).evaluate(p, lag.solution());
            assertTrue(e.feasible(), p.name());
            assertEquals(e.objective(), lag.objective(), 1e-6 * Math.abs(e.objective()), p.name());
            assertTrue(String.valueOf(lag.config().get("boundFrom")).startsWith("Lagrangian"), p.name());
        }
    }

    @Test
    void plainOrDeflectedStepsAndPolishingWithSwapsReachTheSameProvenOptimum() {
        int swapsTried = 0;
        for (long seed = 1; seed <= 25; seed++) {
            Problem p = FacilityProblems.random(seed);
            double optimum = solve(p, "strong").objective();
            for (Map<String, String> params : java.util.List.of(
                    Map.of("method", "lagrangian", "deflection", "0"),
                    Map.of("method", "lagrangian", "polishAtRootFromArcs", "0"),
                    Map.of("method", "lagrangian", "polishAtRootFromArcs", "0", "polishTries", "0", "polishSwaps", "40"))) {
                SolveResult r = solve(p, params);
                assertEquals(Status.OPTIMAL, r.status(), p.name() + " " + params);
                assertEquals(optimum, r.objective(), 1e-6 * Math.abs(optimum), p.name() + " " + params);
                Evaluation e = new Evaluator(new GlopRecourseSolver()).evaluate(p, r.solution());
                assertEquals(e.objective(), r.objective(), 1e-6 * Math.abs(e.objective()), p.name() + " " + params);
                if ("0".equals(params.get("polishTries")) && r.statistics().containsKey("polishTried")) {
                    swapsTried += r.statistics().get("polishTried").intValue();
                }
            }
        }
        assertTrue(swapsTried > 0, "no problem left a gap after the root for the swaps to work on");
    }

    @Test
    void theFinalPolishTriesEverySingleChangeAndKeepsTheProvenOptimum() {
        int passes = 0;
        for (long seed = 1; seed <= 25; seed++) {
            Problem p = FacilityProblems.random(seed);
            double optimum = solve(p, "strong").objective();
            // the whole time limit counts as its last tenth: the pass runs at the first node; the
            // other polishing rounds try one change each, the final pass every one (no root
            // fixing: the changes it rules out are not tried)
            SolveResult r = solve(p, Map.of("method", "lagrangian", "polishAtRootFromArcs", "0", "finalPolishShare", "1",
                    "polishTries", "1", "enumerateLeaves", "0"));
            assertEquals(Status.OPTIMAL, r.status(), p.name());
            assertEquals(optimum, r.objective(), 1e-6 * Math.abs(optimum), p.name());
            Number tried = r.statistics().get("finalPolishTried");
            if (tried == null) continue; // closed at the root: no tree, no pass
            int buildable = 0;
            for (int s = 0; s < p.sites().size(); s++) if (!p.site(s).options().isEmpty()) buildable++;
            if (buildable > 1) passes++;
            // every buildable site has at least one change (one more build, or one fewer)
            assertTrue(tried.intValue() >= buildable, p.name() + ": " + tried + " tries for " + buildable + " sites");
        }
        assertTrue(passes > 0, "no problem reached the tree");
    }

    @Test
    void closingNodesByTheirLeavesProvesTheSameOptimumAsBranching() {
        int leaves = 0;
        int rootsEnded = 0;
        for (long seed = 1; seed <= 25; seed++) {
            Problem p = FacilityProblems.random(seed);
            double optimum = solve(p, "strong").objective();
            for (String limit : new String[] {"0", "8", "64"}) {
                SolveResult r = solve(p, Map.of("method", "lagrangian", "enumerateLeaves", limit));
                String what = p.name() + " enumerateLeaves " + limit;
                assertEquals(Status.OPTIMAL, r.status(), what);
                assertEquals(optimum, r.objective(), 1e-6 * Math.abs(optimum), what);
                assertTrue(r.bound() >= optimum * (1 - 1e-9) - 1e-9 && r.bound() <= optimum * (1 + 1e-9) + 1e-9, what);
                Number n = r.statistics().get("leavesEnumerated");
                if (limit.equals("0")) {
                    assertTrue(n == null || n.intValue() == 0, what + ": no enumeration asked for");
                    assertNull(r.statistics().get("rootEndedByFixing"), what);
                } else {
                    leaves += n == null ? 0 : n.intValue();
                    rootsEnded += r.statistics().getOrDefault("rootEndedByFixing", 0).intValue();
                }
            }
        }
        assertTrue(leaves > 0, "no node was closed by its leaves");
        assertTrue(rootsEnded > 0, "no root ended by its fixing");
    }

    @Test
    void everyLagrangianValueIsALowerBound() {
        Random r = new Random(7);
        for (long seed = 30; seed < 40; seed++) {
            Problem p = FacilityProblems.random(seed);
            double optimum = solve(p, "strong").objective();
            ReshoreModel rm = new ReshoreModel(p, true);
            LagrangianBound lag = new LagrangianBound(FacilityForm.of(rm));
            double[] start = lag.lambda.clone();
            for (int trial = 0; trial < 50; trial++) {
                for (int j = 0; j < start.length; j++) lag.lambda[j] = start[j] * (0.5 + 2 * r.nextDouble()) + 20 * r.nextDouble();
                double value = lag.evaluate();
                assertTrue(value <= optimum + 1e-9 * Math.abs(optimum), p.name() + ": L = " + value + " > " + optimum);
            }
        }
    }

    @Test
    void autoPicksTheLagrangianMethodWhereTheCapacityCoverBinds() throws Exception {
        Problem cap41 = org.reshore.io.orlib.OrLibCflp.toProblem(org.reshore.io.orlib.OrLibCflp.read(
                java.nio.file.Path.of("..", "benchmarks", "instances", "orlib-cflp", "cap41.txt"), java.util.OptionalDouble.empty()));
        assertEquals(MipSolver.LAGRANGIAN, MipSolver.method(cap41, "auto"), "no site has capacity before it is built");
        Problem covered = FacilityProblems.coveredByExistingCapacity();
        assertEquals(MipSolver.STRONG, MipSolver.method(covered, "auto"), "existing capacity covers the demand");
        assertEquals(MipSolver.LAGRANGIAN, MipSolver.method(covered, "lagrangian"));
        // building s1 (50) and serving all 20 from it at 1 costs 70, against 20 × 5 = 100 from s0 alone
        SolveResult lag = solve(covered, "lagrangian");
        assertEquals(Status.OPTIMAL, lag.status());
        assertEquals(70, lag.objective(), 1e-9);
        assertEquals(1, lag.solution().builds[0][0]);
    }

    @Test
    void refusesTheLagrangianMethodWhereTheShapeDoesNotFitAndSaysWhy() {
        Problem policy = Examples.tinyPolicy();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MipSolver.method(policy, "lagrangian"));
        assertTrue(e.getMessage().contains("it has policies"), e.getMessage());
        assertEquals(MipSolver.STRONG, MipSolver.method(policy, "auto"));
        assertThrows(IllegalArgumentException.class, () -> MipSolver.method(policy, "simplex"));
    }

    @Test
    void withNoTimeTheWarmStartComesBackFeasibleWithoutABound() {
        Problem p = FacilityProblems.random(5);
        SolveResult strong = solve(p, "strong");
        SolveOptions o = new SolveOptions(Duration.ZERO, 0, 1, 1e-9, Map.of("method", "lagrangian"), strong.solution());
        SolveResult r = new MipSolver().solve(p, o, e -> { });
        assertEquals(Status.FEASIBLE, r.status());
        assertEquals(strong.objective(), r.objective(), 1e-9 * Math.abs(strong.objective()));
        assertTrue(Double.isNaN(r.bound()) && Double.isNaN(r.gap()));
    }
}
