package org.reshore.engine.mip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reshore.model.Arc;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Period;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Scenario;
import org.reshore.model.Site;
import org.reshore.model.Stockpile;
import org.reshore.model.Subsidy;

/**
 * The reshore MIP of MODEL.md §3, one private method per constraint family. Variables: yearly
 * flows {@code flow[s,j,t]}, shortages {@code shortage[k,p,t]}, integer builds {@code build[o,t]},
 * capex grants {@code capexGrant[u,o,t]}, production grants {@code prodGrant[u,s,t]}, stockpile
 * levels {@code stock[k,p]} and, in robust mode, each scenario's recourse.
 *
 * <p>Grant money is not a variable in base currency: a capex grant is held as the share of the
 * option's capex it pays ({@code capexGrant = g / capex[o]}, so 0.35 is 35% of one build) and a
 * production grant as the output it pays for ({@code prodGrant = w / (perUnit[u]·years_t)}).
 * In dollars their objective coefficients (δ_t ≈ 1) fell below the solvers' optimality tolerance
 * once the objective was divided by its scale (capex ~1e10), and their rows mixed 1 with capex;
 * HiGHS then ignored the grants and still proved "optimality". Money rows (subsidy amounts,
 * budgets) are written in units of {@link #moneyUnit} for the same reason. {@link Grant#unit()}
 * turns a grant variable back into base currency. The objective is kept
 * as three expressions (discounted cost, exposure, probability-weighted recourse) so that the
 * weighted and the lexicographic modes can combine them.
 */
public final class ReshoreModel {
    /**
     * A grant variable of programme {@code subsidy} for an option (capex) or a site (production);
     * {@code unit} is the money (base currency) one unit of the variable pays: the option's capex,
     * or perUnit·years of the period.
     */
    public record Grant(int subsidy, int target, int period, int var, double unit) {
        /** The grant in base currency for the variable's value {@code v}. */
        public double money(double v) {
            return v * unit;
        }
    }

    final Problem p;
    final LinearModel m = new LinearModel();
    final int[][] flow;
    final int[][] build;
    final int[] shortage;
    final int[] stock;
    final List<Grant> capexGrants = new ArrayList<>();
    final List<Grant> prodGrants = new ArrayList<>();
    /** Cost of MODEL §3 (discounted money, without the scenario term). */
    final LinExpr cost = new LinExpr();
    /** Exposure (years-weighted, undiscounted). */
    final LinExpr exposure = new LinExpr();
    /** Σ_σ probability·Recourse[σ] (robust mode only; empty otherwise). */
    final LinExpr scenarios = new LinExpr();
    /** Rows that an elastic diagnosis may relax, by kind. */
    final List<LinearModel.Row> demandRows = new ArrayList<>();
    final List<LinearModel.Row> policyRows = new ArrayList<>();
    final List<String[]> policyWhat = new ArrayList<>(); // per policy row: kind, label, demand, share/amount[, money unit of a budget row]
    LinearModel.Row exposureCapRow;
    /**
     * Base currency per unit of the money rows (subsidy amounts, budgets): a power of ten that puts
     * the largest capex or amount in [1e3, 1e4), like the objective's scale; 1 for small problems.
     */
    final double moneyUnit;

    public ReshoreModel(Problem problem) {
        this(problem, true);
    }

    /**
     * {@code strong} false leaves the linking rows of the strong formulation out (measurements, and
     * the Lagrangian method, which reads only the variables and the objective).
     */
    public ReshoreModel(Problem problem, boolean strong) {
        this.p = problem;
        int nt = p.periods().size();
        flow = new int[p.arcs().size()][nt];
        build = new int[p.options().size()][nt];
        shortage = new int[p.demands().size()];
        stock = new int[p.stockpiles().size()];
        for (int[] row : flow) Arrays.fill(row, -1);
        for (int[] row : build) Arrays.fill(row, -1);
        Arrays.fill(shortage, -1);
        Arrays.fill(stock, -1);
        moneyUnit = moneyUnit(problem);

        variables();
        demand();
        capacity();
        if (strong) linking();
        inputs();
        builds();
        capexSubsidies();
        productionSubsidies();
        policies();
        exposureCap();
        if (p.objective().robust()) robust();
    }

