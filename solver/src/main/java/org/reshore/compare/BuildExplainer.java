package org.reshore.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.PlanItems;
import org.reshore.model.CapacityOption;
import org.reshore.model.Problem;

/**
 * Explains the builds and subsidy use that differ: "B builds o1 at us (+$1,000 capex, −$300
 * subsidy s) and raises the United States' share of US widget supply from 0% to 50%". Capex,
 * subsidy and fixed-cost changes are the evaluator's per-option contributions (discounted).
 */
final class BuildExplainer {
    private final Problem problem;
    private final String base;
    private final String label;
    private final String cur;

    BuildExplainer(Problem problem, String base, String label) {
        this.problem = problem;
        this.base = base;
        this.label = label;
        this.cur = problem.currency();
    }

    void explain(Evaluation a, Evaluation b, List<ShareShift> shifts, List<Difference> out) {
        List<String> changedOptions = new ArrayList<>();
        for (CapacityOption o : problem.options()) {
            Map<String, Integer> ba = builds(a, o.id());
            Map<String, Integer> bb = builds(b, o.id());
            if (ba.equals(bb)) continue;
            changedOptions.add(o.id());
            String site = problem.site(o.site()).id();
            StringBuilder s = new StringBuilder(label);
            if (ba.isEmpty()) s.append(" builds ").append(o.id()).append(" at ").append(site).append(when(bb));
            else if (bb.isEmpty()) s.append(" does not build ").append(o.id()).append(" at ").append(site)
                    .append(", which ").append(base).append(" builds").append(when(ba));
            else s.append(" builds ").append(o.id()).append(" at ").append(site).append(when(bb))
                    .append(" instead of").append(when(ba).replaceFirst("^ in", ""));
            s.append(money(a, b, o.id(), bb.isEmpty()));
            ShareShift shift = shiftOf(shifts, problem.product(problem.site(o.site()).product()).id(),
                    firstDifference(ba, bb));
            if (shift != null) {
                s.append(" and ").append(shift.phrase(problem));
                shift.used = true;
            }
            out.add(new Difference(Difference.Kind.BUILD, o.id(), Math.abs(capex(b, o.id()) - capex(a, o.id())),
                    s.append('.').toString()));
        }
        grants(a, b, changedOptions, out);
    }

    private Map<String, Integer> builds(Evaluation e, String option) {
        Map<String, Integer> m = new TreeMap<>((x, y) -> Integer.compare(problem.periodIndex(x), problem.periodIndex(y)));
        for (PlanItems.Build x : e.builds()) if (x.option().equals(option)) m.merge(x.period(), x.count(), Integer::sum);
        return m;
    }

    /** " in 2024", " twice in 2024", " in 2024 and 2× in 2027"; nothing for a one-period problem built once. */
    private String when(Map<String, Integer> builds) {
        List<String> parts = new ArrayList<>();
        boolean periods = problem.periods().size() > 1;
        builds.forEach((t, n) -> parts.add((n == 1 ? "" : n + "× ") + (periods ? "in " + t : "")));
        String joined = String.join(" and ", parts).trim();
        return joined.isEmpty() ? "" : " " + joined;
    }

    private String money(Evaluation a, Evaluation b, String option, boolean dropped) {
        List<String> parts = new ArrayList<>();
        double capex = capex(b, option) - capex(a, option);
        if (Math.abs(capex) > PlanComparer.TOL) parts.add(Words.signedMoney(capex, cur) + " capex");
        double grant = row(b, option, "capexSubsidies") - row(a, option, "capexSubsidies");
        if (Math.abs(grant) > PlanComparer.TOL) {
            parts.add(Words.signedMoney(grant, cur) + " " + subsidyNames(a, b, option) + (dropped ? " forgone" : ""));
        }
        double fixed = row(b, option, "fixed") - row(a, option, "fixed");
        if (Math.abs(fixed) > PlanComparer.TOL) parts.add(Words.signedMoney(fixed, cur) + " fixed costs");
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static double capex(Evaluation e, String option) {
        return row(e, option, "capex");
    }

    private static double row(Evaluation e, String option, String key) {
        Map<String, Double> r = e.contributions().options().get(option);
        return r == null ? 0 : r.getOrDefault(key, 0.0);
    }

    private String subsidyNames(Evaluation a, Evaluation b, String option) {
        List<String> names = new ArrayList<>();
        for (Evaluation e : List.of(a, b)) {
            for (PlanItems.Grant g : e.grants()) {
                if (option.equals(g.option()) && !names.contains(g.subsidy())) names.add(g.subsidy());
            }
        }
        return (names.size() == 1 ? "subsidy " : "subsidies ") + String.join(", ", names);
    }

    // The largest share move of the built product from the first period where the builds differ
    // on (a build cannot move supply before it exists).
    private ShareShift shiftOf(List<ShareShift> shifts, String product, int fromPeriod) {
        for (ShareShift s : shifts) {
            if (!s.used && s.market.product().equals(product) && problem.periodIndex(s.market.period()) >= fromPeriod) {
                return s;
            }
        }
        return null;
    }

    private int firstDifference(Map<String, Integer> ba, Map<String, Integer> bb) {
        for (var t : problem.periods()) {
            if (!ba.getOrDefault(t.id(), 0).equals(bb.getOrDefault(t.id(), 0))) return t.index();
        }
        return 0;
    }

    // Grants that changed where the builds did not: a plan drew more or less of a programme.
    private void grants(Evaluation a, Evaluation b, List<String> changedOptions, List<Difference> out) {
        Map<String, double[]> byKey = new TreeMap<>();
        for (int i = 0; i < 2; i++) {
            for (PlanItems.Grant g : (i == 0 ? a : b).grants()) {
                if (g.option() != null && changedOptions.contains(g.option())) continue;
                String key = g.subsidy() + "\u0000" + g.site() + "\u0000" + (g.option() == null ? "" : g.option());
                byKey.computeIfAbsent(key, k -> new double[2])[i] += g.amount();
            }
        }
        byKey.forEach((key, v) -> {
            double d = v[1] - v[0];
            if (Math.abs(d) <= PlanComparer.TOL * Math.max(1, v[0])) return;
            String[] k = key.split("\u0000", -1);
            String target = k[2].isEmpty() ? "production at " + k[1] : k[2] + " at " + k[1];
            out.add(new Difference(Difference.Kind.SUBSIDY, k[0], Math.abs(d), label + " draws "
                    + Words.money(Math.abs(d), cur) + (d > 0 ? " more" : " less") + " from subsidy " + k[0] + " for "
                    + target + " (" + Words.money(v[1], cur) + " instead of " + Words.money(v[0], cur) + ")."));
        });
    }
}
