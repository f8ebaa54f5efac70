package org.reshore.engine;

/** How a solve ended. */
public enum Status {
    /** Proven optimal within the requested gap. */
    OPTIMAL,
    /** A feasible plan, optimality not proven (bound and gap say how far it may be). */
    FEASIBLE,
    /** Proven to have no feasible plan. */
    INFEASIBLE,
    /** No feasible plan found within the limit, infeasibility not proven either. */
    NO_SOLUTION,
    /** Stopped by the user; the plan is the best found so far. */
    INTERRUPTED
}
