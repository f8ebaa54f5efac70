package org.reshore.engine.mip;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.reshore.engine.Progress;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * Uses a given plan (the greedy one, usually) as a warm start. SCIP and CBC take it as a hint for
 * their first incumbent. HiGHS through OR-Tools 9.15's MPSolver crashes on hints, so there the
 * plan's objective (as the evaluator prices it) becomes HiGHS's objective bound, and the plan
 * itself is returned when HiGHS finds nothing cheaper in time.
 */
final class WarmStart {
    /** A warm start the evaluator found feasible, with its objective. */
    record Start(Solution plan, double objective) {}

    private WarmStart() {}

    /** The warm start with its objective, or null when the evaluator finds it infeasible. */
    static Start judge(Problem p, Solution plan) {
        Evaluation e = new Evaluator(new GlopRecourseSolver()).evaluate(p, plan);
        return e.feasible() && Double.isFinite(e.objective()) ? new Start(plan, e.objective()) : null;
    }

    /**
     * The warm start as the answer: OPTIMAL when the solver proved that nothing is cheaper than the
     * cutoff (it reports the cut-off model infeasible), or proved its own incumbent optimal within
     * the gap while that incumbent is no cheaper than the warm start (then the warm start is within
     * the gap of the same bound); FEASIBLE otherwise.
     */
    static SolveResult result(Start ws, OrToolsBackend.Outcome out, long start, Map<String, Object> config,
                              Map<String, Number> stats, Consumer<Progress> progress) {
        double secs = (System.nanoTime() - start) / 1e9;
        boolean cutOff = out.status() == Status.INFEASIBLE;
        boolean proven = cutOff || out.status() == Status.OPTIMAL;
        double bound = cutOff ? ws.objective() : Double.isNaN(out.bound()) ? Double.NaN : Math.min(out.bound(), ws.objective());
        double gap = Double.isNaN(bound) ? Double.NaN : (ws.objective() - bound) / Math.max(1e-9, Math.abs(ws.objective()));
        stats.put("warmStartKept", 1);
        progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start), ws.objective(), bound));
        Status status = out.status() == Status.INTERRUPTED ? Status.INTERRUPTED : proven ? Status.OPTIMAL : Status.FEASIBLE;
        return new SolveResult(ws.plan(), status, ws.objective(), bound, gap, secs, config, stats);
    }

    static void hint(ReshoreModel rm, Solution start, OrToolsBackend be) {
        Problem p = rm.p;
        int n = rm.linear().numVars();
        double[] v = new double[n];
        boolean[] given = new boolean[n];
        for (int o = 0; o < p.options().size(); o++) {
            for (int t = 0; t < p.periods().size(); t++) set(v, given, rm.build[o][t], start.builds[o][t]);
        }
        for (int a = 0; a < p.arcs().size(); a++) {
            for (int t = 0; t < p.periods().size(); t++) set(v, given, rm.flow[a][t], start.flows[a][t]);
        }
        for (int d = 0; d < p.demands().size(); d++) set(v, given, rm.shortage[d], start.shortages[d]);
        for (int i = 0; i < p.stockpiles().size(); i++) set(v, given, rm.stock[i], start.stockpiles[i]);
        for (ReshoreModel.Grant g : rm.capexGrants) set(v, given, g.var(), 0);
        for (Solution.CapexGrant cg : start.capexGrants) {
            for (ReshoreModel.Grant g : rm.capexGrants) {
                if (g.subsidy() == cg.subsidy() && g.target() == cg.option() && g.period() == cg.period()) {
                    v[g.var()] += cg.amount() / g.unit();
                }
            }
        }
        for (ReshoreModel.Grant g : rm.prodGrants) set(v, given, g.var(), 0);
        for (Solution.ProductionGrant pg : start.productionGrants) {
            for (ReshoreModel.Grant g : rm.prodGrants) {
                if (g.subsidy() == pg.subsidy() && g.target() == pg.site() && g.period() == pg.period()) {
                    v[g.var()] += pg.amount() / g.unit();
                }
            }
        }
        be.setHint(v, given);
    }

    private static void set(double[] v, boolean[] given, int var, double value) {
        if (var < 0) return;
        v[var] = value;
        given[var] = true;
    }
}
