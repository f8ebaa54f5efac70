package org.reshore.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reshore.io.PlanIds.Kind;
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
            PlanFile.Where w = ref.where() != null ? ref.where() : new PlanFile.Where(1, 1, "problem");
            boolean sameName = problem.name().equals(ref.name());
            error(r, sameName ? w.field("sha256") : w, sameName
                    ? "this plan was made for another version of problem \"" + ref.name() + "\" (sha256 "
                            + ref.sha256() + "; the problem file now has " + problem.sha256() + ")"
                    : "this plan answers problem \"" + ref.name() + "\", not \"" + problem.name() + "\"",
                    sameName ? "the problem file changed since the plan was made: solve again"
                            : "evaluate the plan with the problem it was made for");
            r.throwIfErrors();
        }
        PlanIds ids = new PlanIds(problem);
        Solution s = new Solution(problem);
        Set<String> seen = new HashSet<>();
        for (PlanFile.Build b : plan.builds()) {
            int site = ref(r, ids, b.where(), "site", Kind.SITE, b.site(), problem.siteIndex(b.site()));
            int o = ref(r, ids, b.where(), "option", Kind.OPTION, b.option(), problem.optionIndex(b.option()));
            int t = ref(r, ids, b.where(), "period", Kind.PERIOD, b.period(), problem.periodIndex(b.period()));
            if (site < 0 || o < 0 || t < 0) continue;
            if (problem.option(o).site() != site) {
                wrongSite(r, problem, b.where(), b.option(), o, b.site());
            } else if (unique(r, b.where(), seen, "build " + o + "," + t)) {
                s.builds[o][t] = b.count();
            }
        }
        for (PlanFile.SubsidyUse g : plan.subsidies()) {
            int u = ref(r, ids, g.where(), "subsidy", Kind.SUBSIDY, g.subsidy(), problem.subsidyIndex(g.subsidy()));
            int site = ref(r, ids, g.where(), "site", Kind.SITE, g.site(), problem.siteIndex(g.site()));
            int t = ref(r, ids, g.where(), "period", Kind.PERIOD, g.period(), problem.periodIndex(g.period()));
            int o = g.option() == null ? -1
                    : ref(r, ids, g.where(), "option", Kind.OPTION, g.option(), problem.optionIndex(g.option()));
            if (u < 0 || site < 0 || t < 0 || (g.option() != null && o < 0)) continue;
            Subsidy.Kind kind = problem.subsidies().get(u).kind();
            if (kind == Subsidy.Kind.CAPEX && o < 0) {
                error(r, g.where(), "capex subsidy \"" + g.subsidy() + "\" needs an \"option\"",
                        "name the option whose builds it pays for");
            } else if (kind == Subsidy.Kind.PRODUCTION && o >= 0) {
                error(r, at(g.where(), "option"), "production subsidy \"" + g.subsidy() + "\" is paid to a site, not an option",
                        "leave \"option\" out");
            } else if (o >= 0 && problem.option(o).site() != site) {
                wrongSite(r, problem, g.where(), g.option(), o, g.site());
            } else if (unique(r, g.where(), seen, "grant " + u + "," + site + "," + o + "," + t)) {
                if (o >= 0) s.capexGrants.add(new Solution.CapexGrant(u, o, t, g.amount()));
                else s.productionGrants.add(new Solution.ProductionGrant(u, site, t, g.amount()));
            }
        }
        for (PlanFile.Flow f : plan.flows()) flow(problem, ids, r, s, f, seen);
        for (PlanFile.Shortage z : plan.shortages()) {
            int k = ref(r, ids, z.where(), "market", Kind.MARKET, z.market(), problem.marketIndex(z.market()));
            int p = ref(r, ids, z.where(), "product", Kind.PRODUCT, z.product(), problem.productIndex(z.product()));
            int t = ref(r, ids, z.where(), "period", Kind.PERIOD, z.period(), problem.periodIndex(z.period()));
            if (k < 0 || p < 0 || t < 0) continue;
            int d = problem.demandIndex(k, p, t);
            if (d < 0) {
                error(r, z.where(), "no demand of " + z.market() + " for " + z.product() + " in " + z.period(),
                        "a shortage is demand not served: only demand entries of the problem can fall short");
            } else if (unique(r, z.where(), seen, "shortage " + d)) {
                s.shortages[d] = z.quantity();
            }
        }
        for (PlanFile.StockpileLevel h : plan.stockpiles()) {
            int k = ref(r, ids, h.where(), "market", Kind.MARKET, h.market(), problem.marketIndex(h.market()));
            int p = ref(r, ids, h.where(), "product", Kind.PRODUCT, h.product(), problem.productIndex(h.product()));
            if (k < 0 || p < 0) continue;
            int i = -1;
            for (Stockpile sp : problem.stockpiles()) if (sp.market() == k && sp.product() == p) i = sp.index();
            if (i < 0) {
                error(r, h.where(), "the problem allows no stockpile of " + h.product() + " at " + h.market(),
                        "stockpiles are declared in the problem's \"stockpiles\"");
            } else if (unique(r, h.where(), seen, "stockpile " + i)) {
                s.stockpiles[i] = h.level();
            }
        }
        r.throwIfErrors();
        return s;
    }

    private static void flow(Problem problem, PlanIds ids, Report r, Solution s, PlanFile.Flow f, Set<String> seen) {
        int from = ref(r, ids, f.where(), "from", Kind.SITE, f.from(), problem.siteIndex(f.from()));
        int toMarket = f.to() == null ? -1 : problem.marketIndex(f.to());
        int toSite = toMarket >= 0 || f.to() == null ? -1 : problem.siteIndex(f.to());
        if (f.to() != null && toMarket < 0 && toSite < 0) {
            error(r, at(f.where(), "to"), "unknown market or site \"" + f.to() + "\"", ids.hint(Kind.DESTINATION, f.to()));
        }
        int t = ref(r, ids, f.where(), "period", Kind.PERIOD, f.period(), problem.periodIndex(f.period()));
        if (from < 0 || (toMarket < 0 && toSite < 0) || t < 0) return;
        if (!unique(r, f.where(), seen, "flow " + from + "," + toMarket + "," + toSite + "," + t)) return;
        int a = problem.arcIndex(from, toMarket, toSite);
        if (a >= 0) {
            s.flows[a][t] = f.quantity();
        } else if (problem.isBlocked(from, toMarket, toSite)) {
            s.blockedFlows.add(new Solution.BlockedFlow(from, toMarket, toSite, t, f.quantity()));
        } else {
            String product = problem.product(problem.site(from).product()).id();
            error(r, at(f.where(), "to"), f.to() + " takes no " + product + " from " + f.from()
                    + (toMarket >= 0 ? " (the market has no demand for it)" : " (not an input of its product)"),
                    "flows go from a site to a market with demand for its product, or to a site that uses it");
        }
    }

    private static void wrongSite(Report r, Problem problem, PlanFile.Where w, String option, int o, String site) {
        String owner = problem.site(problem.option(o).site()).id();
        error(r, at(w, "option"), "option \"" + option + "\" belongs to site \"" + owner + "\", not \"" + site + "\"",
                "use \"site\": \"" + owner + "\" or an option of " + site);
    }

    private static int ref(Report r, PlanIds ids, PlanFile.Where w, String key, Kind kind, String id, int index) {
        if (id == null) return -1; // already reported as missing
        if (index < 0) error(r, at(w, key), "unknown " + kind.word + " \"" + id + "\"", ids.hint(kind, id));
        return index;
    }

    private static PlanFile.Where at(PlanFile.Where w, String key) {
        return w == null ? null : w.field(key);
    }

    private static boolean unique(Report r, PlanFile.Where w, Set<String> seen, String key) {
        if (seen.add(key)) return true;
        error(r, w, "a second entry for the same decision", "merge the two entries into one");
        return false;
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
