package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.evaluate.Constraints;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.evaluate.Violation;
import org.reshore.model.Solution;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/** Plan files: write, read back, resolve against the problem, refuse what does not fit. */
class PlansTest {
    static Problem tinyPolicy() throws InputException {
        return ExamplesTest.read("tiny-policy.json");
    }

    /** The hand-worked optimum of tiny-policy: two Kumamoto modules, 30 from China, 70 from Japan. */
    static Solution optimum(Problem p) {
        Solution s = new Solution(p);
        int o = p.optionIndex("kumamoto");
        s.builds[o][0] = 2;
        s.capexGrants.add(new Solution.CapexGrant(0, o, 0, 300));
        int us = p.marketIndex("US");
        s.flows[p.arcIndex(p.siteIndex("cn"), us, -1)][0] = 30;
        s.flows[p.arcIndex(p.siteIndex("jp"), us, -1)][0] = 70;
        return s;
    }

    static PlanFile.SolverInfo solver() {
        ObjectNode config = JsonNodeFactory.instance.objectNode().put("timeLimit", 10);
        return new PlanFile.SolverInfo("mip", config, "OPTIMAL", 1910, 1910, 0, 0.25, 7);
    }

    @Test
    void writesStableTextAndReadsItBack(@TempDir Path dir) throws Exception {
        Problem p = tinyPolicy();
        ObjectNode kpis = JsonNodeFactory.instance.objectNode().put("objective", 1910.0).put("exposure", 37);
        PlanFile plan = Plans.fromSolution(p, optimum(p), solver(), kpis);
        String text = PlanWriter.toJson(plan);
        assertEquals("""
                {
                  "format": "reshore-plan/1",
                  "problem": {"name": "tiny-policy", "sha256": "%s"},
                  "solver": {"name": "mip", "config": {"timeLimit": 10}, "status": "OPTIMAL", "objective": 1910, \
                "bound": 1910, "gap": 0, "seconds": 0.25, "seed": 7},
                  "builds": [
                    {"site": "jp", "option": "kumamoto", "period": "all", "count": 2}
                  ],
                  "subsidies": [
                    {"subsidy": "jp-fund", "site": "jp", "option": "kumamoto", "period": "all", "amount": 300}
                  ],
                  "flows": [
                    {"from": "cn", "to": "US", "period": "all", "quantity": 30},
                    {"from": "jp", "to": "US", "period": "all", "quantity": 70}
                  ],
                  "shortages": [],
                  "stockpiles": [],
                  "kpis": {
                    "objective": 1910,
                    "exposure": 37
                  }
                }
                """.formatted(p.sha256()), text);
        Path file = dir.resolve("plan.json");
        PlanWriter.write(plan, file);
        PlanWriter.write(plan, file); // over an existing file
        assertEquals(text, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList()); // no temporary file left behind
        }
        PlanFile back = PlanReader.read(file);
        assertEquals(text, PlanWriter.toJson(back));
        Solution s = Plans.toSolution(p, back);
        Solution expected = optimum(p);
        assertArrayEquals(expected.flows, s.flows);
        assertArrayEquals(expected.builds, s.builds);
        assertEquals(expected.capexGrants, s.capexGrants);
    }

    static String plan(String sha, String body) {
        return "{\"format\":\"reshore-plan/1\",\"problem\":{\"name\":\"tiny-policy\",\"sha256\":\"" + sha + "\"},\n"
                + body + "}";
    }

    @Test
    void refusesAPlanForAnotherProblem() throws Exception {
        Problem p = tinyPolicy();
        PlanFile plan = PlanReader.parse(plan("abc", "\"flows\":[]"), "plan.json");
        InputException e = assertThrows(InputException.class, () -> Plans.toSolution(p, plan));
        // same name, another hash: the problem changed since; located at the hash in the plan file
        assertEquals("plan.json:1:38: problem.sha256: this plan was made for another version of problem \"tiny-policy\" "
                + "(sha256 abc; the problem file now has " + p.sha256() + ") (the problem file changed since the plan was made: "
                + "solve again)", e.getMessage());
        PlanFile other = PlanReader.parse(plan(p.sha256(), "\"flows\":[]").replace("tiny-policy", "tiny-exposure"), "plan.json");
        InputException o = assertThrows(InputException.class, () -> Plans.toSolution(p, other));
        assertEquals("plan.json:1:38: problem: this plan answers problem \"tiny-exposure\", not \"tiny-policy\" "
                + "(evaluate the plan with the problem it was made for)", o.getMessage());
    }

    @Test
    void unknownIdsAndImpossibleRoutesAreLocatedErrors() throws Exception {
        Problem p = tinyPolicy();
        PlanFile plan = PlanReader.parse(plan(p.sha256(), """
                "flows":[{"from":"cn","to":"US","period":"all","quantity":1},
                {"from":"tw","to":"US","period":"all","quantity":1},
                {"from":"cn","to":"jp","period":"all","quantity":1},
                {"from":"cn","to":"US","period":"all","quantity":2}]"""), "plan.json");
        InputException e = assertThrows(InputException.class, () -> Plans.toSolution(p, plan));
        assertEquals(List.of("plan.json:3:1: flows[1].from: unknown site \"tw\" (known: cn, jp)",
                "plan.json:4:1: flows[2].to: jp takes no chip from cn (not an input of its product) "
                        + "(flows go from a site to a market with demand for its product, or to a site that uses it)",
                "plan.json:5:1: flows[3]: a second entry for the same decision (merge the two entries into one)"),
                e.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void blockedFlowsAreKeptForTheEvaluatorToReport() throws Exception {
        Problem p = new ProblemReader().parse("""
                {"format":"reshore/1","name":"b","currency":"USD","economies":[{"id":"US"},{"id":"CN","risk":1}],
                "products":[{"id":"chip"}],"sites":[{"id":"cn","economy":"CN","product":"chip","unitCost":1}],
                "demand":[{"market":"US","product":"chip","quantity":5}],"lanes":[{"from":"CN","to":"US","blocked":true}]}
                """, "b.json").problem();
        assertEquals(0, p.arcs().size());
        assertTrue(p.isBlocked(0, p.marketIndex("US"), -1));
        String text = "{\"format\":\"reshore-plan/1\",\"problem\":{\"name\":\"b\",\"sha256\":\"" + p.sha256() + "\"},\n"
                + "\"flows\":[{\"from\":\"cn\",\"to\":\"US\",\"period\":\"all\",\"quantity\":5}]}";
        Solution s = Plans.toSolution(p, PlanReader.parse(text, "plan.json"));
        assertEquals(List.of(new Solution.BlockedFlow(0, p.marketIndex("US"), -1, 0, 5)), s.blockedFlows);
        Evaluation verdict = new Evaluator().evaluate(p, s);
        assertFalse(verdict.feasible());
        Violation v = verdict.violations(Constraints.BLOCKED_LANE).get(0);
        assertEquals(5, v.amount());
        assertEquals(List.of("cn", "US", "all"), v.entities());
        assertEquals("flow of 5.0 from cn to US in all goes along a blocked lane", v.message());
    }

    @Test
    void planFileErrorsAreLocated() {
        InputException e = assertThrows(InputException.class, () -> PlanReader.parse(
                "{\"format\":\"reshore/1\",\"problem\":{\"name\":\"x\",\"sha256\":\"y\"},\"flow\":[]}", "plan.json"));
        // a problem file where a plan belongs: that one error, not one per field of the problem
        assertEquals(List.of("plan.json:1:11: format: this is a problem file, not a plan file "
                        + "(commands take the problem first, then the plan: reshore evaluate PROBLEM PLAN)"),
                e.diagnostics().stream().map(Diagnostic::toString).toList());
        InputException f = assertThrows(InputException.class, () -> PlanReader.parse(
                "{\"format\":\"reshore-plan/1\",\"problem\":{\"name\":\"x\",\"sha256\":\"y\"},\"flow\":[]}", "plan.json"));
        assertEquals(List.of("plan.json:1:64: flow: unknown field \"flow\" (did you mean \"flows\"? known fields: $schema, format, "
                        + "problem, solver, builds, subsidies, flows, shortages, stockpiles, kpis, note)"),
                f.diagnostics().stream().map(Diagnostic::toString).toList());
    }
}
