package org.reshore.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.optaplanner.persistence.common.api.domain.solution.SolutionFileIO;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.greedy.GreedySolver;
import org.reshore.engine.search.SearchContext;
import org.reshore.engine.search.SearchMapping;
import org.reshore.engine.search.domain.BuildPlan;
import org.reshore.model.Problem;

/**
 * How OptaPlanner's benchmarker reads a problem: its input file is a run spec (see
 * {@link RunSpec}) naming a reshore problem; reading it reads the problem and makes the search
 * engine's starting point (the greedy plan's builds), with a score context of its own. The
 * benchmarker reads the file again for every solver it runs, so no solver profits from the flow
 * evaluations another one cached. Contexts are kept until {@link #releaseAll} frees their native
 * LP solvers.
 */
public final class BuildPlanFileIO implements SolutionFileIO<BuildPlan> {
    private static final List<SearchContext> OPEN = new ArrayList<>();

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public BuildPlan read(File file) {
        try {
            RunSpec spec = RunSpec.fromJson(new ObjectMapper().readTree(file));
            return start(spec.problem().load(), spec.seed());
        } catch (IOException | SuiteException | org.reshore.io.InputException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** The search engine's start on {@code problem}: the greedy plan's builds, every module a planning entity. */
    static BuildPlan start(Problem problem, long seed) {
        SearchContext context = new SearchContext(problem);
        synchronized (OPEN) {
            OPEN.add(context);
        }
        SolveResult greedy = new GreedySolver().solve(problem,
                new SolveOptions(Duration.ofMinutes(10), seed, 1, 1e-6, Map.of(), null), p -> { });
        return new BuildPlan(SearchMapping.modules(context, greedy.solution()));
    }

    @Override
    public void write(BuildPlan solution, File file) {
        throw new UnsupportedOperationException("reshore does not write OptaPlanner's solutions: plans come from reshore solve");
    }

    static void releaseAll() {
        synchronized (OPEN) {
            OPEN.forEach(SearchContext::release);
            OPEN.clear();
        }
    }
}
