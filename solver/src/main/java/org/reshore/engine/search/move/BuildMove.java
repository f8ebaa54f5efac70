package org.reshore.engine.search.move;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.reshore.engine.search.domain.BuildModule;
import org.reshore.engine.search.domain.BuildPlan;

/**
 * Sets the build period of one or more modules at once: opening a capacity option (a module from
 * NEVER to a period), closing it, shifting it in time, or swapping (close one, open another) in
 * a single step, so that the search never has to pass through a configuration with too little
 * or too much capacity to reach the next good one.
 */
public final class BuildMove extends AbstractMove<BuildPlan> {
    private final String kind;
    private final List<BuildModule> modules;
    private final List<Integer> periods;

    public BuildMove(String kind, List<BuildModule> modules, List<Integer> periods) {
        this.kind = kind;
        this.modules = List.copyOf(modules);
        this.periods = List.copyOf(periods);
    }

    public static BuildMove set(String kind, BuildModule module, int period) {
        return new BuildMove(kind, List.of(module), List.of(period));
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BuildPlan> director) {
        for (int i = 0; i < modules.size(); i++) {
            if (!periods.get(i).equals(modules.get(i).getBuiltFrom())) return true;
        }
        return false;
    }

    @Override
    protected BuildMove createUndoMove(ScoreDirector<BuildPlan> director) {
        List<Integer> old = new ArrayList<>();
        for (BuildModule m : modules) old.add(m.getBuiltFrom());
        return new BuildMove("undo " + kind, modules, old);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<BuildPlan> director) {
        for (int i = 0; i < modules.size(); i++) {
            BuildModule m = modules.get(i);
            director.beforeVariableChanged(m, "builtFrom");
            m.setBuiltFrom(periods.get(i));
            director.afterVariableChanged(m, "builtFrom");
        }
    }

    @Override
    public BuildMove rebase(ScoreDirector<BuildPlan> destination) {
        return new BuildMove(kind, rebaseList(modules, destination), periods);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "BuildMove(" + kind + ")";
    }

    @Override
    public Collection<BuildModule> getPlanningEntities() {
        return modules;
    }

    @Override
    public Collection<Integer> getPlanningValues() {
        return periods;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind);
        for (int i = 0; i < modules.size(); i++) text.append(' ').append(modules.get(i).getId()).append("→").append(periods.get(i));
        return text.toString();
    }
}