    private static double moneyUnit(Problem p) {
        double max = 0;
        for (CapacityOption o : p.options()) max = Math.max(max, Math.abs(o.capex()));
        for (Subsidy u : p.subsidies()) if (Double.isFinite(u.amount())) max = Math.max(max, Math.abs(u.amount()));
        for (Policy pol : p.policies()) {
            if (pol instanceof Policy.Budget bu && Double.isFinite(bu.amount())) max = Math.max(max, Math.abs(bu.amount()));
        }
        if (!(max > 1e4) || !Double.isFinite(max)) return 1;
        return Math.pow(10, Math.floor(Math.log10(max)) - 3);
    }

    public LinearModel linear() {
        return m;
    }

    /** The weighted objective: Cost + exposureWeight·Exposure + scenarioWeight·Σ prob·Recourse. */
    public LinExpr weighted() {
        return new LinExpr().addAll(cost, 1).addAll(exposure, p.objective().exposureWeight())
                .addAll(scenarios, p.objective().scenarioWeight()).compact();
    }

    /** "cost" in lexicographic mode: Cost plus the scenario term. */
    public LinExpr costCriterion() {
        return new LinExpr().addAll(cost, 1).addAll(scenarios, p.objective().scenarioWeight()).compact();
    }

    public LinExpr exposureCriterion() {
        return new LinExpr().addAll(exposure, 1).compact();
    }

    private String per(int t) {
        return p.period(t).id();
    }

    private static boolean covers(List<Integer> periods, int t) {
        return periods.isEmpty() || periods.contains(t);
    }

    /** Builds of option o made in periods up to t: Σ_{τ≤t} b[o,τ]. */
    LinExpr builtBy(int o, int t) {
        LinExpr e = new LinExpr();
        for (int tau = 0; tau <= t; tau++) e.add(build[o][tau], 1);
        return e;
    }

    /** Capacity of site s in period t: cap0[s] + Σ_o cap[o]·Σ_{τ≤t} b[o,τ]. */
    LinExpr capacityOf(int s, int t) {
        Site site = p.site(s);
        LinExpr e = new LinExpr().addConstant(site.capacity());
        for (int o : site.options()) e.addAll(builtBy(o, t), p.option(o).capacity());
        return e;
    }

    // Flows exist on open arcs only (blocked lanes have no arc: constraint 6), and into markets only
    // where there is demand. Their money is δ_t·years_t·c[s,j]; their exposure years_t·rate·crit.
    // Builds are integers in [0, maxBuilds] from earliestPeriod on; capex δ_t·capex·b and fixed
    // cost δ_t'·years_t'·fixed for every period t' ≥ t in which the build stands.
    private void variables() {
        for (Arc a : p.arcs()) {
            for (Period t : p.periods()) {
                double ub = LinearModel.INF;
                if (a.servesMarket()) {
                    int d = p.demandIndex(a.toMarket(), p.arcProduct(a.index()), t.index());
                    if (d < 0) continue;
                    ub = p.demand(d).quantity();
                }
                int v = m.addVar(Names.of("flow", p.site(a.from()).id(), p.destinationId(a), t.id()), 0, ub, false);
                flow[a.index()][t.index()] = v;
                cost.add(v, t.discount() * t.years() * a.unitCost());
                exposure.add(v, t.years() * p.exposureRate(a.index()));
            }
        }
        for (Demand d : p.demands()) {
            if (!d.shortageAllowed()) continue;
            Period t = p.period(d.period());
            int v = m.addVar(Names.of("shortage", p.market(d.market()).id(), p.product(d.product()).id(), t.id()),
                    0, d.quantity(), false);
            shortage[d.index()] = v;
            cost.add(v, t.discount() * t.years() * d.shortagePenalty());
        }
        for (CapacityOption o : p.options()) {
            for (Period t : p.periods()) {
                if (t.index() < o.earliestPeriod()) continue;
                int v = m.addVar(Names.of("build", o.id(), t.id()), 0, o.maxBuilds(), true);
                build[o.index()][t.index()] = v;
                double fixed = 0;
                for (Period later : p.periods()) {
                    if (later.index() >= t.index()) fixed += later.discount() * later.years() * o.fixedCost();
                }
                cost.add(v, t.discount() * o.capex() + fixed);
            }
        }
        for (Stockpile st : p.stockpiles()) {
            int v = m.addVar(Names.of("stock", p.market(st.market()).id(), p.product(st.product()).id()),
                    0, st.max(), false);
            stock[st.index()] = v;
            double holding = 0;
            for (Period t : p.periods()) holding += t.discount() * t.years() * st.holdingCost();
            cost.add(v, st.purchaseCost() + holding);
        }
    }

