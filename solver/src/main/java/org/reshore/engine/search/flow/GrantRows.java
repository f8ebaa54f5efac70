package org.reshore.engine.search.flow;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.reshore.model.CapacityOption;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Solution;
import org.reshore.model.Subsidy;

/**
 * The capex-grant part of {@link FlowLp}: grant variables g (in units of {@code unit} money, as
 * FlowLp explains), their limits, and the budget rows, whose right sides follow the builds.
 */
final class GrantRows {
    private record Grant(int subsidy, int option, int period, MPVariable variable) {}

    private final Problem problem;
    private final int periods;
    private final double unit;
    private final List<Grant> grants = new ArrayList<>();
    private final MPConstraint[][] limit;
    private final List<MPConstraint> budgetRows = new ArrayList<>();
    private final List<Policy.Budget> budgets = new ArrayList<>();

    // g[u,o,t] ≤ maxShare·capex·b[o,t]; Σ_u g[u,o,t] ≤ capex·b[o,t]; Σ g[u,·,·] ≤ amount[u];
    // budgets: Σ_{o∈sel,t∈periods} (capex·b − Σ_u g) ≤ amount, elastic  (builds on the right side)
    GrantRows(Problem problem, MPSolver solver, MPObjective objective, double unit, Function<String, MPVariable> slack) {
        this.problem = problem;
        this.periods = problem.periods().size();
        this.unit = unit;
        for (Policy policy : problem.policies()) {
            if (!(policy instanceof Policy.Budget budget)) continue;
            MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), budget.amount() / unit, budget.label());
            row.setCoefficient(slack.apply(budget.label()), -1);
            budgetRows.add(row);
            budgets.add(budget);
        }
        limit = new MPConstraint[problem.options().size()][periods];
        for (CapacityOption o : problem.options()) {
            for (int t = 0; t < periods; t++) {
                limit[o.index()][t] = solver.makeConstraint(-MPSolver.infinity(), 0, "grants[" + o.id() + "," + t + "]");
            }
        }
        for (Subsidy u : problem.subsidies()) {
            if (u.kind() != Subsidy.Kind.CAPEX) continue;
            MPConstraint total = solver.makeConstraint(-MPSolver.infinity(), u.amount() / unit, "amount[" + u.id() + "]");
            for (int o : u.eligibleOptions()) {
                for (int t = 0; t < periods; t++) {
                    if (!Coefficients.covers(u, t)) continue;
                    MPVariable g = solver.makeNumVar(0, 0, "grant[" + u.id() + "," + problem.option(o).id() + "," + t + "]");
                    objective.setCoefficient(g, -problem.period(t).discount());
                    total.setCoefficient(g, 1);
                    limit[o][t].setCoefficient(g, 1);
                    for (int i = 0; i < budgets.size(); i++) {
                        if (budgets.get(i).options().contains(o) && budgets.get(i).periods().contains(t)) {
                            budgetRows.get(i).setCoefficient(g, -1);
                        }
                    }
                    grants.add(new Grant(u.index(), o, t, g));
                }
            }
        }
    }

    /** Grant limits and budget room for builds b[o,t] (flattened by option, then period). */
    void setBuilds(int[] builds) {
        for (CapacityOption o : problem.options()) {
            for (int t = 0; t < periods; t++) limit[o.index()][t].setUb(o.capex() * builds[o.index() * periods + t] / unit);
        }
        for (Grant g : grants) {
            double share = problem.subsidies().get(g.subsidy()).maxShare();
            g.variable().setUb(share * problem.option(g.option()).capex() * builds[g.option() * periods + g.period()] / unit);
        }
        for (int i = 0; i < budgets.size(); i++) {
            double gross = 0;
            for (int o : budgets.get(i).options()) {
                for (int t : budgets.get(i).periods()) gross += problem.option(o).capex() * builds[o * periods + t];
            }
            budgetRows.get(i).setUb((budgets.get(i).amount() - gross) / unit);
        }
    }

    /** The last solve's grants, in money, into the plan. */
    void extract(Solution plan) {
        for (Grant g : grants) {
            double amount = g.variable().solutionValue() * unit;
            if (amount >= 1e-9) plan.capexGrants.add(new Solution.CapexGrant(g.subsidy(), g.option(), g.period(), amount));
        }
    }
}
