package org.reshore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: exit codes, messages, and files written or not. */
class CommandLineTest {
    private static final Path EXAMPLES = Path.of("..", "problems", "examples");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validateAcceptsAnExample() {
        Run r = run("validate", EXAMPLES.resolve("tiny-policy.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("valid — 3 economies, 1 products"), r.out());
        assertTrue(r.out().contains("sha256 "), r.out());
    }

    @Test
    void validateReportsEveryErrorWithItsLocationAndExitsTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "reshore/1", "name": "bad", "currency": "USD",
                 "economies": [{"id": "US", "risk": 0}],
                 "products": [{"id": "chip", "unit": "wafer"}],
                 "sites": [{"id": "a", "economy": "TW", "product": "chip", "unitCost": "12X USD"}]}
                """);
        Run r = run("validate", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.json:4:35: sites[0].economy: unknown economy \"TW\""), r.err());
        assertTrue(r.err().contains("bad.json:4:72: sites[0].unitCost: malformed money \"12X USD\""), r.err());
        assertTrue(r.err().contains("2 errors; nothing was written"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void solveWritesAPlanThatEvaluatesToTheSameObjective() throws Exception {
        Path plan = dir.resolve("p.plan.json");
        Run solved = run("solve", EXAMPLES.resolve("tiny-exposure.json").toString(), "--engine", "greedy",
                "--out", plan.toString());
        assertEquals(0, solved.code(), solved.err());
        assertTrue(solved.out().contains("objective      2250"), solved.out());
        Run judged = run("evaluate", EXAMPLES.resolve("tiny-exposure.json").toString(), plan.toString(), "--json");
        assertEquals(0, judged.code(), judged.err());
        JsonNode json = new ObjectMapper().readTree(judged.out());
        assertTrue(json.get("feasible").asBoolean());
        assertEquals(2250.0, json.get("objective").asDouble(), 1e-9);
        assertEquals(50.0, json.get("exposure").asDouble(), 1e-9);
    }

    @Test
    void aPlanForAnotherProblemIsRefused() throws Exception {
        Path plan = dir.resolve("p.plan.json");
        assertEquals(0, run("solve", EXAMPLES.resolve("tiny-exposure.json").toString(), "--engine", "greedy",
                "--out", plan.toString()).code());
        Run r = run("evaluate", EXAMPLES.resolve("tiny-policy.json").toString(), plan.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("tiny-exposure"), r.err());
        assertTrue(r.err().contains("tiny-policy"), r.err());
    }

    @Test
    void badInputWritesNoPlan() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"reshore/1\", \"name\": ");
        Path plan = dir.resolve("never.plan.json");
        Run r = run("solve", bad.toString(), "--engine", "greedy", "--out", plan.toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(plan));
        assertEquals(1, Files.list(dir).count(), "only the bad problem is in the folder");
    }

    @Test
    void aProblemWithNoFeasiblePlanExitsThree() throws Exception {
        Path p = dir.resolve("short.json");
        Files.writeString(p, """
                {"format": "reshore/1", "name": "short", "currency": "USD",
                 "economies": [{"id": "US", "risk": 0}],
                 "products": [{"id": "chip", "unit": "wafer"}],
                 "sites": [{"id": "a", "economy": "US", "product": "chip", "capacity": 10, "unitCost": 1}],
                 "demand": [{"market": "US", "product": "chip", "quantity": 20}]}
                """);
        for (String engine : new String[] {"greedy", "mip"}) {
            Run r = run("solve", p.toString(), "--engine", engine, "--out", dir.resolve(engine + ".plan.json").toString());
            assertEquals(3, r.code(), engine + ": " + r.out() + r.err());
            assertFalse(Files.exists(dir.resolve(engine + ".plan.json")), engine);
        }
    }

    @Test
    void aProvenInfeasibleProblemSaysWhichPolicyMustGiveWay() throws Exception {
        Path p = dir.resolve("cap.json");
        Files.writeString(p, """
                {"format": "reshore/1", "name": "cap", "currency": "USD",
                 "economies": [{"id": "US", "risk": 0}, {"id": "CN", "risk": 1, "tags": ["adversary"]}],
                 "products": [{"id": "ree-oxide", "unit": "t"}],
                 "sites": [{"id": "baotou", "economy": "CN", "product": "ree-oxide", "capacity": 10000, "unitCost": 10},
                           {"id": "mountain-pass", "economy": "US", "product": "ree-oxide", "capacity": 1000, "unitCost": 20}],
                 "demand": [{"market": "US", "product": "ree-oxide", "quantity": 5000}],
                 "defaultLane": {"unitCost": 1},
                 "policies": [{"type": "maxShare", "market": "US", "product": "ree-oxide",
                               "from": {"tags": ["adversary"]}, "share": 0.2}]}
                """);
        Run r = run("solve", p.toString(), "--out", dir.resolve("cap.plan.json").toString());
        assertEquals(3, r.code(), r.out() + r.err());
        // 5,000 t demanded, 1,000 t from the US, at most 1,000 t (20%) from China: 3,000 t too many
        assertTrue(r.err().contains("cap has no feasible plan (proven); what must give way:"), r.err());
        assertTrue(r.err().contains("US ree-oxide, all: the maxShare (20%)"), r.err());
        assertTrue(r.err().contains("over by 3,000 t"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("solve").code());
        assertEquals(2, run("solve", "x.json", "--time-limit", "soon").code());
        Run r = run("solve", EXAMPLES.resolve("tiny-policy.json").toString(), "--engine", "magic");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown engine 'magic'"), r.err());
    }

    @Test
    void everyEngineSolvesTheExampleToItsOptimum() {
        for (String engine : Engines.NAMES) {
            Path plan = dir.resolve(engine + ".plan.json");
            Run r = run("solve", EXAMPLES.resolve("tiny-policy.json").toString(), "--engine", engine,
                    "--time-limit", "20s", "--out", plan.toString());
            assertEquals(0, r.code(), engine + ": " + r.err());
            assertTrue(r.out().contains("objective      1910"), engine + ": " + r.out());
            assertTrue(Files.exists(plan), engine);
        }
    }

    @Test
    void theSearchEngineRefusesRobustModeAndSaysWhichEngineCan() {
        Path plan = dir.resolve("robust.plan.json");
        Run r = run("solve", EXAMPLES.resolve("tiny-stockpile.json").toString(), "--engine", "search",
                "--out", plan.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("mip"), r.err());
        assertFalse(Files.exists(plan));
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"validate", "solve", "evaluate", "export", "import", "compare", "frontier", "stress"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().startsWith("Usage: reshore " + cmd), r.out());
        }
    }

    @Test
    void exportWritesAnLpWithIdBasedNames() throws Exception {
        Path lp = dir.resolve("m.lp");
        Run r = run("export", EXAMPLES.resolve("tiny-exposure.json").toString(), "--lp", lp.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(lp);
        // LP names write [ ] as ( ) (ModelExport); the MPS file keeps flow[cn,US,all]
        assertTrue(text.contains("flow(cn,US,all)"), text);
        assertTrue(text.contains("build(o1,all)"), text);
        Path mps = dir.resolve("m.mps");
        Run m = run("export", EXAMPLES.resolve("tiny-exposure.json").toString(), "--mps", mps.toString());
        assertEquals(0, m.code(), m.err());
        assertTrue(Files.readString(mps).contains("flow[cn,US,all]"));
    }
}
