package org.reshore.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.reshore.engine.search.SearchConfig;
import org.reshore.engine.search.SearchContext;
import org.reshore.engine.search.domain.BuildModule;
import org.reshore.engine.search.domain.BuildPlan;
import org.reshore.engine.search.score.BuildConstraints;
import org.reshore.model.Objective;
import org.reshore.model.Problem;

/**
 * OptaPlanner's own benchmarker on a suite's search configurations (the suite's
 * {@code "optaplannerBenchmark": true}), for tuning the local search alone: its report, with
 * best score over time, step scores, score calculation speed, moves per step and memory, per
 * problem in {@code DIR/optaplanner/<problem>/}. One benchmark per problem, because a reshore
 * search configuration becomes an OptaPlanner one through the problem (tabu size and step limits
 * from the number of modules, temperatures in the problem's score scale).
 *
 * <p>What it measures is the search phase only, from the greedy start, under the configuration's
 * time limit; reshore's finishing LP is not part of it, and scores are OptaPlanner's (hard:
 * infeasibility, soft: −money × scale), not evaluator-checked objectives. No warm-up: the JIT
 * warms up during the first solver's run. Problems the search refuses (robust or lexicographic
 * objectives) or where nothing can be built are listed as skipped.
 */
final class OptaPlannerBenchmark {
    private final PrintWriter err;

    OptaPlannerBenchmark(PrintWriter err) {
        this.err = err;
    }

    /** Runs the benchmarks into {@code out/optaplanner/} and says where each report is, relative to {@code out}. */
    List<BenchResults.OptaPlannerReport> run(Suite suite, Path out) throws IOException {
        List<Suite.Configuration> configs = suite.configurations().stream().filter(c -> c.engine().equals("search")).toList();
        long seed = suite.seeds().get(0);
        List<BenchResults.OptaPlannerReport> reports = new ArrayList<>();
        for (BenchProblem bp : suite.problems()) {
            Problem problem;
            try {
                problem = bp.load();
            } catch (Exception e) {
                reports.add(new BenchResults.OptaPlannerReport(bp.id(), null, "skipped: cannot read it: " + BenchRunner.firstLine(e)));
                continue;
            }
            String skip = skip(problem);
            if (skip != null) {
                reports.add(new BenchResults.OptaPlannerReport(bp.id(), null, "skipped: " + skip));
                continue;
            }
            err.printf(Locale.ROOT, "bench: OptaPlanner's benchmarker on %s: %d configuration(s)%n", bp.id(), configs.size());
            err.flush();
            Path dir = out.resolve("optaplanner").resolve(bp.id());
            try {
                File report = benchmark(bp, problem, configs, seed, dir);
                reports.add(new BenchResults.OptaPlannerReport(bp.id(), out.toAbsolutePath().relativize(report.toPath().toAbsolutePath())
                        .toString().replace(File.separatorChar, '/'), null));
            } catch (RuntimeException e) {
                reports.add(new BenchResults.OptaPlannerReport(bp.id(), null, "failed: " + BenchRunner.firstLine(e)));
            } finally {
                BuildPlanFileIO.releaseAll();
            }
        }
        return reports;
    }

    private static String skip(Problem problem) {
        Objective o = problem.objective();
        if (o.robust()) return "robust mode (scenarioWeight > 0): the search engine refuses it";
        if (o.mode() == Objective.Mode.LEXICOGRAPHIC) return "lexicographic objective: the search engine refuses it";
        boolean buildable = problem.options().stream().anyMatch(op -> op.earliestPeriod() < problem.periods().size());
        return buildable ? null : "nothing can be built: there is nothing to search";
    }

    private File benchmark(BenchProblem bp, Problem problem, List<Suite.Configuration> configs, long seed, Path dir)
            throws IOException {
        // the benchmarker reads its problems from files: a run spec naming the problem (BuildPlanFileIO),
        // kept out of DIR because it names the problem by its absolute path
        Path tmp = Files.createTempDirectory("reshore-optaplanner");
        Path input = tmp.resolve(bp.id() + ".json");
        try {
            Files.writeString(input, new ObjectMapper().writeValueAsString(new RunSpec(bp, configs.get(0), seed, 1).toJson()));
            return benchmark(bp, problem, configs, seed, dir, input);
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(tmp);
        }
    }

    private File benchmark(BenchProblem bp, Problem problem, List<Suite.Configuration> configs, long seed, Path dir,
                           Path input) throws IOException {
        SearchContext context = new SearchContext(problem);
        int modules = problem.options().stream().mapToInt(o -> o.maxBuilds()).sum();
        List<SolverBenchmarkConfig> solvers = new ArrayList<>();
        try {
            for (Suite.Configuration c : configs) {
                solvers.add(new SolverBenchmarkConfig().withName(c.name())
                        .withSolverConfig(solverConfig(c, context.scale(), modules, seed)));
            }
        } finally {
            context.release();
        }
        ProblemBenchmarksConfig problems = new ProblemBenchmarksConfig()
                .withSolutionFileIOClass(BuildPlanFileIO.class)
                .withInputSolutionFiles(input.toFile())
                .withWriteOutputSolutionEnabled(false)
                .withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE, ProblemStatisticType.STEP_SCORE,
                        ProblemStatisticType.SCORE_CALCULATION_SPEED, ProblemStatisticType.MOVE_COUNT_PER_STEP,
                        ProblemStatisticType.MEMORY_USE);
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName("reshore " + bp.id())
                .withBenchmarkDirectory(dir.toFile())
                .withParallelBenchmarkCount("1")
                .withWarmUpMillisecondsSpentLimit(0L)
                .withInheritedSolverBenchmarkConfig(new SolverBenchmarkConfig().withProblemBenchmarksConfig(problems))
                .withSolverBenchmarkConfigList(solvers);
        // the report's charts are drawn with AWT, which needs no display
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        File result = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark().benchmark();
        // the report is in a folder named by the time it started; the latest one is this run's
        try (var folders = Files.list(result.toPath())) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("index.html")))
                    .max(java.util.Comparator.comparing(f -> f.getFileName().toString()))
                    .map(f -> f.resolve("index.html").toFile()).orElse(result);
        }
    }

    /** The OptaPlanner solver configuration the search engine would make of {@code c} for this problem. */
    static SolverConfig solverConfig(Suite.Configuration c, double scale, int modules, long seed) {
        String path = c.params().get("config");
        SolverConfig config;
        if (path != null && path.endsWith(".xml")) {
            config = SolverConfig.createFromXmlFile(new File(path), OptaPlannerBenchmark.class.getClassLoader());
        } else {
            try {
                SearchConfig search = path == null ? SearchConfig.defaults() : SearchConfig.read(Path.of(path));
                config = search.toSolverConfig(scale, modules, seed);
            } catch (IOException e) {
                throw new IllegalArgumentException("search configuration " + path + ": " + e.getMessage(), e);
            }
        }
        TerminationConfig termination = config.getTerminationConfig() == null ? new TerminationConfig() : config.getTerminationConfig();
        Long own = termination.getMillisecondsSpentLimit();
        termination.setSpentLimit(null);
        long limit = c.timeLimit().toMillis();
        termination.withMillisecondsSpentLimit(own == null ? limit : Math.min(own, limit));
        return config.withTerminationConfig(termination)
                .withSolutionClass(BuildPlan.class)
                .withEntityClasses(BuildModule.class)
                .withConstraintProviderClass(BuildConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed);
    }
}
