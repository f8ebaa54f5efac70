package org.reshore.engine.search;

import java.util.List;
import org.reshore.model.Period;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Subsidy;

/** Opens the package-private fixtures to the tests of sub-packages. */
public final class FixturesAccess {
    private FixturesAccess() {
    }

    public static Problem tinyExposure() {
        return Fixtures.tinyExposure();
    }

    public static Problem tinyExposure(List<Policy> policies, double fixedCost, List<Subsidy> extra) {
        return Fixtures.tinyExposure(policies, fixedCost, extra);
    }

    public static Problem tinyPolicy() {
        return Fixtures.tinyPolicy();
    }

    /** The same problem over other periods (demands stay in the first). */
    public static Problem withPeriods(Problem p, List<Period> periods) {
        return new Problem(p.name(), p.description(), p.currency(), p.sha256(), periods, p.economies(), p.products(),
                p.markets(), p.sites(), p.options(), p.demands(), p.arcs(), p.blockedRoutes(), p.subsidies(), p.policies(),
                p.stockpiles(), p.scenarios(), p.objective());
    }
}
