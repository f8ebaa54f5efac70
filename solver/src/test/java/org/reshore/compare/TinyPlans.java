package org.reshore.compare;

import java.nio.file.Path;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/** The plans of problems/examples/tiny-exposure.json that the README works out by hand. */
public final class TinyPlans {
    public static final Path EXAMPLES = Path.of("..", "problems", "examples");

    private TinyPlans() {}

    public static Problem read(String file) throws Exception {
        return new ProblemReader().read(EXAMPLES.resolve(file)).problem();
    }

    /** {@code china} units from cn, {@code us} from us (which needs o1 built, granted 300), the rest short. */
    public static Solution tinyExposure(Problem p, double china, double us, boolean build) {
        Solution s = new Solution(p);
        int cn = p.siteIndex("cn");
        int usSite = p.siteIndex("us");
        int market = p.marketIndex("US");
        s.flows[p.arcIndex(cn, market, -1)][0] = china;
        s.flows[p.arcIndex(usSite, market, -1)][0] = us;
        s.shortages[0] = 100 - china - us;
        if (build) {
            s.builds[p.optionIndex("o1")][0] = 1;
            s.capexGrants.add(new Solution.CapexGrant(p.subsidyIndex("s"), p.optionIndex("o1"), 0, 300));
        }
        return s;
    }

    public static ComparedPlan plan(Problem p, String label, Solution s) {
        return new ComparedPlan(label, label + ".plan.json", s, new Evaluator().evaluate(p, s));
    }
}