    // (1) Σ_{s: p(s)=p} x[s,k,t] + z[k,p,t] = d[k,p,t]
    private void demand() {
        for (Demand d : p.demands()) {
            LinExpr row = new LinExpr().add(shortage[d.index()], 1);
            for (int a : p.arcsIntoMarket(d.market())) {
                if (p.arcProduct(a) == d.product()) row.add(flow[a][d.period()], 1);
            }
            demandRows.add(m.addRow(Names.of("demand", p.market(d.market()).id(), p.product(d.product()).id(),
                    per(d.period())), d.quantity(), d.quantity(), row));
        }
    }

    // (2) Σ_j x[s,j,t] ≤ cap0[s] + Σ_{o of s} cap[o]·Σ_{τ≤t} b[o,τ]
    private void capacity() {
        for (Site s : p.sites()) {
            for (Period t : p.periods()) {
                LinExpr row = new LinExpr();
                for (int a : p.arcsFrom(s.index())) row.add(flow[a][t.index()], 1);
                if (row.isEmpty()) continue;
                row.addAll(capacityOf(s.index(), t.index()), -1);
                m.addRow(Names.of("capacity", s.id(), t.id()), Double.NEGATIVE_INFINITY, 0, row);
            }
        }
    }

    // Strong formulation, valid where a site has no capacity of its own (cap0 = 0): nothing flows
    // unless something is built, and no market takes more than its demand, so
    //   x[s,k,t] ≤ d[k,p,t]·Σ_o Σ_{τ≤t} b[o,τ].
    // Only where it cuts the LP relaxation: d[k,p,t] below the capacity of a single build
    // (otherwise the capacity row is already as tight). Without them the model is still exact: the
    // capacity rows already force the flows of an unbuilt site to zero.
    private void linking() {
        for (Site s : p.sites()) {
            if (s.capacity() > 0 || s.options().isEmpty()) continue;
            double biggest = 0;
            for (int o : s.options()) biggest = Math.max(biggest, p.option(o).capacity());
            for (int a : p.arcsFrom(s.index())) {
                Arc arc = p.arc(a);
                if (!arc.servesMarket()) continue;
                for (Period t : p.periods()) {
                    int v = flow[a][t.index()];
                    if (v < 0) continue;
                    double dq = p.demand(p.demandIndex(arc.toMarket(), s.product(), t.index())).quantity();
                    if (!(dq < biggest)) continue;
                    LinExpr row = new LinExpr().add(v, 1);
                    for (int o : s.options()) row.addAll(builtBy(o, t.index()), -dq);
                    m.addRow(Names.of("link", s.id(), p.market(arc.toMarket()).id(), t.id()),
                            Double.NEGATIVE_INFINITY, 0, row);
                }
            }
        }
    }

    // (3) Σ_{s': p(s')=q} x[s',s,t] = perUnit[p(s),q]·Σ_j x[s,j,t]
    private void inputs() {
        for (Site s : p.sites()) {
            Product made = p.product(s.product());
            for (Product.Input in : made.inputs()) {
                for (Period t : p.periods()) {
                    LinExpr row = new LinExpr();
                    for (int a : p.arcsIntoSite(s.index())) {
                        if (p.arcProduct(a) == in.product()) row.add(flow[a][t.index()], 1);
                    }
                    for (int a : p.arcsFrom(s.index())) row.add(flow[a][t.index()], -in.perUnit());
                    if (row.isEmpty()) continue;
                    m.addRow(Names.of("input", s.id(), p.product(in.product()).id(), t.id()), 0, 0, row);
                }
            }
        }
    }

    // (4) Σ_t b[o,t] ≤ maxBuilds[o]
    private void builds() {
        for (CapacityOption o : p.options()) {
            LinExpr row = builtBy(o.index(), p.periods().size() - 1);
            if (row.size() > 1) m.addRow(Names.of("maxBuilds", o.id()), Double.NEGATIVE_INFINITY, o.maxBuilds(), row);
        }
    }

