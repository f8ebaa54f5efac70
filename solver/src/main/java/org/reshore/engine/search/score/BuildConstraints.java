package org.reshore.engine.search.score;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.reshore.engine.search.SearchContext;
import org.reshore.engine.search.domain.BuildModule;

/**
 * The objective of MODEL.md §3 for a build configuration. Builds are priced one by one (capex,
 * fixed cost); everything that depends on the whole configuration (flows with their bills of
 * materials, shortages, exposure, policies, subsidies, budgets) is priced once per configuration
 * by the exact flow model in {@link SearchContext}. Hard: infeasibility; soft: money × scale.
 */
public final class BuildConstraints implements ConstraintProvider {
    public static final String OPERATIONS_INFEASIBLE = "Unserved must-meet demand or broken policy";
    public static final String BUDGET = "Budget exceeded";
    public static final String CAPEX = "Capex";
    public static final String FIXED_COST = "Fixed cost";
    public static final String CAPEX_SUBSIDIES = "Capex subsidies";
    public static final String OPERATIONS = "Flows, shortages and exposure";
    public static final String PRODUCTION_SUBSIDIES = "Production subsidies";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            operationsInfeasible(factory),
            budget(factory),
            capex(factory),
            fixedCost(factory),
            capexSubsidies(factory),
            operations(factory),
            productionSubsidies(factory)
        };
    }

    // Must-meet demand unserved, share / shortage policies or the exposure cap broken, per unit.
    Constraint operationsInfeasible(ConstraintFactory factory) {
        return factory.forEach(BuildModule.class)
                .groupBy(ConfigurationCollector.INSTANCE)
                .filter(c -> c.context().operations(c).violation() > 1e-7)
                .penalizeLong(HardSoftLongScore.ONE_HARD, c -> SearchContext.hard(c.context().operations(c).violation()))
                .asConstraint(OPERATIONS_INFEASIBLE);
    }

    // Σ (capex·b − grants) over a budget's builds ≤ amount, per unit of money over.
    Constraint budget(ConstraintFactory factory) {
        return factory.forEach(BuildModule.class)
                .groupBy(ConfigurationCollector.INSTANCE)
                .filter(c -> c.context().grants().allocate(c.builds()).budgetExcess() > 1e-7)
                .penalizeLong(HardSoftLongScore.ONE_HARD, c -> SearchContext.hard(c.context().grants().allocate(c.builds()).budgetExcess()))
                .asConstraint(BUDGET);
    }

    // δ_t · capex[o] for each build.
    Constraint capex(ConstraintFactory factory) {
        return factory.forEach(BuildModule.class)
                .filter(BuildModule::isBuilt)
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        m -> m.getContext().soft(m.getContext().capexWeight(m.getOption(), m.getBuiltFrom())))
                .asConstraint(CAPEX);
    }

    // fixedCost[o] · Σ_{τ≥t} δ_τ·years_τ for each build made in t.
    Constraint fixedCost(ConstraintFactory factory) {
        return factory.forEach(BuildModule.class)
                .filter(m -> m.isBuilt() && m.getContext().fixedWeight(m.getOption(), m.getBuiltFrom()) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        m -> m.getContext().soft(m.getContext().fixedWeight(m.getOption(), m.getBuiltFrom())))
                .asConstraint(FIXED_COST);
    }

    // Σ δ_t·g[u,o,t] of a greedy allocation of the capex programmes (the final LP re-optimises it).
    Constraint capexSubsidies(ConstraintFactory factory) {
        return factory.forEach(BuildModule.class)
                .groupBy(ConfigurationCollector.INSTANCE)
                .filter(c -> c.context().soft(c.context().grants().allocate(c.builds()).discountedGrants()) > 0)
                .rewardLong(HardSoftLongScore.ONE_SOFT, c -> c.context().soft(c.context().grants().allocate(c.builds()).discountedGrants()))
                .asConstraint(CAPEX_SUBSIDIES);
    }

    // Best flows for the builds: delivered cost incl. inputs, shortage penalties, priced exposure.
    Constraint operations(ConstraintFactory factory) {
        return factory.forEach(BuildModule.class)
                .groupBy(ConfigurationCollector.INSTANCE)
                .filter(c -> c.context().soft(c.context().operations(c).cost()) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, c -> c.context().soft(c.context().operations(c).cost()))
                .asConstraint(OPERATIONS);
    }

    // Σ δ_t·w[u,s,t] earned by the best flows.
    Constraint productionSubsidies(ConstraintFactory factory) {
        return factory.forEach(BuildModule.class)
                .groupBy(ConfigurationCollector.INSTANCE)
                .filter(c -> c.context().soft(c.context().operations(c).productionSubsidies()) > 0)
                .rewardLong(HardSoftLongScore.ONE_SOFT, c -> c.context().soft(c.context().operations(c).productionSubsidies()))
                .asConstraint(PRODUCTION_SUBSIDIES);
    }
}
