package org.reshore.engine.search.move;

import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.reshore.engine.search.domain.BuildModule;
import org.reshore.engine.search.domain.BuildPlan;

/**
 * A restart for iterated local search: back to the best plan found so far, then {@code strength}
 * random modules flipped (a built one closed, an unbuilt one opened in a random allowed period),
 * so that the next local-search phase starts near the best but outside its local optimum.
 */
public final class Perturbation implements CustomPhaseCommand<BuildPlan> {
    private final int strength;
    private final Random random;

    public Perturbation(int strength, long seed) {
        this.strength = strength;
        this.random = new Random(seed);
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<BuildPlan> director) {
        List<BuildModule> modules = director.getWorkingSolution().getModules();
        if (modules.isEmpty()) return;
        int[] best = modules.get(0).getContext().bestBuiltFrom();
        for (int i = 0; best != null && i < modules.size(); i++) set(director, modules.get(i), best[i]);
        for (int k = 0; k < strength; k++) {
            BuildModule m = modules.get(random.nextInt(modules.size()));
            List<Integer> range = m.getPeriodRange();
            if (m.isBuilt()) {
                set(director, m, BuildModule.NEVER);
            } else if (range.size() > 1) {
                int period;
                do {
                    period = range.get(random.nextInt(range.size()));
                } while (period == BuildModule.NEVER);
                set(director, m, period);
            }
        }
        director.triggerVariableListeners();
    }

    private static void set(ScoreDirector<BuildPlan> director, BuildModule m, int value) {
        if (m.getBuiltFrom() != null && m.getBuiltFrom() == value) return;
        director.beforeVariableChanged(m, "builtFrom");
        m.setBuiltFrom(value);
        director.afterVariableChanged(m, "builtFrom");
    }
}
