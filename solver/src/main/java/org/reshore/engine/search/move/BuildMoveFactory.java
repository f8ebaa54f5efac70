package org.reshore.engine.search.move;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.reshore.engine.search.domain.BuildModule;
import org.reshore.engine.search.domain.BuildPlan;

/**
 * The neighbourhood of a build configuration, drawn at random with configurable weights:
 * <b>open</b> (one more build of an option, at a period it allows), <b>close</b> (one build
 * fewer), <b>shift</b> (a build to another period) and <b>swap</b> (close a build and open one of
 * another option making the same product, in one step). Modules of one option are interchangeable,
 * so opening always takes the option's first unbuilt module: no move merely permutes modules.
 * Weights come from the solver configuration's custom properties (openWeight, closeWeight,
 * shiftWeight, swapWeight).
 */
public final class BuildMoveFactory implements MoveIteratorFactory<BuildPlan, BuildMove> {
    private static final int TRIES = 50;

    private double openWeight = 1;
    private double closeWeight = 1;
    private double shiftWeight = 0.5;
    private double swapWeight = 2;

    public void setOpenWeight(double weight) {
        openWeight = weight;
    }

    public void setCloseWeight(double weight) {
        closeWeight = weight;
    }

    public void setShiftWeight(double weight) {
        shiftWeight = weight;
    }

    public void setSwapWeight(double weight) {
        swapWeight = weight;
    }

    @Override
    public long getSize(ScoreDirector<BuildPlan> director) {
        long n = director.getWorkingSolution().getModules().size();
        return n * (n + 2);
    }

    @Override
    public Iterator<BuildMove> createOriginalMoveIterator(ScoreDirector<BuildPlan> director) {
        List<BuildMove> moves = new ArrayList<>();
        for (BuildModule m : director.getWorkingSolution().getModules()) {
            for (int period : m.getPeriodRange()) {
                if (!Integer.valueOf(period).equals(m.getBuiltFrom())) moves.add(BuildMove.set("set", m, period));
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<BuildMove> createRandomMoveIterator(ScoreDirector<BuildPlan> director, Random random) {
        Neighbourhood hood = new Neighbourhood(director.getWorkingSolution().getModules(), random);
        double total = openWeight + closeWeight + shiftWeight + swapWeight;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public BuildMove next() {
                for (int i = 0; i < TRIES; i++) {
                    double r = random.nextDouble() * total;
                    BuildMove move;
                    if ((r -= openWeight) < 0) move = hood.open();
                    else if ((r -= closeWeight) < 0) move = hood.close();
                    else if ((r -= shiftWeight) < 0) move = hood.shift();
                    else move = hood.swap();
                    if (move != null) return move;
                }
                return hood.idle();
            }
        };
    }
}
