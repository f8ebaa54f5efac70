package org.reshore.engine.search.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.reshore.model.Problem;
import org.junit.jupiter.api.Test;

/** The fast transport model against the LP on the same build configurations: same money, same violation. */
class TransportFlowsTest {
    @Test
    void transportEqualsTheLpOnRandomConfigurations() {
        for (long seed = 1; seed <= 5; seed++) compareOnRandomConfigurations(RandomTransport.problem(seed, 1, 7, 12), seed);
    }

    /** Three products: the model solves one network per period and product; the LP solves them all at once. */
    @Test
    void transportEqualsTheLpWithSeveralProducts() {
        for (long seed = 11; seed <= 13; seed++) compareOnRandomConfigurations(RandomTransport.problem(seed, 3, 7, 12), seed);
    }

    private static void compareOnRandomConfigurations(Problem problem, long seed) {
        {
            TransportFlows transport = new TransportFlows(problem);
            FlowLp lp = new FlowLp(problem, false);
            Random r = new Random(seed);
            try {
                for (int trial = 0; trial < 40; trial++) {
                    int[] builds = new int[problem.options().size() * 2];
                    for (int o = 0; o < problem.options().size(); o++) {
                        builds[o * 2] = r.nextInt(3) == 0 ? 1 : 0;
                        builds[o * 2 + 1] = r.nextInt(3) == 0 ? 1 : 0;
                    }
                    Operations fast = transport.evaluate(builds);
                    Operations exact = lp.evaluate(builds);
                    String where = "seed " + seed + " trial " + trial;
                    assertEquals(exact.violation(), fast.violation(), 1e-6, where);
                    assertEquals(exact.cost(), fast.cost(), 1e-7 * Math.max(1, exact.cost()), where);
                }
            } finally {
                lp.release();
            }
        }
    }
}
