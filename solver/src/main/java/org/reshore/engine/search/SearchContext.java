package org.reshore.engine.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reshore.engine.search.flow.CapexGrants;
import org.reshore.engine.search.flow.FlowLp;
import org.reshore.engine.search.flow.Operations;
import org.reshore.engine.search.flow.OperationsEvaluator;
import org.reshore.engine.search.flow.TransportFlows;
import org.reshore.engine.search.score.BuildConfiguration;
import org.reshore.model.CapacityOption;
import org.reshore.model.Period;
import org.reshore.model.Problem;

/**
 * What the score needs to know about the problem, computed once: the discounted money of each
 * build, the scale from money to whole score units, and the flow model that prices a build
 * configuration exactly (min-cost flow for pure transport problems, an LP otherwise). Evaluations
 * are cached per configuration, because local search revisits the same configurations often.
 */
public final class SearchContext {
    /** Score units per unit of infeasibility (a unit of unserved demand, of policy slack, of money over budget). */
    public static final double HARD_SCALE = 1000;
    private static final int CACHE_LIMIT = 200_000;

    private final Problem problem;
    private final double scale;
    private final double[][] capexWeight;
    private final double[][] fixedWeight;
    private final OperationsEvaluator operations;
    private final CapexGrants grants;
    private final Map<BuildConfiguration, Operations> cache = new LinkedHashMap<>();
    private long flowSolves;
    private long slowestSolveNanos;
    private int[] bestBuiltFrom;

    public SearchContext(Problem problem) {
        this(problem, TransportFlows.fits(problem) ? new TransportFlows(problem) : new FlowLp(problem, false));
    }

    public SearchContext(Problem problem, OperationsEvaluator operations) {
        this.problem = problem;
        this.operations = operations;
        this.grants = new CapexGrants(problem);
        int periods = problem.periods().size();
        capexWeight = new double[problem.options().size()][periods];
        fixedWeight = new double[problem.options().size()][periods];
        double magnitude = 1;
        for (CapacityOption o : problem.options()) {
            for (int t = 0; t < periods; t++) {
                capexWeight[o.index()][t] = problem.period(t).discount() * o.capex();
                double tail = 0;
                for (int u = t; u < periods; u++) {
                    Period p = problem.period(u);
                    tail += p.discount() * p.years();
                }
                fixedWeight[o.index()][t] = o.fixedCost() * tail;
            }
            magnitude += o.maxBuilds() * (o.capex() + fixedWeight[o.index()][0]);
        }
        magnitude += operations.magnitude();
        // Whole score units must resolve money finely yet keep every sum far below Long.MAX_VALUE.
        scale = Math.pow(10, Math.floor(Math.log10(1e14 / magnitude)));
    }

    public Problem problem() {
        return problem;
    }

    /** Score units per unit of money. */
    public double scale() {
        return scale;
    }

    /** Discounted capex of one build of option o made in period t. */
    public double capexWeight(int option, int period) {
        return capexWeight[option][period];
    }

    /** Discounted, year-weighted fixed cost of one build of option o made in period t, over the rest of the horizon. */
    public double fixedWeight(int option, int period) {
        return fixedWeight[option][period];
    }

    public CapexGrants grants() {
        return grants;
    }

    /** The flows' money and infeasibility for this configuration, from the cache when seen before. */
    public Operations operations(BuildConfiguration configuration) {
        Operations known = cache.get(configuration);
        if (known != null) return known;
        flowSolves++;
        long began = System.nanoTime();
        Operations result = operations.evaluate(configuration.builds());
        slowestSolveNanos = Math.max(slowestSolveNanos, System.nanoTime() - began);
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(configuration, result);
        return result;
    }

    /** Money to score units, rounded. */
    public long soft(double money) {
        return Math.round(money * scale);
    }

    /** Infeasibility to hard score units: anything above the tolerance costs at least one unit. */
    public static long hard(double violation) {
        if (violation <= 1e-7) return 0;
        // capped, so that a sum of constraint weights can never overflow a long
        return Math.max(1, Math.round(Math.min(violation, 1e12) * HARD_SCALE));
    }

    /** How many configurations the flow model solved (the rest came from the cache). */
    public long flowSolves() {
        return flowSolves;
    }

    /** The longest one exact pricing of a configuration took so far, in seconds (0 before the first). */
    public double slowestSolveSeconds() {
        return slowestSolveNanos / 1e9;
    }

    /** Remembers the best plan's periods, module by module (for restarts from the best). */
    public void rememberBest(int[] builtFrom) {
        bestBuiltFrom = builtFrom.clone();
    }

    /** The best plan's periods, module by module; null before the first best. */
    public int[] bestBuiltFrom() {
        return bestBuiltFrom;
    }

    /** The flow model that prices configurations during the search. */
    public OperationsEvaluator evaluator() {
        return operations;
    }

    /** Configurations the flow model failed to price (GLOP numerical failures). */
    public long flowFailures() {
        return operations.failures();
    }

    /** Frees the flow model's native memory, if it holds any. */
    public void release() {
        operations.release();
    }

    public String flowModel() {
        return operations.name();
    }
}
