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
 * @param bestKnown an optima file (CSV with columns name and optimal_value), or null
 */
public record Suite(String name, String description, Path file, List<BenchProblem> problems,
                    List<Configuration> configurations, List<Long> seeds, int repetitions, Path bestKnown) {
    public Suite {
        problems = List.copyOf(problems);
        configurations = List.copyOf(configurations);
        seeds = List.copyOf(seeds);
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
                configurations.stream().map(c -> c.withTimeLimit(limit)).toList(), seeds, repetitions, bestKnown);
    }

    /** Number of runs: problems × configurations × seeds × repetitions. */
    public int runs() {
        return problems.size() * configurations.size() * seeds.size() * repetitions;
    }
}
