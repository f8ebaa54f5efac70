package org.reshore.engine.search.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.reshore.engine.search.SearchContext;

/**
 * One build of a capacity option: the fab, the plant, or one module of a modular option (an option
 * with maxBuilds 3 has three of these). The only decision is the period from which it is built, or
 * {@link #NEVER}. b[o,t] is the number of modules of o built from t. Flows are not decided here:
 * for each build configuration they follow from an exact flow model inside the score.
 */
@PlanningEntity
public class BuildModule {
    /** The value of {@link #builtFrom} for a module that is not built. */
    public static final int NEVER = -1;

    @PlanningId
    private String id;
    private int option;
    private int ordinal;
    private List<Integer> periodRange;
    private SearchContext context;

    @PlanningVariable(valueRangeProviderRefs = "periodRange")
    private Integer builtFrom;

    /** For OptaPlanner's cloner. */
    public BuildModule() {
    }

    /** Module {@code ordinal} of option {@code option}; {@code periodRange} is NEVER plus the periods it may be built in. */
    public BuildModule(SearchContext context, int option, int ordinal, List<Integer> periodRange, int builtFrom) {
        this.id = option + "#" + ordinal;
        this.context = context;
        this.option = option;
        this.ordinal = ordinal;
        this.periodRange = List.copyOf(periodRange);
        this.builtFrom = builtFrom;
    }

    @ValueRangeProvider(id = "periodRange")
    public List<Integer> getPeriodRange() {
        return periodRange;
    }

    public String getId() {
        return id;
    }

    public int getOption() {
        return option;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public SearchContext getContext() {
        return context;
    }

    public Integer getBuiltFrom() {
        return builtFrom;
    }

    public void setBuiltFrom(Integer builtFrom) {
        this.builtFrom = builtFrom;
    }

    public boolean isBuilt() {
        return builtFrom != null && builtFrom != NEVER;
    }

    @Override
    public String toString() {
        return "module " + id + (isBuilt() ? " from period " + builtFrom : " not built");
    }
}
