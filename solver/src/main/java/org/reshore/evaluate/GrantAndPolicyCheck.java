package org.reshore.evaluate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.model.Subsidy;

/** Checks subsidies (MODEL.md §3, 5), policies (7) and the exposure cap of one plan. */
final class GrantAndPolicyCheck {
    private final Problem problem;
    private final Solution plan;
    private final List<Violation> out;

    GrantAndPolicyCheck(Problem problem, Solution plan, List<Violation> out) {
        this.problem = problem;
        this.plan = plan;
        this.out = out;
    }

    void run(double exposure) {
        capexGrants();
        productionGrants();
        policies();
        double cap = problem.objective().exposureCap();
        double over = FeasibilityCheck.excess(exposure, cap);
        if (problem.objective().hasExposureCap() && over > 0) {
            add(Constraints.EXPOSURE_CAP, over, "exposure " + exposure + " is above the cap " + cap);
        }
    }

    private String period(int t) {
        return problem.period(t).id();
    }

    private void add(String constraint, double amount, String message, String... entities) {
        out.add(new Violation(constraint, List.of(entities), amount, message));
    }

    private static long key(int a, int b, int c) {
        return ((long) a * 1_000_003L + b) * 10_007L + c;
    }

    // g ≥ 0, eligible, in the programme's periods; g[u,o,t] ≤ maxShare·capex·b; Σ_u g ≤ capex·b; Σ g ≤ amount
    private void capexGrants() {
        double[] paid = new double[problem.subsidies().size()];
        Map<Long, Double> byProgramme = new TreeMap<>();
        Map<Long, Double> byBuild = new TreeMap<>();
        for (Solution.CapexGrant g : plan.capexGrants) {
            Subsidy u = problem.subsidies().get(g.subsidy());
            CapacityOption o = problem.option(g.option());
            String site = problem.site(o.site()).id();
            if (!Double.isFinite(g.amount()) || g.amount() < -FeasibilityCheck.ABS) {
                add(Constraints.NEGATIVE, Double.isFinite(g.amount()) ? -g.amount() : Double.POSITIVE_INFINITY,
                        "grant of " + u.id() + " to " + o.id() + " is " + g.amount(), u.id(), site, o.id(), period(g.period()));
                continue;
            }
            if (g.amount() <= FeasibilityCheck.ABS) continue;
            if (u.kind() != Subsidy.Kind.CAPEX || !u.eligibleOptions().contains(o.index())) {
                add(Constraints.SUBSIDY_ELIGIBILITY, g.amount(), u.id() + " pays " + g.amount() + " towards "
                        + o.id() + (u.kind() != Subsidy.Kind.CAPEX ? ", but it is a production programme"
                        : ", which it does not cover"), u.id(), site, o.id(), period(g.period()));
            }
            if (!u.coversPeriod(g.period())) {
                add(Constraints.SUBSIDY_PERIOD, g.amount(), u.id() + " pays " + g.amount() + " towards " + o.id()
                        + " in " + period(g.period()) + ", a period it does not cover", u.id(), site, o.id(), period(g.period()));
            }
            paid[u.index()] += g.amount();
            byProgramme.merge(key(u.index(), o.index(), g.period()), g.amount(), Double::sum);
            byBuild.merge(key(0, o.index(), g.period()), g.amount(), Double::sum);
        }
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() != Subsidy.Kind.CAPEX) continue;
            for (CapacityOption o : problem.options()) {
                for (int t = 0; t < problem.periods().size(); t++) {
                    Double g = byProgramme.get(key(u.index(), o.index(), t));
                    if (g == null) continue;
                    double limit = u.maxShare() * o.capex() * plan.builds[o.index()][t];
                    double over = FeasibilityCheck.excess(g, limit);
                    if (over > 0) {
                        add(Constraints.CAPEX_SUBSIDY_SHARE, over, u.id() + " pays " + g + " towards " + o.id()
                                + " in " + period(t) + ", above maxShare " + u.maxShare() + " of the capex of "
                                + plan.builds[o.index()][t] + " build(s) = " + limit,
                                u.id(), problem.site(o.site()).id(), o.id(), period(t));
                    }
                }
            }
        }
        for (CapacityOption o : problem.options()) {
            for (int t = 0; t < problem.periods().size(); t++) {
                Double g = byBuild.get(key(0, o.index(), t));
                if (g == null) continue;
                double capex = o.capex() * plan.builds[o.index()][t];
                double over = FeasibilityCheck.excess(g, capex);
                if (over > 0) {
                    add(Constraints.CAPEX_SUBSIDY_TOTAL, over, "programmes pay " + g + " towards " + o.id() + " in "
                            + period(t) + ", above its capex " + capex, problem.site(o.site()).id(), o.id(), period(t));
                }
            }
        }
        amounts(paid, Subsidy.Kind.CAPEX, Constraints.CAPEX_SUBSIDY_AMOUNT);
    }

    private void amounts(double[] paid, Subsidy.Kind kind, String constraint) {
        for (Subsidy u : problem.subsidies()) {
            double over = FeasibilityCheck.excess(paid[u.index()], u.amount());
            if (u.kind() == kind && over > 0) {
                add(constraint, over, u.id() + " pays " + paid[u.index()] + " in all, above its amount " + u.amount(), u.id());
            }
        }
    }

    // w ≥ 0, eligible, in periods; w[u,s,t] ≤ perUnit·years_t·Σ_j x[s,j,t]; Σ w ≤ amount
    private void productionGrants() {
        double[] paid = new double[problem.subsidies().size()];
        Map<Long, Double> bySite = new TreeMap<>();
        for (Solution.ProductionGrant w : plan.productionGrants) {
            Subsidy u = problem.subsidies().get(w.subsidy());
            String site = problem.site(w.site()).id();
            if (!Double.isFinite(w.amount()) || w.amount() < -FeasibilityCheck.ABS) {
                add(Constraints.NEGATIVE, Double.isFinite(w.amount()) ? -w.amount() : Double.POSITIVE_INFINITY,
                        "grant of " + u.id() + " to " + site + " is " + w.amount(), u.id(), site, period(w.period()));
                continue;
            }
            if (w.amount() <= FeasibilityCheck.ABS) continue;
            if (u.kind() != Subsidy.Kind.PRODUCTION || !u.eligibleSites().contains(w.site())) {
                add(Constraints.SUBSIDY_ELIGIBILITY, w.amount(), u.id() + " pays " + w.amount() + " to " + site
                        + (u.kind() != Subsidy.Kind.PRODUCTION ? ", but it is a capex programme"
                        : ", which it does not cover"), u.id(), site, period(w.period()));
            }
            if (!u.coversPeriod(w.period())) {
                add(Constraints.SUBSIDY_PERIOD, w.amount(), u.id() + " pays " + w.amount() + " to " + site + " in "
                        + period(w.period()) + ", a period it does not cover", u.id(), site, period(w.period()));
            }
            paid[u.index()] += w.amount();
            bySite.merge(key(u.index(), w.site(), w.period()), w.amount(), Double::sum);
        }
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() != Subsidy.Kind.PRODUCTION) continue;
            for (int s = 0; s < problem.sites().size(); s++) {
                for (int t = 0; t < problem.periods().size(); t++) {
                    Double w = bySite.get(key(u.index(), s, t));
                    if (w == null) continue;
                    double output = plan.output(problem, s, t);
                    double limit = u.perUnit() * problem.period(t).years() * output;
                    double over = FeasibilityCheck.excess(w, limit);
                    if (over > 0) {
                        add(Constraints.PRODUCTION_SUBSIDY_OUTPUT, over, u.id() + " pays " + w + " to "
                                + problem.site(s).id() + " in " + period(t) + ", above perUnit × years × output = "
                                + limit, u.id(), problem.site(s).id(), period(t));
                    }
                }
            }
        }
        amounts(paid, Subsidy.Kind.PRODUCTION, Constraints.PRODUCTION_SUBSIDY_AMOUNT);
    }

    private void policies() {
        for (Policy policy : problem.policies()) {
            if (policy instanceof Policy.Share share) share(share);
            else if (policy instanceof Policy.Budget budget) budget(budget);
            else if (policy instanceof Policy.Shortage shortage) shortage(shortage);
        }
    }

    // maxShare Σ_{s∈S_G} x[s,k,t] ≤ share·d[k,p,t]; minShare ≥
    private void share(Policy.Share policy) {
        boolean[] inGroup = new boolean[problem.sites().size()];
        for (int s : policy.sites()) inGroup[s] = true;
        for (int di : policy.demands()) {
            Demand d = problem.demand(di);
            double fromGroup = 0;
            for (int a : problem.arcsIntoMarket(d.market())) {
                if (problem.arcProduct(a) == d.product() && inGroup[problem.arc(a).from()]) {
                    fromGroup += plan.flows[a][d.period()];
                }
            }
            double bound = policy.share() * d.quantity();
            double off = policy.upper() ? FeasibilityCheck.excess(fromGroup, bound)
                    : FeasibilityCheck.excess(bound, fromGroup);
            if (off > 0) {
                String name = policy.upper() ? Constraints.MAX_SHARE : Constraints.MIN_SHARE;
                add(name, off, policy.label() + ": " + fromGroup + " from the group in "
                        + problem.market(d.market()).id() + "/" + problem.product(d.product()).id() + " in "
                        + period(d.period()) + ", " + (policy.upper() ? "above" : "below") + " " + policy.share()
                        + " × demand " + d.quantity() + " = " + bound,
                        policy.label(), problem.market(d.market()).id(), problem.product(d.product()).id(), period(d.period()));
            }
        }
    }

    // Σ_{o∈sel, t∈periods} (capex[o]·b[o,t] − Σ_u g[u,o,t]) ≤ amount
    private void budget(Policy.Budget policy) {
        boolean[] inSel = new boolean[problem.options().size()];
        for (int o : policy.options()) inSel[o] = true;
        boolean[] inPeriods = new boolean[problem.periods().size()];
        for (int t : policy.periods()) inPeriods[t] = true;
        double spent = 0;
        for (int o : policy.options()) {
            for (int t : policy.periods()) spent += problem.option(o).capex() * plan.builds[o][t];
        }
        for (Solution.CapexGrant g : plan.capexGrants) {
            if (inSel[g.option()] && inPeriods[g.period()]) spent -= g.amount();
        }
        double over = FeasibilityCheck.excess(spent, policy.amount());
        if (over > 0) {
            add(Constraints.BUDGET, over, policy.label() + ": builders pay " + spent + " net of capex subsidies, above "
                    + policy.amount(), policy.label());
        }
    }

    // z[k,p,t] ≤ share·d[k,p,t]
    private void shortage(Policy.Shortage policy) {
        for (int di : policy.demands()) {
            Demand d = problem.demand(di);
            double z = plan.shortages[di];
            double bound = policy.share() * d.quantity();
            double over = FeasibilityCheck.excess(z, bound);
            if (over > 0) {
                add(Constraints.MAX_SHORTAGE, over, policy.label() + ": shortage " + z + " in "
                        + problem.market(d.market()).id() + "/" + problem.product(d.product()).id() + " in "
                        + period(d.period()) + ", above " + policy.share() + " × demand " + d.quantity() + " = " + bound,
                        policy.label(), problem.market(d.market()).id(), problem.product(d.product()).id(), period(d.period()));
            }
        }
    }
}