    // (5a) With γ[u,o,t] = g[u,o,t]/capex[o] (share of one build's capex):
    //      γ[u,o,t] ≤ maxShare[u]·b[o,t];  Σ_u γ[u,o,t] ≤ b[o,t];
    //      Σ_{o,t} capex[o]·γ[u,o,t] ≤ amount[u] (nominal, in moneyUnit). Each unit of γ saves δ_t·capex[o].
    private void capexSubsidies() {
        List<List<Integer>> grantsOf = new ArrayList<>();
        for (int i = 0; i < p.options().size() * p.periods().size(); i++) grantsOf.add(new ArrayList<>());
        for (Subsidy u : p.subsidies()) {
            if (u.kind() != Subsidy.Kind.CAPEX) continue;
            LinExpr total = new LinExpr();
            for (int o : u.eligibleOptions()) {
                CapacityOption opt = p.option(o);
                if (opt.capex() <= 0) continue;
                for (Period t : p.periods()) {
                    int b = build[o][t.index()];
                    if (b < 0 || !covers(u.periods(), t.index())) continue;
                    int g = m.addVar(Names.of("capexGrant", u.id(), opt.id(), t.id()), 0, LinearModel.INF, false);
                    capexGrants.add(new Grant(u.index(), o, t.index(), g, opt.capex()));
                    grantsOf.get(o * p.periods().size() + t.index()).add(g);
                    cost.add(g, -t.discount() * opt.capex());
                    total.add(g, opt.capex() / moneyUnit);
                    m.addRow(Names.of("grantShare", u.id(), opt.id(), t.id()), Double.NEGATIVE_INFINITY, 0,
                            new LinExpr().add(g, 1).add(b, -Math.min(1, u.maxShare())));
                }
            }
            if (!total.isEmpty() && Double.isFinite(u.amount())) {
                m.addRow(Names.of("subsidyAmount", u.id()), Double.NEGATIVE_INFINITY, u.amount() / moneyUnit, total);
            }
        }
        for (CapacityOption o : p.options()) {
            for (Period t : p.periods()) {
                List<Integer> gs = grantsOf.get(o.index() * p.periods().size() + t.index());
                if (gs.size() < 2) continue; // one programme: its share row is already tighter
                LinExpr row = new LinExpr().add(build[o.index()][t.index()], -1);
                for (int g : gs) row.add(g, 1);
                m.addRow(Names.of("grantCapex", o.id(), t.id()), Double.NEGATIVE_INFINITY, 0, row);
            }
        }
    }

    // (5b) With ω[u,s,t] = w[u,s,t]/(perUnit[u]·years_t) (the output the grant pays for):
    //      ω[u,s,t] ≤ Σ_j x[s,j,t];  Σ_{s,t} perUnit[u]·years_t·ω[u,s,t] ≤ amount[u] (nominal, in
    //      moneyUnit). Each unit of ω saves δ_t·perUnit[u]·years_t.
    private void productionSubsidies() {
        for (Subsidy u : p.subsidies()) {
            if (u.kind() != Subsidy.Kind.PRODUCTION) continue;
            LinExpr total = new LinExpr();
            for (int s : u.eligibleSites()) {
                for (Period t : p.periods()) {
                    if (!covers(u.periods(), t.index())) continue;
                    LinExpr out = new LinExpr();
                    for (int a : p.arcsFrom(s)) out.add(flow[a][t.index()], 1);
                    double unit = u.perUnit() * t.years();
                    if (out.isEmpty() || !(unit > 0)) continue;
                    int w = m.addVar(Names.of("prodGrant", u.id(), p.site(s).id(), t.id()), 0, LinearModel.INF, false);
                    prodGrants.add(new Grant(u.index(), s, t.index(), w, unit));
                    cost.add(w, -t.discount() * unit);
                    total.add(w, unit / moneyUnit);
                    m.addRow(Names.of("prodGrantCap", u.id(), p.site(s).id(), t.id()), Double.NEGATIVE_INFINITY, 0,
                            new LinExpr().add(w, 1).addAll(out, -1));
                }
            }
            if (!total.isEmpty() && Double.isFinite(u.amount())) {
                m.addRow(Names.of("subsidyAmount", u.id()), Double.NEGATIVE_INFINITY, u.amount() / moneyUnit, total);
            }
        }
    }

