package org.reshore.engine.search.score;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;
import org.reshore.engine.search.domain.BuildModule;

/**
 * Gathers every module into the build configuration b[o,t], incrementally: a move that changes one
 * module adds and removes one count. One shared instance so that the constraints that price a
 * whole configuration share one group node.
 */
final class ConfigurationCollector implements UniConstraintCollector<BuildModule, ConfigurationCollector.Counts, BuildConfiguration> {
    static final ConfigurationCollector INSTANCE = new ConfigurationCollector();

    static final class Counts {
        BuildModule any;
        int[] builds;
    }

    private ConfigurationCollector() {
    }

    @Override
    public Supplier<Counts> supplier() {
        return Counts::new;
    }

    @Override
    public BiFunction<Counts, BuildModule, Runnable> accumulator() {
        return (counts, module) -> {
            if (counts.builds == null) {
                counts.any = module;
                int n = module.getContext().problem().options().size() * module.getContext().problem().periods().size();
                counts.builds = new int[n];
            }
            if (!module.isBuilt()) return () -> { };
            int key = module.getOption() * module.getContext().problem().periods().size() + module.getBuiltFrom();
            counts.builds[key]++;
            return () -> counts.builds[key]--;
        };
    }

    @Override
    public Function<Counts, BuildConfiguration> finisher() {
        return counts -> new BuildConfiguration(counts.any.getContext(), counts.builds.clone());
    }
}
