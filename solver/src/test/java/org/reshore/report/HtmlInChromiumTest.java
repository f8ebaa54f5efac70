package org.reshore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.compare.Frontier;
import org.reshore.compare.FrontierPoint;
import org.reshore.compare.PlanComparer;
import org.reshore.compare.StressTest;
import org.reshore.compare.TinyPlans;
import org.reshore.engine.Status;
import org.reshore.engine.mip.GlopRecourseSolver;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * The reports as a browser sees them: each page is rendered offline by headless Chromium
 * (--dump-dom) and its tables and SVG charts must be elements of the rendered DOM, with the
 * labels written on the bars. Skipped, with a message, where Chromium is not installed
 * (scripts/install-chromium.sh installs it). With -Dreshore.screenshots=true a screenshot of each
 * page is left in java.io.tmpdir (reshore-compare.png, …) to look at. The browser is driven by {@link Chromium}.
 */
class HtmlInChromiumTest {
    @TempDir
    Path dir;

    private String render(String html, String name) throws Exception {
        return Chromium.render(html, name, dir);
    }

    private static int count(String text, String what) {
        return Chromium.count(text, what);
    }

    private static void sameMarks(String html, String dom) {
        Chromium.sameMarks(html, dom);
    }

    @Test
    void compareReportRendersItsTablesAndLabelledBars() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        var c = new PlanComparer(p).compare(List.of(TinyPlans.plan(p, "A", TinyPlans.tinyExposure(p, 50, 50, true)),
                TinyPlans.plan(p, "B", TinyPlans.tinyExposure(p, 80, 20, true)),
                TinyPlans.plan(p, "C", TinyPlans.tinyExposure(p, 80, 0, false))));
        String html = new CompareReport(p, c).html();
        String dom = render(html, "compare");
        sameMarks(html, dom);
        assertEquals(2, count(dom, "<table"));      // the totals, and the shares of the one market (US widget)
        assertTrue(count(dom, "<svg") >= 2, dom);   // cost breakdown and US widget sources
        assertTrue(dom.contains(">CN 80%</text>") && dom.contains(">US 50%</text>"), "labels on the bars");
        assertTrue(dom.contains("B raises CN's share of US widget supply from 50% to 80%."), dom);
    }

    @Test
    void frontierReportRendersTheCurveWithTooltipsAndTheTable() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        Evaluator ev = new Evaluator();
        List<FrontierPoint> pts = new ArrayList<>();
        double[][] plans = {{80, 20}, {60, 40}, {40, 50}, {0, 50}};
        for (double[] x : plans) {
            Solution s = TinyPlans.tinyExposure(p, x[0], x[1], true);
            pts.add(new FrontierPoint("exposure cap", x[0], Status.OPTIMAL, s, ev.evaluate(p, s)));
        }
        Frontier f = new Frontier(p.name(), p.currency(), pts, List.of());
        String html = new FrontierReport(f, List.of("1.plan.json", "2.plan.json", "3.plan.json", "4.plan.json")).html();
        String dom = render(html, "frontier");
        sameMarks(html, dom);
        assertEquals(4, count(dom, "<circle"));
        assertTrue(dom.contains("<title>point 3 (exposure cap): cost $11,970, exposure 40"), dom);
        assertEquals(1, count(dom, "<table"));
    }

    @Test
    void stressReportRendersItsTablesAndBars() throws Exception {
        Problem p = TinyPlans.read("tiny-stockpile.json");
        Solution s = new Solution(p);
        s.flows[p.arcIndex(p.siteIndex("cn"), p.marketIndex("US"), -1)][0] = 100;
        s.stockpiles[0] = 50;
        var results = new StressTest(new Evaluator(new GlopRecourseSolver())).run(p, s, null);
        String html = new StressReport(p.name(), p.currency(), results).html();
        String dom = render(html, "stress");
        sameMarks(html, dom);
        assertEquals(2, count(dom, "<table"));
        assertTrue(dom.contains(">stock covers 50%</text>") && dom.contains(">uncovered 50%</text>"), dom);
        assertTrue(dom.contains("<td class=\"n\">0.50</td>"), "time to survive 50 / 100 = 0.5 years");
    }
}
