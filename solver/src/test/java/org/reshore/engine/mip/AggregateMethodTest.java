package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.generate.GeneratorSpec;
import org.reshore.generate.ProblemGenerator;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

class AggregateMethodTest {
    private static SolveResult solve(Problem p, String method) {
        SolveOptions o = new SolveOptions(Duration.ofSeconds(60), 0, 1, 1e-9, Map.of("method", method), null);
        return new MipSolver().solve(p, o, e -> { });
    }

    /** A generated problem of facility-location shape: one product, one period, no subsidies, budget or share policy. */
    static Problem generated(long seed, int sites, int markets) throws Exception {
        GeneratorSpec spec = new GeneratorSpec(seed, sites, markets, 1, 1, GeneratorSpec.ADVERSARY_SHARE,
                GeneratorSpec.DOMESTIC_SHARE, GeneratorSpec.BUILDABLE_SHARE, false, false, Double.NaN,
                GeneratorSpec.EXPOSURE_WEIGHT);
        return new ProblemReader().parse(ProblemGenerator.generate(spec), spec.name() + ".json").problem();
    }

    private static void assertSameProvenOptimum(Problem p, SolveResult reference, SolveResult r, String what) {
        assertEquals(Status.OPTIMAL, r.status(), p.name() + " " + what);
        assertEquals(reference.objective(), r.objective(), 1e-6 * Math.abs(reference.objective()), p.name() + " " + what);
        assertTrue(r.bound() <= r.objective() + 1e-9 * Math.abs(r.objective()), p.name() + " " + what);
        assertTrue(r.bound() >= r.objective() * (1 - 1e-8), p.name() + " " + what + ": proven within the gap");
        Evaluation e = new Evaluator(new GlopRecourseSolver()).evaluate(p, r.solution());
        assertTrue(e.feasible(), p.name() + " " + what);
        assertEquals(e.objective(), r.objective(), 1e-6 * Math.abs(e.objective()), p.name() + " " + what);
    }

    @Test
    void generatedProblemsMergeMostLanesExactlyAndEveryMethodFindsTheSameOptimum() throws Exception {
        for (long seed = 1; seed <= 6; seed++) {
            Problem p = generated(seed, 30, 25);
            LaneAggregation agg = LaneAggregation.of(FacilityForm.of(new ReshoreModel(p, false)));
            assertEquals(0, agg.sitesKeptApart, p.name());
            assertTrue(agg.mergedArcs > agg.arcs / 2, p.name() + ": " + agg.mergedArcs + " of " + agg.arcs + " merged");
            LaneAggregation.Estimate est = LaneAggregation.estimate(p);
            assertEquals(agg.arcs, est.arcs(), p.name());
            assertEquals(agg.mergedArcs, est.mergedArcs(), p.name());
            SolveResult strong = solve(p, "strong");
            assertEquals(Status.OPTIMAL, strong.status(), p.name());
            SolveResult aggregate = solve(p, "aggregate");
            assertSameProvenOptimum(p, strong, aggregate, "aggregate");
            assertSameProvenOptimum(p, strong, solve(p, "lagrangian"), "lagrangian");
            assertTrue(String.valueOf(aggregate.config().get("boundFrom")).contains("merged"), p.name());
        }
    }

    @Test
    void randomFacilityProblemsGiveTheStrongOptimum() {
        for (long seed = 1; seed <= 15; seed++) {
            Problem p = FacilityProblems.random(seed);
            assertSameProvenOptimum(p, solve(p, "strong"), solve(p, "aggregate"), "aggregate");
        }
    }

    @Test
    void aSiteWithABlockedLaneKeepsItsLanesApartAndTheOptimumHolds() throws Exception {
        // through the hub, a site with a blocked lane would reach the market the block cuts it off
        // from: its lanes stay apart, the other sites' are merged, and the optimum is the strong one
        for (long seed = 1; seed <= 4; seed++) {
            String json = ProblemGenerator.generate(new GeneratorSpec(seed, 20, 15, 1, 1, GeneratorSpec.ADVERSARY_SHARE,
                    GeneratorSpec.DOMESTIC_SHARE, GeneratorSpec.BUILDABLE_SHARE, false, false, Double.NaN,
                    GeneratorSpec.EXPOSURE_WEIGHT));
            Problem p = blockFirstLanes(json, "seed" + seed);
            LaneAggregation agg = LaneAggregation.of(FacilityForm.of(new ReshoreModel(p, false)));
            assertTrue(agg.sitesKeptApart >= 1 && agg.sitesKeptApart <= 3, p.name() + ": " + agg.sitesKeptApart);
            assertTrue(agg.mergedArcs > 0, p.name());
            assertEquals(agg.mergedArcs, LaneAggregation.estimate(p).mergedArcs(), p.name());
            SolveResult strong = solve(p, "strong");
            assertSameProvenOptimum(p, strong, solve(p, "aggregate"), "aggregate");
        }
    }

    // The generated problem with the lanes from its first three sites to its first market blocked:
    // those sites no longer reach that market at all, while the hub would still take them there
    private static Problem blockFirstLanes(String json, String name) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) om.readTree(json);
        com.fasterxml.jackson.databind.node.ArrayNode lanes = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("lanes");
        String market = root.get("demand").get(0).get("market").asText();
        for (int i = 0; i < 3; i++) {
            com.fasterxml.jackson.databind.JsonNode site = root.get("sites").get(i);
            if (site.get("economy").asText().equals(market)) continue; // at home: no lane to block
            lanes.addObject().put("from", site.get("id").asText()).put("to", market).put("blocked", true);
        }
        return new ProblemReader().parse(om.writeValueAsString(root), name + "-blocked.json").problem();
    }

    @Test
    void autoTakesTheMergeOnlyWhereItIsExactAndLarge() throws Exception {
        Problem large = generated(1, 120, 100); // 12,000 flows, nearly all on the default lane
        assertEquals(MipSolver.AGGREGATE, MipSolver.method(large, "auto"));
        Problem small = generated(1, 30, 25);
        assertFalse(MipSolver.AGGREGATE.equals(MipSolver.method(small, "auto")), "too few flows to be worth it");
        assertEquals(MipSolver.AGGREGATE, MipSolver.method(small, "aggregate"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MipSolver.method(Examples.tinyPolicy(), "aggregate"));
        assertTrue(e.getMessage().contains("it has policies"), e.getMessage());
    }
}
