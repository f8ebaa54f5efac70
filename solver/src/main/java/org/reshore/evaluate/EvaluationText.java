package org.reshore.evaluate;

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
        b.append("exposure       ").append(money(e.exposure())).append(" (risk-weighted unit-years)\n");
        if (!e.markets().isEmpty()) {
            b.append("markets        market/product/period: supplied, shortage, risk share, HHI, sources\n");
            for (MarketExposure m : e.markets()) {
                b.append(String.format(Locale.ROOT, "  %s/%s/%s: %s, short %s, risk %.3f, HHI %.3f, %s%n",
                        m.market(), m.product(), m.period(), money(m.supplied()), money(m.shortage()),
                        m.riskShare(), m.hhi(), shares(m.sourceShares())));
            }
        }
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
        for (ScenarioStress s : e.stress()) {
            b.append("scenario ").append(s.scenario()).append(": recourse ").append(money(s.recourse()))
                    .append(", short ").append(s.shortages().isEmpty() ? "none" : s.shortages().toString()).append('\n');
        }
        if (!e.violations().isEmpty()) {
            b.append("violations\n");
            e.violations().forEach(v -> b.append("  [").append(v.constraint()).append("] ").append(v.message())
                    .append('\n'));
        }
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
