package org.reshore.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.evaluate.ScenarioStress;
import org.reshore.model.Demand;
import org.reshore.model.Problem;
import org.reshore.model.Scenario;
import org.reshore.model.Solution;
import org.reshore.model.Stockpile;

/**
 * Runs a plan through the problem's disruption scenarios (MODEL.md §3: builds and stockpiles held,
 * flows, releases and shortages re-chosen). Every figure is the evaluator's: once on the plan as it
 * is, once on the plan with its stockpiles emptied, which gives the yearly shortage the scenario's
 * capacity alone leaves and so the time the stockpile buys ({@link StressResult.Line}).
 */
public final class StressTest {
    private static final double TOL = 1e-6;
    private final Evaluator evaluator;

    /** {@code evaluator} must have a recourse solver, or there is nothing to stress. */
    public StressTest(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Every scenario, or only {@code scenarioId} when it is not null. */
    public List<StressResult> run(Problem problem, Solution plan, String scenarioId) {
        if (scenarioId != null && problem.scenarioIndex(scenarioId) < 0) {
            throw new IllegalArgumentException("unknown scenario \"" + scenarioId + "\" (known: "
                    + String.join(", ", problem.scenarios().stream().map(Scenario::id).toList()) + ")");
        }
        Evaluation held = evaluator.evaluate(problem, plan);
        Evaluation empty = evaluator.evaluate(problem, withoutStock(problem, plan));
        List<StressResult> out = new ArrayList<>();
        for (Scenario sc : problem.scenarios()) {
            if (scenarioId != null && !sc.id().equals(scenarioId)) continue;
            ScenarioStress with = find(held, sc.id());
            ScenarioStress without = find(empty, sc.id());
            out.add(new StressResult(sc.id(), sc.name(), with.period(), sc.probability(), sc.years(), with.yearlyCost(),
                    with.recourse(), lines(problem, plan, sc, with, without)));
        }
        return out;
    }

    private static ScenarioStress find(Evaluation e, String id) {
        for (ScenarioStress s : e.stress()) if (s.scenario().equals(id)) return s;
        throw new IllegalStateException("the evaluator ran no stress test for scenario " + id
                + " (was it given a recourse solver?)");
    }

    private static List<StressResult.Line> lines(Problem problem, Solution plan, Scenario sc, ScenarioStress with,
                                                 ScenarioStress without) {
        Map<String, double[]> stock = new TreeMap<>();
        for (Stockpile h : problem.stockpiles()) {
            stock.merge(key(problem, h.market(), h.product()), new double[] {plan.stockpiles[h.index()]},
                    (x, y) -> new double[] {x[0] + y[0]});
        }
        List<StressResult.Line> out = new ArrayList<>();
        for (Demand d : problem.demands()) {
            if (d.period() != sc.period()) continue;
            String key = key(problem, d.market(), d.product());
            double h = stock.getOrDefault(key, new double[1])[0];
            double s0 = without.shortages().getOrDefault(key, 0.0);
            double tts = s0 <= TOL ? Double.POSITIVE_INFINITY : h / s0;
            out.add(new StressResult.Line(problem.market(d.market()).id(), problem.product(d.product()).id(),
                    problem.product(d.product()).unit(), h, with.releases().getOrDefault(key, 0.0),
                    with.shortages().getOrDefault(key, 0.0), s0, tts));
        }
        return out;
    }

    // the evaluator keys its stress figures by "market/product"
    private static String key(Problem problem, int market, int product) {
        return problem.market(market).id() + "/" + problem.product(product).id();
    }

    private static Solution withoutStock(Problem problem, Solution plan) {
        Solution s = new Solution(problem);
        for (int o = 0; o < s.builds.length; o++) s.builds[o] = plan.builds[o].clone();
        for (int a = 0; a < s.flows.length; a++) s.flows[a] = plan.flows[a].clone();
        System.arraycopy(plan.shortages, 0, s.shortages, 0, s.shortages.length);
        s.capexGrants.addAll(plan.capexGrants);
        s.productionGrants.addAll(plan.productionGrants);
        return s; // stockpiles stay 0
    }
}
