package org.reshore.engine.mip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reshore.engine.Status;
import org.reshore.model.Demand;
import org.reshore.model.Problem;

/**
 * Explains an infeasible problem: every demand, policy, budget, shortage cap and the exposure cap
 * gets a slack, the total slack (each relative to its own right-hand side, so tonnes and dollars
 * compare) is minimised, and each slack left above zero becomes one sentence saying which
 * constraint must give way and by how much.
 */
final class Diagnosis {
    private Diagnosis() {}

    /** {@code unit}: what one unit of the slack is in the message's terms (a budget row's money unit). */
    private record Elastic(int slack, double weight, String message, double unit) {
        Elastic(int slack, double weight, String message) {
            this(slack, weight, message, 1);
        }
    }

    static List<String> diagnose(Problem p, String backend) {
        ReshoreModel rm = new ReshoreModel(p);
        LinearModel m = rm.linear();
        List<Elastic> slacks = new ArrayList<>();
        for (int i = 0; i < rm.demandRows.size(); i++) {
            Demand d = p.demand(i);
            if (d.shortageAllowed()) continue; // already has its own shortage variable
            LinearModel.Row row = rm.demandRows.get(i);
            int s = relax(m, row, +1);
            // unmet demand weighs twice a policy's slack: where either could give way, a planner hears
            // first which policy cannot hold, since the demand is what the policies are there to serve
            slacks.add(new Elastic(s, 2 / Math.max(1, d.quantity()), "Q" + i + ":" + where(p, d) + ": demand of "
                    + qty(p, d.quantity(), d) + " cannot be met in full (no shortagePenalty) — short by %s"));
        }
        for (int i = 0; i < rm.policyRows.size(); i++) {
            LinearModel.Row row = rm.policyRows.get(i);
            String[] what = rm.policyWhat.get(i).clone();
            what[1] = what[1].replace("%", "%%");
            String kind = what[0];
            int di = Integer.parseInt(what[2]);
            Demand d = di >= 0 ? p.demand(di) : null;
            boolean lower = kind.equals("minShare");
            int s = relax(m, row, lower ? +1 : -1);
            double rhs = lower ? row.lb() : row.ub();
            double unit = what.length > 4 ? Double.parseDouble(what[4]) : 1; // budget rows are in money units
            String text = switch (kind) {
                case "maxShare" -> where(p, d) + ": the maxShare (" + pct(what[3]) + ") of " + what[1]
                        + " cannot hold — over by %s";
                case "minShare" -> where(p, d) + ": the minShare (" + pct(what[3]) + ") of " + what[1]
                        + " cannot hold — short by %s";
                case "maxShortage" -> where(p, d) + ": the shortage cap (" + pct(what[3]) + ") of " + what[1]
                        + " cannot hold — shortage above it by %s";
                default -> what[1] + ": the budget of " + money(p, Double.parseDouble(what[3])) + " cannot hold — over by %s";
            };
            double norm = d != null ? Math.max(1, d.quantity()) : Math.max(1, Math.abs(rhs));
            slacks.add(new Elastic(s, 1 / norm, kind.equals("budget") ? "M" + text : "Q" + di + ":" + text, unit));
        }
        if (rm.exposureCapRow != null) {
            int s = relax(m, rm.exposureCapRow, -1);
            slacks.add(new Elastic(s, 1 / Math.max(1, p.objective().exposureCap()),
                    "Xthe exposure cap (" + fmt(p.objective().exposureCap()) + ") cannot hold — over by %s"));
        }
        LinExpr total = new LinExpr();
        for (Elastic e : slacks) total.add(e.slack(), e.weight());
        try (OrToolsBackend be = new OrToolsBackend(m, backend)) {
            be.setObjective(total, 1);
            OrToolsBackend.Outcome out = be.solve(60_000, 0, 1);
            if (out.values() == null) {
                return List.of("even with every demand, policy, budget and cap relaxed the problem has no plan ("
                        + out.raw() + "): look at the bills of materials and the capacities of input sites");
            }
            if (out.status() != Status.OPTIMAL && out.status() != Status.FEASIBLE) return List.of();
            List<String> lines = new ArrayList<>();
            for (Elastic e : slacks) {
                double v = out.values()[e.slack()];
                if (v * e.weight() <= 1e-6) continue; // round-off, not a real shortfall
                lines.add(render(p, e.message(), v * e.unit()));
            }
            return lines;
        }
    }

    /** Replaces {@code row} by row + sign·slack and returns the slack variable. */
    private static int relax(LinearModel m, LinearModel.Row row, int sign) {
        int s = m.addVar("slack." + row.name(), 0, LinearModel.INF, false);
        LinExpr e = new LinExpr().addAll(row.expr(), 1).add(s, sign);
        m.replaceRow(row, new LinearModel.Row(row.name(), row.lb(), row.ub(), e.compact()));
        return s;
    }

    private static String render(Problem p, String tagged, double amount) {
        char tag = tagged.charAt(0);
        if (tag == 'M') return String.format(Locale.ROOT, tagged.substring(1), money(p, amount));
        if (tag == 'X') return String.format(Locale.ROOT, tagged.substring(1), fmt(amount));
        if (tag == 'Q') {
            int colon = tagged.indexOf(':');
            int di = Integer.parseInt(tagged.substring(1, colon));
            return String.format(Locale.ROOT, tagged.substring(colon + 1), qty(p, amount, p.demand(di)));
        }
        return String.format(Locale.ROOT, tagged, qty(p, amount, null));
    }

    private static String where(Problem p, Demand d) {
        if (d == null) return "";
        return p.market(d.market()).id() + " " + p.product(d.product()).id() + ", " + p.period(d.period()).id();
    }

    private static String qty(Problem p, double v, Demand d) {
        return fmt(v) + (d == null ? "" : " " + p.product(d.product()).unit());
    }

    private static String pct(String share) {
        return fmt(Double.parseDouble(share) * 100) + "%%"; // the sentence goes through String.format
    }

    static String fmt(double v) {
        if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }

    private static String money(Problem p, double v) {
        String[] suffix = {"", "K", "M", "B", "T"};
        int k = 0;
        double x = v;
        while (Math.abs(x) >= 1000 && k < suffix.length - 1) {
            x /= 1000;
            k++;
        }
        return String.format(Locale.ROOT, "%.3g", x).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "")
                + suffix[k] + " " + p.currency();
    }
}
