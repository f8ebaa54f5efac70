package org.reshore.engine.search;

import java.util.ArrayList;
import java.util.List;
import org.reshore.engine.search.domain.BuildModule;
import org.reshore.model.CapacityOption;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/** Between the model's b[o,t] and the search's modules, both ways. */
public final class SearchMapping {
    private SearchMapping() {
    }

    /**
     * One module per possible build of every option. With a warm start its builds are taken
     * (b[o,t] modules of o built from t, capped at maxBuilds); without one every module is built
     * at its earliest period, the configuration with the most capacity, which is feasible
     * whenever any configuration is, and the search closes what does not pay.
     */
    public static List<BuildModule> modules(SearchContext context, Solution warmStart) {
        Problem problem = context.problem();
        int periods = problem.periods().size();
        List<BuildModule> modules = new ArrayList<>();
        for (CapacityOption o : problem.options()) {
            List<Integer> range = new ArrayList<>();
            range.add(BuildModule.NEVER);
            for (int t = o.earliestPeriod(); t < periods; t++) range.add(t);
            if (range.size() == 1) continue; // buildable in no period of the horizon
            List<Integer> start = new ArrayList<>();
            if (warmStart != null) {
                for (int t = o.earliestPeriod(); t < periods; t++) {
                    for (int k = 0; k < warmStart.builds[o.index()][t]; k++) start.add(t);
                }
            }
            for (int k = 0; k < o.maxBuilds(); k++) {
                int from = warmStart == null ? o.earliestPeriod() : k < start.size() ? start.get(k) : BuildModule.NEVER;
                modules.add(new BuildModule(context, o.index(), k, range, from));
            }
        }
        return modules;
    }

    /** b[o,t] flattened by option, then period. */
    public static int[] builds(Problem problem, List<BuildModule> modules) {
        int periods = problem.periods().size();
        int[] builds = new int[problem.options().size() * periods];
        for (BuildModule m : modules) {
            if (m.isBuilt()) builds[m.getOption() * periods + m.getBuiltFrom()]++;
        }
        return builds;
    }
}
