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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.compare.TinyPlans;
import org.reshore.io.PlanWriter;
import org.reshore.io.Plans;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/** compare, frontier and stress end to end on the worked examples. */
class ReportCommandsTest {
    private static final Path EXAMPLES = TinyPlans.EXAMPLES;

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(Problem p, Solution s, String name) throws Exception {
        Path file = dir.resolve(name);
        PlanWriter.write(Plans.fromSolution(p, s, null, null), file);
        return file;
    }

    @Test
    void compareExplainsTheAlternativeAndWritesHtml() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        Path a = write(p, TinyPlans.tinyExposure(p, 50, 50, true), "optimal.plan.json");
        Path b = write(p, TinyPlans.tinyExposure(p, 80, 20, true), "alternative.plan.json");
        Path html = dir.resolve("out").resolve("compare.html");
        Run r = run("compare", EXAMPLES.resolve("tiny-exposure.json").toString(), a.toString(), b.toString(),
                "--html", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("A = optimal.plan.json"), r.out());
        assertTrue(r.out().contains("- B costs $30 more than A ($2,280 against $2,250): production −$150, "
                + "exposure +$90, transport +$60, tariffs +$30."), r.out());
        assertTrue(r.out().contains("- B raises CN's share of US widget supply from 50% to 80%."), r.out());
        String page = Files.readString(html);
        assertTrue(page.contains("<svg") && page.contains("CN 80%") && page.contains("<table"), page);
        // self-contained: nothing to fetch, nothing to run
        for (String outside : List.of("<script", "src=", "href=", "@import", "url(")) {
            assertFalse(page.contains(outside), outside);
        }

        Run json = run("compare", EXAMPLES.resolve("tiny-exposure.json").toString(), a.toString(), b.toString(), "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertEquals(2250.0, n.get("plans").get(0).get("evaluation").get("objective").asDouble(), 1e-9);
        assertEquals(2280.0, n.get("plans").get(1).get("evaluation").get("objective").asDouble(), 1e-9);
        assertEquals("total", n.get("differences").get("B").get(0).get("kind").asText());
    }

    @Test
    void compareNeedsTwoPlans() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        Path a = write(p, TinyPlans.tinyExposure(p, 50, 50, true), "a.plan.json");
        Run r = run("compare", EXAMPLES.resolve("tiny-exposure.json").toString(), a.toString());
        assertEquals(2, r.code());
    }

    @Test
    void frontierWritesAPlanPerPointACsvAndHtml() throws Exception {
        Path out = dir.resolve("fr");
        Run r = run("frontier", EXAMPLES.resolve("tiny-exposure.json").toString(), "--points", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("frontier.csv"));
        // ends: least cost 2040 at exposure 80; least exposure 51,450 at 0; between, ε = 40: 11,970
        assertEquals(4, csv.size(), csv.toString());
        assertEquals("point,kind,cap,status,cost,exposure,objective,feasible,builds,plan", csv.get(0));
        double[][] expected = {{2040, 80, 2280}, {11970, 40, 12090}, {51450, 0, 51450}};
        String[] kinds = {"least cost", "exposure cap", "least exposure"};
        for (int i = 0; i < 3; i++) {
            String[] f = csv.get(i + 1).split(",");
            assertEquals(kinds[i], f[1]);
            assertEquals("OPTIMAL", f[3]);
            for (int k = 0; k < 3; k++) {
                assertEquals(expected[i][k], Double.parseDouble(f[4 + k]), 1e-4, csv.get(i + 1));
            }
            assertEquals("true", f[7]);
            assertEquals("point-0" + (i + 1) + ".plan.json", f[9]);
        }
        assertEquals(40, Double.parseDouble(csv.get(2).split(",")[2]), 1e-4);
        assertTrue(Files.readString(out.resolve("frontier.html")).contains("<polyline"));
        // each point's plan is a plan of the problem: the evaluator takes it back
        Run judged = run("evaluate", EXAMPLES.resolve("tiny-exposure.json").toString(),
                out.resolve("point-01.plan.json").toString(), "--json");
        assertEquals(0, judged.code(), judged.err());
        assertEquals(2280.0, new ObjectMapper().readTree(judged.out()).get("objective").asDouble(), 1e-3);
    }

    @Test
    void stressTellsShortageAndTimeToSurvive() throws Exception {
        Problem p = TinyPlans.read("tiny-stockpile.json");
        Solution with = new Solution(p);
        with.flows[p.arcIndex(p.siteIndex("cn"), p.marketIndex("US"), -1)][0] = 100;
        Solution without = new Solution(p);
        without.flows[p.arcIndex(p.siteIndex("cn"), p.marketIndex("US"), -1)][0] = 100;
        with.stockpiles[0] = 100;
        String problem = EXAMPLES.resolve("tiny-stockpile.json").toString();

        Run r = run("stress", problem, write(p, with, "with.plan.json").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode us = new ObjectMapper().readTree(r.out()).get("scenarios").get(0).get("markets").get(0);
        assertEquals(0, us.get("shortage").asDouble(), 1e-9);
        assertTrue(us.get("timeToSurviveYears").asDouble() >= 1.0 - 1e-9, us.toString());
        assertTrue(us.get("ridesOut").asBoolean());

        Path html = dir.resolve("stress.html");
        Run r2 = run("stress", problem, write(p, without, "without.plan.json").toString(), "--scenario", "ban",
                "--html", html.toString());
        assertEquals(0, r2.code(), r2.err());
        assertTrue(r2.out().contains("US/magnet: short 100 t/yr (without stock 100), stock 0, release 0/yr, "
                + "time to survive 0.00 years"), r2.out());
        assertTrue(r2.out().contains("recourse $10,000"), r2.out());
        assertTrue(Files.readString(html).contains("uncovered 100%"));

        Run bad = run("stress", problem, write(p, without, "w2.plan.json").toString(), "--scenario", "blockade");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown scenario \"blockade\" (known: ban)"), bad.err());
    }

    @Test
    void stressNeedsScenarios() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        Path a = write(p, TinyPlans.tinyExposure(p, 50, 50, true), "a.plan.json");
        Run r = run("stress", EXAMPLES.resolve("tiny-exposure.json").toString(), a.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no scenarios"), r.err());
    }
}
