package org.reshore.engine.mip;

import org.reshore.engine.Status;
import org.reshore.evaluate.RecourseSolver;
import org.reshore.model.Problem;
import org.reshore.model.Scenario;
import org.reshore.model.Site;
import org.reshore.model.Solution;

/**
 * The recourse LP of a disruption for a fixed plan, solved with GLOP: the plan's builds up to the
 * scenario's period and its stockpile levels are held, and one year's flows, releases and
 * shortages are re-chosen at least delivered cost plus shortage penalties (MODEL.md §3).
 * The evaluator uses it for robust mode and stress tests.
 */
public final class GlopRecourseSolver implements RecourseSolver {
    private final String backend;

    public GlopRecourseSolver() {
        this("glop");
    }

    /** A recourse solver on another LP backend ("glop", "highs", "cbc", "scip"). */
    public GlopRecourseSolver(String backend) {
        this.backend = backend;
    }

    @Override
    public Recourse solve(Problem problem, Solution plan, Scenario scenario) {
        LinearModel m = new LinearModel();
        int t = scenario.period();
        RecourseFormulation r = new RecourseFormulation(m, problem, scenario,
                s -> new LinExpr().addConstant(capacity(problem, plan, s, t)),
                i -> new LinExpr().addConstant(plan.stockpiles[i]));
        try (OrToolsBackend be = new OrToolsBackend(m, backend)) {
            be.setObjective(r.yearlyCost, 1);
            OrToolsBackend.Outcome out = be.solve(60_000, 0, 1);
            if (out.status() != Status.OPTIMAL) {
                throw new IllegalStateException("recourse LP of scenario " + scenario.id() + " ended " + out.raw()
                        + " (every demand should be able to fall short: is unservedPenalty set?)");
            }
            double[] shortage = new double[problem.demands().size()];
            double[] release = new double[problem.stockpiles().size()];
            for (int d = 0; d < shortage.length; d++) {
                if (r.shortage[d] >= 0) shortage[d] = Math.max(0, out.values()[r.shortage[d]]);
            }
            for (int i = 0; i < release.length; i++) {
                if (r.release[i] >= 0) release[i] = Math.max(0, out.values()[r.release[i]]);
            }
            return new Recourse(r.yearlyCost.value(clip(out.values())), shortage, release);
        }
    }

    private static double[] clip(double[] x) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) y[i] = Math.max(0, y[i]);
        return y;
    }

    private static double capacity(Problem p, Solution plan, int s, int t) {
        Site site = p.site(s);
        double cap = site.capacity();
        for (int o : site.options()) cap += p.option(o).capacity() * plan.builtBy(o, t);
        return cap;
    }
}
