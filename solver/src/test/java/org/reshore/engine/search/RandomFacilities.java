package org.reshore.engine.search;

import java.util.Random;
import org.reshore.engine.search.flow.CapexGrants;
import org.reshore.engine.search.flow.Operations;
import org.reshore.engine.search.flow.TransportFlows;
import org.reshore.model.Problem;

/** Seeded random capacitated facility location problems, and their optimum by enumeration. */
final class RandomFacilities {
    private RandomFacilities() {
    }

    static Problem instance(int facilities, int customers, long seed) {
        Random random = new Random(seed);
        double[][] fx = new double[facilities][2];
        double[][] cx = new double[customers][2];
        for (double[] p : fx) { p[0] = random.nextDouble(); p[1] = random.nextDouble(); }
        for (double[] p : cx) { p[0] = random.nextDouble(); p[1] = random.nextDouble(); }
        double[] demand = new double[customers];
        double total = 0;
        for (int j = 0; j < customers; j++) total += demand[j] = 5 + random.nextInt(20);
        double[] cap = new double[facilities];
        double[] open = new double[facilities];
        double[][] cost = new double[facilities][customers];
        for (int i = 0; i < facilities; i++) {
            cap[i] = Math.round(total * (0.15 + 0.25 * random.nextDouble()));
            open[i] = 200 + random.nextInt(400);
            for (int j = 0; j < customers; j++) cost[i][j] = 10 * Math.hypot(fx[i][0] - cx[j][0], fx[i][1] - cx[j][1]);
        }
        return Fixtures.facilities("random-" + facilities + "x" + customers + "-" + seed, cap, open, demand, cost);
    }

    /** The optimum over all 2^n open sets, each priced by the exact transport flows. */
    static double bruteForce(Problem problem) {
        TransportFlows flows = new TransportFlows(problem);
        CapexGrants grants = new CapexGrants(problem);
        int n = problem.options().size();
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < 1 << n; mask++) {
            int[] builds = new int[n];
            double capex = 0;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) { builds[i] = 1; capex += problem.option(i).capex(); }
            }
            Operations ops = flows.evaluate(builds);
            if (ops.violation() > 1e-9) continue;
            best = Math.min(best, capex + ops.cost() - grants.allocate(builds).discountedGrants());
        }
        return best;
    }
}
