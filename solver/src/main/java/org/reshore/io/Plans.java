package org.reshore.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reshore.model.Arc;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.model.Stockpile;
import org.reshore.model.Subsidy;

/** Converts between plan files (ids) and {@link Solution}s (indices) of one problem. */
public final class Plans {
    private Plans() {}

    /**
     * Resolves a plan file against its problem. Refuses a plan for another problem (name or hash
     * differ); an unknown id, a flow to a destination that does not take the product, or a
     * duplicate entry is an error at the entry's location. Flows along blocked routes go into
     * {@link Solution#blockedFlows} for the evaluator to report (constraint 6).
     */
    public static Solution toSolution(Problem problem, PlanFile plan) throws InputException {
        Report r = new Report(plan.fileName());
        PlanFile.ProblemRef ref = plan.problem();
        if (!problem.name().equals(ref.name()) || !problem.sha256().equals(ref.sha256())) {
            r.add(Diagnostic.Severity.ERROR, 0, 0, "problem", "this plan answers problem \"" + ref.name() + "\" (sha256 "
                    + ref.sha256() + "), not \"" + problem.name() + "\" (sha256 " + problem.sha256() + ")",
                    "solve or evaluate the plan with the problem it was made for");
            r.throwIfErrors();
        }
        Solution s = new Solution(problem);
        Set<String> seen = new HashSet<>();
        for (PlanFile.Build b : plan.builds()) {
            int site = ref(r, b.where(), "site", b.site(), problem.siteIndex(b.site()));
            int o = ref(r, b.where(), "option", b.option(), problem.optionIndex(b.option()));
            int t = ref(r, b.where(), "period", b.period(), problem.periodIndex(b.period()));
            if (site < 0 || o < 0 || t < 0) continue;
            if (problem.option(o).site() != site) {
                error(r, b.where(), "option \"" + b.option() + "\" belongs to site \""
                        + problem.site(problem.option(o).site()).id() + "\", not \"" + b.site() + "\"");
            } else if (unique(r, b.where(), seen, "build " + o + "," + t)) {
                s.builds[o][t] = b.count();
            }
        }
        for (PlanFile.SubsidyUse g : plan.subsidies()) {
            int u = ref(r, g.where(), "subsidy", g.subsidy(), problem.subsidyIndex(g.subsidy()));
            int site = ref(r, g.where(), "site", g.site(), problem.siteIndex(g.site()));
            int t = ref(r, g.where(), "period", g.period(), problem.periodIndex(g.period()));
            int o = g.option() == null ? -1 : ref(r, g.where(), "option", g.option(), problem.optionIndex(g.option()));
            if (u < 0 || site < 0 || t < 0 || (g.option() != null && o < 0)) continue;
            Subsidy.Kind kind = problem.subsidies().get(u).kind();
            if (kind == Subsidy.Kind.CAPEX && o < 0) {
                error(r, g.where(), "capex subsidy \"" + g.subsidy() + "\" needs an \"option\"");
            } else if (kind == Subsidy.Kind.PRODUCTION && o >= 0) {
                error(r, g.where(), "production subsidy \"" + g.subsidy() + "\" is paid to a site, not an option");
            } else if (o >= 0 && problem.option(o).site() != site) {
                error(r, g.where(), "option \"" + g.option() + "\" belongs to site \""
                        + problem.site(problem.option(o).site()).id() + "\", not \"" + g.site() + "\"");
            } else if (unique(r, g.where(), seen, "grant " + u + "," + site + "," + o + "," + t)) {
                if (o >= 0) s.capexGrants.add(new Solution.CapexGrant(u, o, t, g.amount()));
                else s.productionGrants.add(new Solution.ProductionGrant(u, site, t, g.amount()));
            }
        }
        for (PlanFile.Flow f : plan.flows()) flow(problem, r, s, f, seen);
        for (PlanFile.Shortage z : plan.shortages()) {
            int k = ref(r, z.where(), "market", z.market(), problem.marketIndex(z.market()));
            int p = ref(r, z.where(), "product", z.product(), problem.productIndex(z.product()));
            int t = ref(r, z.where(), "period", z.period(), problem.periodIndex(z.period()));
            if (k < 0 || p < 0 || t < 0) continue;
            int d = problem.demandIndex(k, p, t);
            if (d < 0) error(r, z.where(), "no demand of " + z.market() + " for " + z.product() + " in " + z.period());
            else if (unique(r, z.where(), seen, "shortage " + d)) s.shortages[d] = z.quantity();
        }
        for (PlanFile.StockpileLevel h : plan.stockpiles()) {
            int k = ref(r, h.where(), "market", h.market(), problem.marketIndex(h.market()));
            int p = ref(r, h.where(), "product", h.product(), problem.productIndex(h.product()));
            if (k < 0 || p < 0) continue;
            int i = -1;
            for (Stockpile sp : problem.stockpiles()) if (sp.market() == k && sp.product() == p) i = sp.index();
            if (i < 0) error(r, h.where(), "the problem allows no stockpile of " + h.product() + " at " + h.market());
            else if (unique(r, h.where(), seen, "stockpile " + i)) s.stockpiles[i] = h.level();
        }
        r.throwIfErrors();
        return s;
    }

