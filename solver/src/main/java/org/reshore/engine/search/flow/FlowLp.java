package org.reshore.engine.search.flow;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import org.reshore.model.Arc;
import org.reshore.model.Demand;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Solution;
import org.reshore.model.Subsidy;

/**
 * The LP of MODEL.md §3 with the builds held fixed (OR-Tools GLOP): flows, shortages, production
 * subsidies and, when {@code grants} is set, capex subsidies under the budgets. Built once; a new
 * build configuration only changes capacity (and grant) bounds, so GLOP re-solves from its last
 * basis. Must-meet demand, share and shortage policies, budgets and the exposure cap are elastic:
 * their slack costs a prohibitive price and is reported as violation, so an infeasible build
 * configuration still gets a graded score. Stockpiles stay at 0: outside robust mode they serve
 * nothing and cost money.
 */
public final class FlowLp implements OperationsEvaluator {
    private record Var(int subsidy, int owner, int period, MPVariable variable) {}

    private final Problem problem;
    private final int periods;
    private final double prohibitive;
    private final double unit;
    private final MPSolver solver;
    private final MPObjective objective;
    private final MPVariable[][] flow;
    private final MPVariable[] shortage;
    private final MPVariable[] unserved;
    private final MPConstraint[][] capacity;
    private final List<MPVariable> slacks = new ArrayList<>();
    private final List<Var> production = new ArrayList<>();
    private final GrantRows grantRows;
    /** The violation reported when GLOP fails on a configuration: far above any real one. */
    public static final double FAILED = 1e9;
    private long failures;

    public FlowLp(Problem problem, boolean grants) {
        OrTools.load();
        this.problem = problem;
        this.periods = problem.periods().size();
        this.unit = Coefficients.largestUnitMoney(problem);
        this.prohibitive = 1e4 * unit;
        this.solver = MPSolver.createSolver("GLOP");
        this.objective = solver.objective();
        int arcs = problem.arcs().size();
        flow = new MPVariable[arcs][periods];
        shortage = new MPVariable[problem.demands().size()];
        unserved = new MPVariable[problem.demands().size()];
        capacity = new MPConstraint[problem.sites().size()][periods];
        flows();
        demandRows();
        capacityRows();
        inputRows();
        productionSubsidies();
        policies();
        exposureCap();
        grantRows = grants ? new GrantRows(problem, solver, objective, unit, this::slack) : null;
        objective.setMinimization();
    }

    // x[a,t] ≥ 0 where the arc leads to a demand of its product in t, or into a site.
    private void flows() {
        for (Arc a : problem.arcs()) {
            for (int t = 0; t < periods; t++) {
                if (a.servesMarket() && problem.demandIndex(a.toMarket(), problem.arcProduct(a.index()), t) < 0) continue;
                MPVariable x = solver.makeNumVar(0, MPSolver.infinity(),
                        "flow[" + problem.site(a.from()).id() + "," + problem.destinationId(a) + "," + problem.period(t).id() + "]");
                price(x, Coefficients.flow(problem, a.index(), t));
                flow[a.index()][t] = x;
            }
        }
    }

    // Σ_{s: p(s)=p} x[s,k,t] + z[k,p,t] = d[k,p,t]; z priced, or elastic where the demand must be met.
    private void demandRows() {
        for (Demand d : problem.demands()) {
            MPConstraint row = solver.makeConstraint(d.quantity(), d.quantity(), "demand[" + d.index() + "]");
            for (int a : problem.arcsIntoMarket(d.market())) {
                if (problem.arcProduct(a) == d.product() && flow[a][d.period()] != null) row.setCoefficient(flow[a][d.period()], 1);
            }
            MPVariable z = solver.makeNumVar(0, MPSolver.infinity(), "shortage[" + d.index() + "]");
            row.setCoefficient(z, 1);
            if (d.shortageAllowed()) {
                price(z, Coefficients.shortage(problem, d));
                shortage[d.index()] = z;
            } else {
                price(z, prohibitive);
                unserved[d.index()] = z;
            }
        }
    }

