package org.reshore.engine.search;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.reshore.engine.StopSignal;
import org.reshore.engine.search.domain.BuildPlan;

/**
 * Stops OptaPlanner at the next phase start or step end once a stop was requested. The stop hook
 * calls {@code terminateEarly()} at once, but a call that comes before {@code solve()} has started
 * is forgotten (solve resets it); this listener repeats it from inside the solve.
 */
final class StopListener extends PhaseLifecycleListenerAdapter<BuildPlan> {
    private final StopSignal stop;
    private final Solver<BuildPlan> solver;

    StopListener(StopSignal stop, Solver<BuildPlan> solver) {
        this.stop = stop;
        this.solver = solver;
    }

    @Override
    public void phaseStarted(AbstractPhaseScope<BuildPlan> phaseScope) {
        if (stop.requested()) solver.terminateEarly();
    }

    @Override
    public void stepEnded(AbstractStepScope<BuildPlan> stepScope) {
        if (stop.requested()) solver.terminateEarly();
    }
}
