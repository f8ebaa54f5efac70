package org.reshore.model;

import java.util.List;

/** A policy of MODEL.md §3 (7); {@code label} names it for planners ("policies[0] maxShare …"). */
public sealed interface Policy {
    int index();

    String label();

    /**
     * maxShare / minShare: for each covered demand (k,p,t), Σ_{s∈sites} x[s,k,t] ≤ (≥) share·d[k,p,t].
     */
    record Share(int index, String label, boolean upper, double share, List<Integer> sites,
                 List<Integer> demands) implements Policy {
        public Share {
            sites = List.copyOf(sites);
            demands = List.copyOf(demands);
        }
    }

    /** Σ_{o∈options, t∈periods} (capex[o]·b[o,t] − Σ_u g[u,o,t]) ≤ amount (nominal). */
    record Budget(int index, String label, double amount, List<Integer> options, List<Integer> periods)
            implements Policy {
        public Budget {
            options = List.copyOf(options);
            periods = List.copyOf(periods);
        }
    }

    /** For each covered demand: z[k,p,t] ≤ share·d[k,p,t]. */
    record Shortage(int index, String label, double share, List<Integer> demands) implements Policy {
        public Shortage {
            demands = List.copyOf(demands);
        }
    }
}