    // Σ_j x[s,j,t] ≤ cap0[s] + Σ_o cap[o]·Σ_{τ≤t} b[o,τ]  (the right side is set per configuration)
    private void capacityRows() {
        for (int s = 0; s < problem.sites().size(); s++) {
            for (int t = 0; t < periods; t++) {
                MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), problem.site(s).capacity(),
                        "capacity[" + problem.site(s).id() + "," + problem.period(t).id() + "]");
                for (int a : problem.arcsFrom(s)) {
                    if (flow[a][t] != null) row.setCoefficient(flow[a][t], 1);
                }
                capacity[s][t] = row;
            }
        }
    }

    // Σ_{s': p(s')=q} x[s',s,t] = perUnit[p(s),q] · Σ_j x[s,j,t]
    private void inputRows() {
        for (int s = 0; s < problem.sites().size(); s++) {
            Product made = problem.product(problem.site(s).product());
            for (Product.Input input : made.inputs()) {
                for (int t = 0; t < periods; t++) {
                    MPConstraint row = solver.makeConstraint(0, 0, "inputs[" + problem.site(s).id() + ","
                            + problem.product(input.product()).id() + "," + problem.period(t).id() + "]");
                    for (int a : problem.arcsIntoSite(s)) {
                        if (problem.arcProduct(a) == input.product() && flow[a][t] != null) row.setCoefficient(flow[a][t], 1);
                    }
                    for (int a : problem.arcsFrom(s)) {
                        if (flow[a][t] != null) row.setCoefficient(flow[a][t], -input.perUnit());
                    }
                }
            }
        }
    }

    // w[u,s,t] ≤ perUnit[u]·years_t·Σ_j x[s,j,t];  Σ_{s,t} w[u,s,t] ≤ amount[u]
    // (w in units of `unit` money, like g: see price())
    private void productionSubsidies() {
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() != Subsidy.Kind.PRODUCTION) continue;
            MPConstraint total = solver.makeConstraint(-MPSolver.infinity(), u.amount() / unit, "amount[" + u.id() + "]");
            for (int s : u.eligibleSites()) {
                for (int t = 0; t < periods; t++) {
                    if (!Coefficients.covers(u, t)) continue;
                    MPVariable w = solver.makeNumVar(0, MPSolver.infinity(),
                            "production[" + u.id() + "," + problem.site(s).id() + "," + problem.period(t).id() + "]");
                    objective.setCoefficient(w, -problem.period(t).discount());
                    total.setCoefficient(w, 1);
                    MPConstraint earned = solver.makeConstraint(-MPSolver.infinity(), 0, "earned[" + w.name() + "]");
                    earned.setCoefficient(w, 1);
                    for (int a : problem.arcsFrom(s)) {
                        if (flow[a][t] != null) earned.setCoefficient(flow[a][t], -u.perUnit() * problem.period(t).years() / unit);
                    }
                    production.add(new Var(u.index(), s, t, w));
                }
            }
        }
    }

    // maxShare Σ_{s∈G} x[s,k,t] ≤ share·d; minShare ≥; maxShortage z ≤ share·d (each elastic)
    private void policies() {
        for (Policy policy : problem.policies()) {
            if (policy instanceof Policy.Share share) {
                for (int di : share.demands()) {
                    Demand d = problem.demand(di);
                    double bound = share.share() * d.quantity();
                    MPConstraint row = share.upper()
                            ? solver.makeConstraint(-MPSolver.infinity(), bound, share.label() + "[" + di + "]")
                            : solver.makeConstraint(bound, MPSolver.infinity(), share.label() + "[" + di + "]");
                    for (int s : share.sites()) {
                        int a = problem.arcIndex(s, d.market(), -1);
                        if (a >= 0 && problem.arcProduct(a) == d.product() && flow[a][d.period()] != null) {
                            row.setCoefficient(flow[a][d.period()], 1);
                        }
                    }
                    row.setCoefficient(slack(share.label()), share.upper() ? -1 : 1);
                }
            } else if (policy instanceof Policy.Shortage cap) {
                for (int di : cap.demands()) {
                    Demand d = problem.demand(di);
                    MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), cap.share() * d.quantity(), cap.label() + "[" + di + "]");
                    if (shortage[di] != null) row.setCoefficient(shortage[di], 1);
                    if (unserved[di] != null) row.setCoefficient(unserved[di], 1);
                    row.setCoefficient(slack(cap.label()), -1);
                }
            }
        }
    }

    // Σ_t years_t Σ_a rate[a]·x[a,t] ≤ exposureCap
    private void exposureCap() {
        if (!problem.objective().hasExposureCap()) return;
        MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), problem.objective().exposureCap(), "exposureCap");
        for (Arc a : problem.arcs()) {
            for (int t = 0; t < periods; t++) {
                if (flow[a.index()][t] != null) {
                    row.setCoefficient(flow[a.index()][t], problem.period(t).years() * problem.exposureRate(a.index()));
                }
            }
        }
        row.setCoefficient(slack("exposureCap"), -1);
    }

    // The objective in units of the largest unit money, so that its coefficients stay near 1 and
    // the prohibitive price near 1e4: GLOP ends ABNORMAL on coefficients of 1e9 next to 1e-3.
    // Money variables (grants g, credits w) are measured in that unit too, so their coefficient
    // stays −δ instead of a −1e-9 that GLOP would round away.
    private void price(MPVariable v, double money) {
        objective.setCoefficient(v, money / unit);
    }

    private MPVariable slack(String label) {
        MPVariable v = solver.makeNumVar(0, MPSolver.infinity(), "slack[" + label + "," + slacks.size() + "]");
        price(v, prohibitive);
        slacks.add(v);
        return v;
    }

    @Override
    public Operations evaluate(int[] builds) {
        setBuilds(builds);
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            // GLOP re-solving from the previous basis occasionally ends ABNORMAL; from scratch it solves.
            solver.reset();
            status = solver.solve();
        }
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            // The model is elastic and bounded, so this is a numerical failure: price it as the
            // worst configuration rather than trusting the numbers.
            failures++;
            return new Operations(0, 0, FAILED);
        }
        return evaluateLast();
    }

    // The money and infeasibility of the last (optimal) solve.
    private Operations evaluateLast() {
        double cost = 0;
        for (int a = 0; a < flow.length; a++) {
            for (int t = 0; t < periods; t++) {
                if (flow[a][t] != null) cost += Math.max(0, flow[a][t].solutionValue()) * Coefficients.flow(problem, a, t);
            }
        }
        double violation = 0;
        for (Demand d : problem.demands()) {
            if (shortage[d.index()] != null) cost += shortage[d.index()].solutionValue() * Coefficients.shortage(problem, d);
            else violation += unserved[d.index()].solutionValue();
        }
        for (MPVariable s : slacks) violation += s.solutionValue();
        double credits = 0;
        for (Var w : production) credits += problem.period(w.period()).discount() * w.variable().solutionValue() * unit;
        return new Operations(cost, credits, violation);
    }

    /**
     * Like {@link #evaluate}, but GLOP stops after {@code millis}; null when it did not reach the
     * optimum in that time (then no second attempt: the caller has a plan to fall back on).
     */
    public Operations evaluateWithin(int[] builds, long millis) {
        setBuilds(builds);
        solver.setTimeLimit(Math.max(1, millis));
        try {
            if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) return null;
        } finally {
            solver.setTimeLimit(0);
        }
        return evaluateLast();
    }

    private void setBuilds(int[] builds) {
        double[][] cap = Coefficients.capacities(problem, builds);
        for (int s = 0; s < cap.length; s++) {
            for (int t = 0; t < periods; t++) capacity[s][t].setUb(cap[s][t]);
        }
        if (grantRows != null) grantRows.setBuilds(builds);
    }

    /**
     * The plan with these builds and the best flows, shortages and grants for them; the
     * violation of the elastic rows is {@link #evaluate}'s (call it first, as this reads the
     * last solve).
     */
    @Override
    public Solution plan(int[] builds) {
        Solution plan = new Solution(problem);
        for (int o = 0; o < problem.options().size(); o++) {
            for (int t = 0; t < periods; t++) plan.builds[o][t] = builds[o * periods + t];
        }
        for (int a = 0; a < flow.length; a++) {
            for (int t = 0; t < periods; t++) {
                if (flow[a][t] != null) plan.flows[a][t] = clean(flow[a][t].solutionValue());
            }
        }
        for (Demand d : problem.demands()) {
            MPVariable z = shortage[d.index()] != null ? shortage[d.index()] : unserved[d.index()];
            plan.shortages[d.index()] = clean(z.solutionValue());
        }
        if (grantRows != null) grantRows.extract(plan);
        for (Var w : production) {
            double amount = clean(w.variable().solutionValue() * unit);
            if (amount > 0) plan.productionGrants.add(new Solution.ProductionGrant(w.subsidy(), w.owner(), w.period(), amount));
        }
        return plan;
    }

    // LP noise below 1e-9 of a unit is no flow; planners should not read 3e-12 units.
    private static double clean(double value) {
        return Math.abs(value) < 1e-9 ? 0 : value;
    }

    /** Exports the model in LP format, for a reader who wants to see the algebra. */
    public String exportLp() {
        return solver.exportModelAsLpFormat();
    }

    /** How many configurations GLOP could not solve, even from scratch. */
    @Override
    public long failures() {
        return failures;
    }

    @Override
    public double magnitude() {
        return Coefficients.magnitude(problem);
    }

    @Override
    public String name() {
        return "lp";
    }

    /** Frees the native model. */
    @Override
    public void release() {
        solver.delete();
    }
}
