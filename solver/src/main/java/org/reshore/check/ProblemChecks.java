package org.reshore.check;

import java.util.ArrayList;
import java.util.List;
import org.reshore.model.Demand;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Site;

/**
 * Checks that need the whole resolved problem: demand that no plan can serve and inputs that no
 * site makes. They are warnings, not errors: the file means what it says, but probably not what the
 * planner meant.
 */
public final class ProblemChecks {
    private ProblemChecks() {}

    public static List<Finding> warnings(Problem p) {
        List<Finding> out = new ArrayList<>();
        boolean[][] served = new boolean[p.markets().size()][p.products().size()];
        for (int a = 0; a < p.arcs().size(); a++) {
            if (p.arc(a).servesMarket()) served[p.arc(a).toMarket()][p.arcProduct(a)] = true;
        }
        for (Demand d : p.demands()) {
            if (served[d.market()][d.product()] || d.quantity() == 0) continue;
            String what = "no site can deliver " + p.product(d.product()).id() + " to " + p.market(d.market()).id();
            if (d.shortageAllowed()) {
                out.add(new Finding("demand", d.index(), what + ": all of it will be short",
                        "add a site making it, or unblock a lane"));
            } else {
                out.add(new Finding("demand", d.index(), what + " and the demand has no shortagePenalty: "
                        + "every plan is infeasible", "add a site making it, unblock a lane, or set a shortagePenalty"));
            }
        }
        boolean[] made = new boolean[p.products().size()];
        for (Site s : p.sites()) made[s.product()] = true;
        for (Site s : p.sites()) {
            for (Product.Input in : p.product(s.product()).inputs()) {
                if (!made[in.product()]) {
                    out.add(new Finding("sites", s.index(), "no site makes " + p.product(in.product()).id() + ", an input of "
                            + p.product(s.product()).id() + ": this site cannot produce", "add a site making it"));
                }
            }
        }
        return out;
    }
}
