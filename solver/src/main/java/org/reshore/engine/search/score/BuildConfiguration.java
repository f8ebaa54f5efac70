package org.reshore.engine.search.score;

import java.util.Arrays;
import org.reshore.engine.search.SearchContext;

/**
 * A snapshot of every build decision: b[o,t] at {@code builds[o·periods + t]}. Equal snapshots
 * are equal configurations, which is what the flow cache is keyed on.
 */
public final class BuildConfiguration {
    private final SearchContext context;
    private final int[] builds;
    private final int hash;

    public BuildConfiguration(SearchContext context, int[] builds) {
        this.context = context;
        this.builds = builds;
        this.hash = Arrays.hashCode(builds);
    }

    public SearchContext context() {
        return context;
    }

    /** b[o,t], flattened by option then period; do not modify. */
    public int[] builds() {
        return builds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BuildConfiguration c && hash == c.hash && Arrays.equals(builds, c.builds);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "builds " + Arrays.toString(builds);
    }
}
