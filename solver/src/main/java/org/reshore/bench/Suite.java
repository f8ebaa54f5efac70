package org.reshore.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A benchmark suite as read from its JSON file (benchmarks/README.md): the problems to solve, the
 * engine configurations to solve them with, the seeds and how often each (problem, configuration,
 * seed) is repeated. Every path is already resolved against the suite file's folder.
 *
 * @param bestKnown            an optima file (CSV with columns name and optimal_value), or null
 * @param childJvm             each run in a fresh JVM of its own (clean heap, JIT and resident memory;
 *                             killed when it overruns its limit), rather than one after the other in this one
 * @param jvmOptions           options of those child JVMs after the ones inherited (e.g. -Xmx8g)
 * @param optaplannerBenchmark also run OptaPlanner's own benchmarker on the search configurations
 */
public record Suite(String name, String description, Path file, List<BenchProblem> problems,
                    List<Configuration> configurations, List<Long> seeds, int repetitions, Path bestKnown,
                    boolean childJvm, List<String> jvmOptions, boolean optaplannerBenchmark) {
    public Suite {
        problems = List.copyOf(problems);
        configurations = List.copyOf(configurations);
        seeds = List.copyOf(seeds);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** A suite run in this JVM, without OptaPlanner's benchmarker. */
    public Suite(String name, String description, Path file, List<BenchProblem> problems,
                 List<Configuration> configurations, List<Long> seeds, int repetitions, Path bestKnown) {
        this(name, description, file, problems, configurations, seeds, repetitions, bestKnown, false, List.of(), false);
    }

    /**
     * One way to solve: an engine (greedy, mip, search) with its options. {@code params} are the
     * engine parameters passed through SolveOptions (backend, config); {@code warmStart} starts the
     * mip and search engines from the greedy plan, as {@code reshore solve} does.
     */
    public record Configuration(String name, String engine, Duration timeLimit, double gap, int threads,
                                Map<String, String> params, boolean warmStart) {
        public Configuration {
            params = Map.copyOf(params);
        }

        public Configuration withTimeLimit(Duration limit) {
            return new Configuration(name, engine, limit, gap, threads, params, warmStart);
        }
    }

    /** The same suite with every time limit replaced by {@code limit} (the command's --time-limit). */
    public Suite withTimeLimit(Duration limit) {
        return new Suite(name, description, file, problems,
                configurations.stream().map(c -> c.withTimeLimit(limit)).toList(), seeds, repetitions, bestKnown,
                childJvm, jvmOptions, optaplannerBenchmark);
    }

    /** The same suite with its runs in child JVMs or not (the command's --[no-]child-jvm). */
    public Suite withChildJvm(boolean child) {
        return new Suite(name, description, file, problems, configurations, seeds, repetitions, bestKnown, child,
                jvmOptions, optaplannerBenchmark);
    }

    /** Number of runs: problems × configurations × seeds × repetitions. */
    public int runs() {
        return problems.size() * configurations.size() * seeds.size() * repetitions;
    }
}