    // (7) maxShare: Σ_{s∈S_G} x[s,k,t] ≤ share·d[k,p,t];  minShare: ≥ share·d[k,p,t];
    //     budget: Σ_{o∈sel,t∈periods} capex[o]·(b[o,t] − Σ_u γ[u,o,t]) ≤ amount (in moneyUnit);
    //     maxShortage: z[k,p,t] ≤ share·d[k,p,t].
    private void policies() {
        for (Policy pol : p.policies()) {
            if (pol instanceof Policy.Share sh) {
                for (int di : sh.demands()) {
                    Demand d = p.demand(di);
                    LinExpr row = new LinExpr();
                    for (int s : sh.sites()) {
                        int a = p.arcIndex(s, d.market(), -1);
                        if (a >= 0 && p.arcProduct(a) == d.product()) row.add(flow[a][d.period()], 1);
                    }
                    double rhs = sh.share() * d.quantity();
                    String name = Names.of("policy" + pol.index() + (sh.upper() ? ".maxShare" : ".minShare"),
                            p.market(d.market()).id(), p.product(d.product()).id(), per(d.period()));
                    policyRows.add(sh.upper() ? m.addRow(name, Double.NEGATIVE_INFINITY, rhs, row)
                            : m.addRow(name, rhs, LinearModel.INF, row));
                    policyWhat.add(new String[] {sh.upper() ? "maxShare" : "minShare", pol.label(),
                            String.valueOf(di), String.valueOf(sh.share())});
                }
            } else if (pol instanceof Policy.Budget bu) {
                LinExpr row = new LinExpr();
                for (int o : bu.options()) {
                    for (Period t : p.periods()) {
                        if (!covers(bu.periods(), t.index()) || build[o][t.index()] < 0) continue;
                        double capex = p.option(o).capex() / moneyUnit;
                        row.add(build[o][t.index()], capex);
                        for (Grant g : capexGrants) {
                            if (g.target() == o && g.period() == t.index()) row.add(g.var(), -capex);
                        }
                    }
                }
                policyRows.add(m.addRow("policy" + pol.index() + ".budget", Double.NEGATIVE_INFINITY,
                        bu.amount() / moneyUnit, row));
                policyWhat.add(new String[] {"budget", pol.label(), "-1", String.valueOf(bu.amount()),
                        String.valueOf(moneyUnit)});
            } else if (pol instanceof Policy.Shortage sh) {
                for (int di : sh.demands()) {
                    Demand d = p.demand(di);
                    if (shortage[di] < 0) continue; // must be met in full anyway
                    policyRows.add(m.addRow(Names.of("policy" + pol.index() + ".maxShortage", p.market(d.market()).id(),
                                    p.product(d.product()).id(), per(d.period())), Double.NEGATIVE_INFINITY,
                            sh.share() * d.quantity(), new LinExpr().add(shortage[di], 1)));
                    policyWhat.add(new String[] {"maxShortage", pol.label(), String.valueOf(di),
                            String.valueOf(sh.share())});
                }
            }
        }
    }

    // Exposure ≤ exposureCap (the ε of an ε-constraint sweep)
    private void exposureCap() {
        if (!p.objective().hasExposureCap()) return;
        exposureCapRow = m.addRow("exposureCap", Double.NEGATIVE_INFINITY, p.objective().exposureCap(),
                new LinExpr().addAll(exposure, 1));
    }

    // Robust mode: Σ_σ prob[σ]·δ_{t_σ}·years[σ]·(one year's recourse flow cost + penalties), with
    // the recourse rows of {@link RecourseFormulation} on the builds up to t_σ and the levels h.
    private void robust() {
        for (Scenario sc : p.scenarios()) {
            if (sc.probability() <= 0) continue;
            RecourseFormulation r = new RecourseFormulation(m, p, sc, s -> capacityOf(s, sc.period()),
                    i -> new LinExpr().add(stock[i], 1));
            scenarios.addAll(r.yearlyCost, sc.probability() * p.period(sc.period()).discount() * sc.years());
        }
    }
}
