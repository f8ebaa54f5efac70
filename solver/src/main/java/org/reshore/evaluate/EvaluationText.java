package org.reshore.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation as a planner reads it at a glance on the command line: verdict and objective,
 * the cost breakdown, exposure per market and product, builds, subsidy use, stress results and
 * every violation.
 */
public final class EvaluationText {
    private EvaluationText() {}

    public static String render(Evaluation e, String currency) {
        StringBuilder b = new StringBuilder();
        String cur = currency == null ? "" : " " + currency;
        b.append("plan for ").append(e.problem()).append(": ")
                .append(e.feasible() ? "FEASIBLE" : "INFEASIBLE (" + e.violations().size() + " violations)")
                .append('\n');
        b.append("objective      ").append(money(e.objective())).append(cur);
        if (e.scenarioTerm() == Evaluation.ScenarioTerm.NOT_COMPUTED) {
            b.append("  (scenario term not computed: no recourse solver; without it ")
                    .append(money(e.objectiveWithoutScenarios())).append(')');
        }
        b.append('\n');
        CostBreakdown c = e.cost();
        line(b, "production", c.production());
        line(b, "tariffs", c.tariffs());
        line(b, "transport", c.transport());
        line(b, "fixed", c.fixed());
        line(b, "capex", c.capex());
        line(b, "capexSubsidies", c.capexSubsidies());
        line(b, "productionSubs.", c.productionSubsidies());
        line(b, "shortage", c.shortage());
        line(b, "stockpile", c.stockpile());
        line(b, "exposure", c.exposure());
        line(b, "scenarios", c.scenarios());
        if (!e.builds().isEmpty()) {
            b.append("builds\n");
            e.builds().forEach(x -> b.append("  ").append(x.count()).append(" × ").append(x.option())
                    .append(" at ").append(x.site()).append(" in ").append(x.period()).append('\n'));
        }
        if (!e.grants().isEmpty()) {
            b.append("subsidies\n");
            e.grants().forEach(g -> b.append("  ").append(g.subsidy()).append(" → ").append(g.site())
                    .append(g.option() == null ? "" : "/" + g.option()).append(" in ").append(g.period())
                    .append(": ").append(money(g.amount())).append(cur).append('\n'));
        }
        b.append("exposure       ").append(money(e.exposure())).append(" (risk-weighted unit-years)\n");
        markets(b, e);
        for (ScenarioStress s : e.stress()) {
            b.append("scenario ").append(s.scenario()).append(": recourse ").append(money(s.recourse()))
                    .append(cur).append(", short ").append(shortages(s.shortages())).append('\n');
        }
        if (!e.violations().isEmpty()) {
            b.append("violations\n");
            e.violations().forEach(v -> b.append("  [").append(v.constraint()).append("] ").append(v.message())
                    .append('\n'));
        }
        return b.toString();
    }

    /**
     * One line per market and product, one cell per period: risk share, Herfindahl index, source
     * shares, and the shortage where there is one.
     */
    private static void markets(StringBuilder b, Evaluation e) {
        if (e.markets().isEmpty()) return;
        b.append("markets        per period: risk share, HHI, sources by economy (short: unserved per year)\n");
        Map<String, List<MarketExposure>> byMarket = new LinkedHashMap<>();
        for (MarketExposure m : e.markets()) {
            byMarket.computeIfAbsent(m.market() + "/" + m.product(), k -> new ArrayList<>()).add(m);
        }
        byMarket.forEach((key, periods) -> {
            b.append(String.format(Locale.ROOT, "  %-24s", key));
            for (int i = 0; i < periods.size(); i++) {
                MarketExposure m = periods.get(i);
                b.append(i == 0 ? "" : " | ").append(String.format(Locale.ROOT, "%s risk %.2f HHI %.2f %s", m.period(),
                        m.riskShare(), m.hhi(), shares(m.sourceShares())));
                if (m.shortage() > 0) b.append(" short ").append(money(m.shortage()));
            }
            b.append('\n');
        });
    }

    private static String shortages(Map<String, Double> shortages) {
        if (shortages.isEmpty()) return "none";
        StringBuilder b = new StringBuilder();
        shortages.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(money(v)));
        return b.toString();
    }

    private static void line(StringBuilder b, String name, double v) {
        if (v != 0) b.append(String.format(Locale.ROOT, "  %-15s %s%n", name, money(v)));
    }

    private static String shares(Map<String, Double> shares) {
        StringBuilder b = new StringBuilder();
        shares.forEach((k, v) -> b.append(b.length() == 0 ? "" : " ").append(k)
                .append(String.format(Locale.ROOT, " %.0f%%", 100 * v)));
        return b.length() == 0 ? "no supply" : b.toString();
    }

    static String money(double v) {
        if (Double.isNaN(v)) return "not computed";
        double a = Math.abs(v);
        if (a >= 1e12) return String.format(Locale.ROOT, "%.4gT", v / 1e12);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.4gB", v / 1e9);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.4gM", v / 1e6);
        if (Math.rint(v) == v) return String.format(Locale.ROOT, "%.0f", v);
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
