package org.reshore.engine.search.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The search's view of a plan: which modules are built and from when. The hard score counts
 * infeasibility (unserved must-meet demand, broken policies or budgets), the soft score the
 * money of MODEL.md §3 for these builds, scaled to whole units (see SearchContext#scale).
 */
@PlanningSolution
public class BuildPlan {
    @PlanningEntityCollectionProperty
    private List<BuildModule> modules;

    @PlanningScore
    private HardSoftLongScore score;

    /** For OptaPlanner's cloner. */
    public BuildPlan() {
    }

    public BuildPlan(List<BuildModule> modules) {
        this.modules = new ArrayList<>(modules);
    }

    public List<BuildModule> getModules() {
        return modules;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