    private static void flow(Problem problem, Report r, Solution s, PlanFile.Flow f, Set<String> seen) {
        int from = ref(r, f.where(), "site", f.from(), problem.siteIndex(f.from()));
        int toMarket = problem.marketIndex(f.to());
        int toSite = toMarket >= 0 ? -1 : problem.siteIndex(f.to());
        if (toMarket < 0 && toSite < 0) {
            error(r, f.where(), "unknown market or site \"" + f.to() + "\"");
        }
        int t = ref(r, f.where(), "period", f.period(), problem.periodIndex(f.period()));
        if (from < 0 || (toMarket < 0 && toSite < 0) || t < 0) return;
        if (!unique(r, f.where(), seen, "flow " + from + "," + toMarket + "," + toSite + "," + t)) return;
        int a = problem.arcIndex(from, toMarket, toSite);
        if (a >= 0) {
            s.flows[a][t] = f.quantity();
        } else if (problem.isBlocked(from, toMarket, toSite)) {
            s.blockedFlows.add(new Solution.BlockedFlow(from, toMarket, toSite, t, f.quantity()));
        } else {
            String product = problem.product(problem.site(from).product()).id();
            error(r, f.where(), f.to() + " takes no " + product + " from " + f.from()
                    + (toMarket >= 0 ? " (the market has no demand for it)" : " (not an input of its product)"));
        }
    }

    private static int ref(Report r, PlanFile.Where w, String kind, String id, int index) {
        if (id == null) return -1; // already reported as missing
        if (index < 0) error(r, w, "unknown " + kind + " \"" + id + "\"");
        return index;
    }

    private static boolean unique(Report r, PlanFile.Where w, Set<String> seen, String key) {
        if (seen.add(key)) return true;
        error(r, w, "a second entry for the same decision", "merge the two entries");
        return false;
    }

    private static void error(Report r, PlanFile.Where w, String message) {
        error(r, w, message, "");
    }

    private static void error(Report r, PlanFile.Where w, String message, String hint) {
        if (w == null) r.add(Diagnostic.Severity.ERROR, 0, 0, "", message, hint);
        else r.add(Diagnostic.Severity.ERROR, w.line(), w.column(), w.path(), message, hint);
    }

    /**
     * The plan file of a solution: only decisions that are not zero, in index order (options then
     * periods; subsidies, options or sites, periods; arcs then periods; demands; stockpiles).
     */
    public static PlanFile fromSolution(Problem problem, Solution s, PlanFile.SolverInfo solver, JsonNode kpis) {
        List<PlanFile.Build> builds = new ArrayList<>();
        for (CapacityOption o : problem.options()) {
            for (int t = 0; t < problem.periods().size(); t++) {
                int n = s.builds[o.index()][t];
                if (n != 0) builds.add(new PlanFile.Build(problem.site(o.site()).id(), o.id(), problem.period(t).id(), n));
            }
        }
        List<PlanFile.SubsidyUse> grants = new ArrayList<>();
        List<Solution.CapexGrant> capex = new ArrayList<>(s.capexGrants);
        capex.sort(Comparator.comparingInt(Solution.CapexGrant::subsidy).thenComparingInt(Solution.CapexGrant::option)
                .thenComparingInt(Solution.CapexGrant::period));
        List<Solution.ProductionGrant> prod = new ArrayList<>(s.productionGrants);
        prod.sort(Comparator.comparingInt(Solution.ProductionGrant::subsidy).thenComparingInt(Solution.ProductionGrant::site)
                .thenComparingInt(Solution.ProductionGrant::period));
        for (Solution.CapexGrant g : capex) {
            if (g.amount() == 0) continue;
            CapacityOption o = problem.option(g.option());
            grants.add(new PlanFile.SubsidyUse(problem.subsidies().get(g.subsidy()).id(), problem.site(o.site()).id(),
                    o.id(), problem.period(g.period()).id(), g.amount()));
        }
        for (Solution.ProductionGrant g : prod) {
            if (g.amount() == 0) continue;
            grants.add(new PlanFile.SubsidyUse(problem.subsidies().get(g.subsidy()).id(), problem.site(g.site()).id(),
                    null, problem.period(g.period()).id(), g.amount()));
        }
        grants.sort(Comparator.comparingInt(g -> problem.subsidyIndex(g.subsidy())));
        List<PlanFile.Flow> flows = new ArrayList<>();
        for (Arc a : problem.arcs()) {
            for (int t = 0; t < problem.periods().size(); t++) {
                double x = s.flows[a.index()][t];
                if (x != 0) flows.add(new PlanFile.Flow(problem.site(a.from()).id(), problem.destinationId(a),
                        problem.period(t).id(), x));
            }
        }
        List<PlanFile.Shortage> shortages = new ArrayList<>();
        for (Demand d : problem.demands()) {
            double z = s.shortages[d.index()];
            if (z != 0) shortages.add(new PlanFile.Shortage(problem.market(d.market()).id(),
                    problem.product(d.product()).id(), problem.period(d.period()).id(), z));
        }
        List<PlanFile.StockpileLevel> levels = new ArrayList<>();
        for (Stockpile h : problem.stockpiles()) {
            double v = s.stockpiles[h.index()];
            if (v != 0) levels.add(new PlanFile.StockpileLevel(problem.market(h.market()).id(),
                    problem.product(h.product()).id(), v));
        }
        return new PlanFile(PlanFile.FORMAT, new PlanFile.ProblemRef(problem.name(), problem.sha256()), solver,
                builds, grants, flows, shortages, levels, kpis, null);
    }
}
