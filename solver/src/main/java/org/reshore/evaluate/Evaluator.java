package org.reshore.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reshore.model.CapacityOption;
import org.reshore.model.Problem;
import org.reshore.model.Scenario;
import org.reshore.model.Solution;

/**
 * The one judge of every plan (MODEL.md §5): checks every constraint of §3, prices the plan as §3
 * says, measures its exposure and, with a {@link RecourseSolver}, runs it through each disruption
 * scenario. Engine-neutral; engines report the objective this class computes.
 *
 * <p>Without a recourse solver, a robust problem (scenarioWeight &gt; 0 and scenarios) gets
 * {@link Evaluation.ScenarioTerm#NOT_COMPUTED} and a NaN objective rather than a silent 0.
 */
public final class Evaluator {
    private final RecourseSolver recourse;

    /** An evaluator without recourse solver: no stress section, robust problems get no objective. */
    public Evaluator() {
        this(null);
    }

    /** An evaluator that solves each scenario's recourse with {@code recourse} (may be null). */
    public Evaluator(RecourseSolver recourse) {
        this.recourse = recourse;
    }

    /** Judges {@code plan} on {@code problem}. The plan is read, never changed. */
    public Evaluation evaluate(Problem problem, Solution plan) {
        checkShape(problem, plan);
        List<Violation> violations = new ArrayList<>();
        new FeasibilityCheck(problem, plan, violations).run();
        CostAccounting money = new CostAccounting(problem, plan);
        money.run();
        new GrantAndPolicyCheck(problem, plan, violations).run(money.exposure);

        boolean robust = problem.objective().robust() && !problem.scenarios().isEmpty();
        List<ScenarioStress> stress = new ArrayList<>();
        Evaluation.ScenarioTerm term;
        double scenarios = 0;
        if (recourse != null && !problem.scenarios().isEmpty()) {
            double sum = 0;
            for (Scenario sc : problem.scenarios()) {
                ScenarioStress st = stress(problem, plan, sc);
                stress.add(st);
                sum += sc.probability() * st.recourse();
            }
            term = robust ? Evaluation.ScenarioTerm.COMPUTED : Evaluation.ScenarioTerm.NOT_NEEDED;
            if (robust) scenarios = problem.objective().scenarioWeight() * sum;
        } else if (robust) {
            term = Evaluation.ScenarioTerm.NOT_COMPUTED;
            scenarios = Double.NaN;
        } else {
            term = Evaluation.ScenarioTerm.NOT_NEEDED;
        }
        CostBreakdown cost = money.breakdown(scenarios);
        Contributions contributions = new Contributions(money.sites, money.options, money.subsidies, money.marketProducts);
        return new Evaluation(problem.name(), violations.isEmpty(), cost.total(), cost, money.exposure, violations,
                MarketAnalysis.run(problem, plan), contributions, term, stress, builds(problem, plan),
                grants(problem, plan));
    }

    private ScenarioStress stress(Problem problem, Solution plan, Scenario sc) {
        RecourseSolver.Recourse r = recourse.solve(problem, plan, sc);
        double value = r.yearlyCost() * sc.years() * problem.period(sc.period()).discount();
        Map<String, Double> shortages = new LinkedHashMap<>();
        if (r.shortage() != null) {
            for (int d = 0; d < r.shortage().length && d < problem.demands().size(); d++) {
                if (r.shortage()[d] > FeasibilityCheck.ABS) {
                    var dem = problem.demand(d);
                    shortages.merge(problem.market(dem.market()).id() + "/" + problem.product(dem.product()).id(),
                            r.shortage()[d], Double::sum);
                }
            }
        }
        Map<String, Double> releases = new LinkedHashMap<>();
        if (r.release() != null) {
            for (int k = 0; k < r.release().length && k < problem.stockpiles().size(); k++) {
                if (r.release()[k] > FeasibilityCheck.ABS) {
                    var st = problem.stockpiles().get(k);
                    releases.put(problem.market(st.market()).id() + "/" + problem.product(st.product()).id(),
                            r.release()[k]);
                }
            }
        }
        return new ScenarioStress(sc.id(), problem.period(sc.period()).id(), sc.probability(), sc.years(),
                r.yearlyCost(), value, shortages, releases);
    }

    private static void checkShape(Problem problem, Solution plan) {
        int periods = problem.periods().size();
        boolean ok = plan.builds.length == problem.options().size() && plan.flows.length == problem.arcs().size()
                && plan.shortages.length == problem.demands().size()
                && plan.stockpiles.length == problem.stockpiles().size();
        for (int[] b : plan.builds) ok &= b.length == periods;
        for (double[] x : plan.flows) ok &= x.length == periods;
        if (!ok) {
            throw new IllegalArgumentException("the plan was made for another problem than " + problem.name()
                    + ": its arrays do not match the problem's options, arcs, demands, stockpiles or periods");
        }
    }

    private static List<PlanItems.Build> builds(Problem problem, Solution plan) {
        List<PlanItems.Build> out = new ArrayList<>();
        for (CapacityOption o : problem.options()) {
            for (int t = 0; t < problem.periods().size(); t++) {
                int b = plan.builds[o.index()][t];
                if (b != 0) out.add(new PlanItems.Build(problem.site(o.site()).id(), o.id(), problem.period(t).id(), b));
            }
        }
        return out;
    }

    private static List<PlanItems.Grant> grants(Problem problem, Solution plan) {
        List<PlanItems.Grant> out = new ArrayList<>();
        for (Solution.CapexGrant g : plan.capexGrants) {
            CapacityOption o = problem.option(g.option());
            out.add(new PlanItems.Grant(problem.subsidies().get(g.subsidy()).id(), "capex", problem.site(o.site()).id(),
                    o.id(), problem.period(g.period()).id(), g.amount()));
        }
        for (Solution.ProductionGrant w : plan.productionGrants) {
            out.add(new PlanItems.Grant(problem.subsidies().get(w.subsidy()).id(), "production",
                    problem.site(w.site()).id(), null, problem.period(w.period()).id(), w.amount()));
        }
        return out;
    }
}
