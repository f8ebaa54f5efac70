package org.reshore.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reshore.compare.StressResult;
import org.reshore.compare.Words;

/**
 * A plan's stress test as text, JSON and one self-contained HTML page: per scenario the recourse
 * cost, and per market and product the stock, release, shortage and time to survive, with a bar
 * per market showing how much of the disruption the stockpile covers.
 */
public final class StressReport {
    private final String problem;
    private final String currency;
    private final List<StressResult> results;

    public StressReport(String problem, String currency, List<StressResult> results) {
        this.problem = problem;
        this.currency = currency;
        this.results = List.copyOf(results);
    }

    /** "∞" when nothing is lacking, else years with two decimals. */
    public static String years(double tts) {
        return Double.isInfinite(tts) ? "∞" : String.format(Locale.ROOT, "%.2f", tts);
    }

    public String text() {
        StringBuilder b = new StringBuilder("stress test of a plan for " + problem + "\n");
        for (StressResult r : results) {
            b.append(String.format(Locale.ROOT, "%s%s: period %s, %s years, probability %s; recourse %s (%s a year)%n",
                    r.scenario(), r.name() == null || r.name().equals(r.scenario()) ? "" : " (" + r.name() + ")", r.period(), Words.quantity(r.years()), Words.quantity(r.probability()),
                    Words.money(r.recourse(), currency), Words.money(r.yearlyCost(), currency)));
            int calm = 0;
            for (StressResult.Line l : r.lines()) {
                if (l.shortageWithoutStock() <= 1e-9 && l.shortage() <= 1e-9) {
                    calm++;
                    continue;
                }
                b.append(String.format(Locale.ROOT, "  %s/%s: short %s %s/yr (without stock %s), stock %s, release %s/yr, "
                        + "time to survive %s years%s%n", l.market(), l.product(), Words.quantity(l.shortage()), l.unit(),
                        Words.quantity(l.shortageWithoutStock()), Words.quantity(l.stock()), Words.quantity(l.release()),
                        years(l.timeToSurvive()), l.ridesOut(r.years()) ? " (rides out the disruption)" : ""));
            }
            if (calm > 0) {
                b.append(String.format(Locale.ROOT, "  %s other market/product%s: no shortage, time to survive ∞%n",
                        calm, calm == 1 ? "" : "s"));
            }
        }
        return b.toString();
    }

    /** JSON; an unbounded time to survive (nothing lacking) is written as null. */
    public ObjectNode json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("problem", problem);
        ArrayNode arr = root.putArray("scenarios");
        for (StressResult r : results) {
            ObjectNode n = arr.addObject();
            n.put("scenario", r.scenario());
            n.put("name", r.name());
            n.put("period", r.period());
            n.put("probability", r.probability());
            n.put("years", r.years());
            n.put("yearlyCost", r.yearlyCost());
            n.put("recourse", r.recourse());
            ArrayNode lines = n.putArray("markets");
            for (StressResult.Line l : r.lines()) {
                ObjectNode m = lines.addObject();
                m.put("market", l.market());
                m.put("product", l.product());
                m.put("stock", l.stock());
                m.put("release", l.release());
                m.put("shortage", l.shortage());
                m.put("shortageWithoutStock", l.shortageWithoutStock());
                if (Double.isInfinite(l.timeToSurvive())) m.putNull("timeToSurviveYears");
                else m.put("timeToSurviveYears", l.timeToSurvive());
                m.put("ridesOut", l.ridesOut(r.years()));
            }
        }
        return root;
    }

    public String html() {
        StringBuilder b = new StringBuilder("<p>Each scenario strikes the plan with its builds and stockpiles held; "
                + "flows, stockpile releases and shortages are chosen again at least cost (the evaluator's recourse LP). "
                + "<b>Time to survive</b>: with the scenario's capacity a market lacks <i>s</i> units a year; its "
                + "stockpile <i>h</i> covers that for <i>h</i>/<i>s</i> years (∞ when nothing is lacking, 0 when there "
                + "is no stock), after Simchi-Levi et al., Interfaces 45(5), 2015.</p>\n");
        List<List<String>> summary = new ArrayList<>();
        for (StressResult r : results) {
            summary.add(List.of(r.scenario(), r.name(), r.period(), Words.quantity(r.years()),
                    Words.quantity(r.probability()), Words.money(r.yearlyCost(), currency),
                    Words.money(r.recourse(), currency)));
        }
        b.append("<h2>Scenarios</h2>\n").append(Html.table("scenarios", List.of("scenario", "name", "period", "years",
                "probability", "recourse a year", "recourse (× years, discounted)"), summary));
        for (StressResult r : results) {
            String title = r.name() == null || r.name().equals(r.scenario()) ? r.scenario() : r.scenario() + ": " + r.name();
            b.append("<h2>").append(Html.esc(title)).append("</h2>\n");
            List<Svg.Bar> bars = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (StressResult.Line l : r.lines()) {
                rows.add(List.of(l.market(), l.product(), Words.quantity(l.stock()), Words.quantity(l.release()),
                        Words.quantity(l.shortage()), Words.quantity(l.shortageWithoutStock()), years(l.timeToSurvive()),
                        l.ridesOut(r.years()) ? "yes" : "no"));
                if (l.shortageWithoutStock() <= 1e-9) continue; // nothing lacking: no bar to draw
                double need = Math.max(1e-12, l.shortageWithoutStock() * r.years());
                double covered = l.shortageWithoutStock() <= 1e-9 ? 1 : Math.min(1, l.stock() / need);
                List<Svg.Segment> segs = new ArrayList<>();
                segs.add(new Svg.Segment(l.shortageWithoutStock() <= 1e-9 ? "no shortage" : "stock covers", covered, 2));
                if (covered < 1) segs.add(new Svg.Segment("uncovered", 1 - covered, 1));
                bars.add(new Svg.Bar(l.market() + " " + l.product(), segs));
            }
            if (bars.isEmpty()) {
                b.append("<p>No market lacks anything in this disruption.</p>\n");
            } else {
                b.append("<p class=\"muted\">Markets that lack supply in this disruption: how much of the lack over "
                        + "its whole length the stockpile covers.</p>\n");
                b.append(Svg.stackedBars("Share of the disruption's lack the stockpile covers: " + r.scenario(), bars));
            }
            b.append(Html.table("markets", List.of("market", "product", "stock", "release /yr", "shortage /yr",
                    "shortage without stock /yr", "time to survive (years)", "rides out"), rows));
        }
        return Html.page("Stress test: " + problem, b.toString());
    }
}
