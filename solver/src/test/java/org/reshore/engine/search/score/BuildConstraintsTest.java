package org.reshore.engine.search.score;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.reshore.engine.search.SearchContext;
import org.reshore.engine.search.domain.BuildModule;
import org.reshore.engine.search.domain.BuildPlan;
import org.reshore.model.CapacityOption;
import org.reshore.model.Period;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Subsidy;

/**
 * Every constraint, once where it penalises (or rewards) and once where it does not, on the
 * design's worked examples; the money is the README's arithmetic, times the score scale.
 */
class BuildConstraintsTest {
    private final ConstraintVerifier<BuildConstraints, BuildPlan> verifier =
            ConstraintVerifier.build(new BuildConstraints(), BuildPlan.class, BuildModule.class);

    private static BuildModule module(SearchContext context, int option, int ordinal, int builtFrom) {
        CapacityOption o = context.problem().option(option);
        List<Integer> range = new java.util.ArrayList<>(List.of(BuildModule.NEVER));
        for (int t = o.earliestPeriod(); t < context.problem().periods().size(); t++) range.add(t);
        return new BuildModule(context, option, ordinal, range, builtFrom);
    }

    private static long soft(SearchContext context, double money) {
        return Math.round(money * context.scale());
    }

    @Test
    void unservedMustMeetDemandIsHard() {
        // tiny-policy: China capped at 30 of 100; each Kumamoto module gives 40.
        SearchContext context = new SearchContext(org.reshore.engine.search.FixturesAccess.tinyPolicy());
        verifier.verifyThat(BuildConstraints::operationsInfeasible)
                .given(module(context, 0, 0, BuildModule.NEVER), module(context, 0, 1, BuildModule.NEVER),
                        module(context, 0, 2, BuildModule.NEVER))
                .penalizesBy(70 * 1000L);
        verifier.verifyThat(BuildConstraints::operationsInfeasible)
                .given(module(context, 0, 0, 0), module(context, 0, 1, 0), module(context, 0, 2, BuildModule.NEVER))
                .penalizesBy(0);
    }

    @Test
    void budgetCountsCapexNetOfGrants() {
        // o1 costs 1000, the programme pays 300: 700 spent against a budget of 500.
        Policy budget = new Policy.Budget(0, "policies[0] budget", 500, List.of(0), List.of(0));
        SearchContext context = new SearchContext(org.reshore.engine.search.FixturesAccess.tinyExposure(List.of(budget), 0, List.of()));
        verifier.verifyThat(BuildConstraints::budget).given(module(context, 0, 0, 0)).penalizesBy(200 * 1000L);
        verifier.verifyThat(BuildConstraints::budget).given(module(context, 0, 0, BuildModule.NEVER)).penalizesBy(0);
    }

    @Test
    void capexIsChargedPerBuild() {
        SearchContext context = new SearchContext(org.reshore.engine.search.FixturesAccess.tinyExposure());
        verifier.verifyThat(BuildConstraints::capex).given(module(context, 0, 0, 0)).penalizesBy(soft(context, 1000));
        verifier.verifyThat(BuildConstraints::capex).given(module(context, 0, 0, BuildModule.NEVER)).penalizesBy(0);
    }

    @Test
    void fixedCostRunsFromTheBuildPeriodToTheEnd() {
        // Two periods (1 year, δ 1; 2 years, δ 1/1.1); fixed cost 10 a year; built from the second.
        Problem base = org.reshore.engine.search.FixturesAccess.tinyExposure(List.of(), 10, List.of());
        Problem twoPeriods = org.reshore.engine.search.FixturesAccess.withPeriods(base,
                List.of(new Period("p1", 0, 1, 1), new Period("p2", 1, 2, 1 / 1.1)));
        SearchContext context = new SearchContext(twoPeriods);
        verifier.verifyThat(BuildConstraints::fixedCost).given(module(context, 0, 0, 1)).penalizesBy(soft(context, 10 * 2 / 1.1));
        verifier.verifyThat(BuildConstraints::fixedCost).given(module(context, 0, 0, 0))
                .penalizesBy(soft(context, 10 * (1 + 2 / 1.1)));
        verifier.verifyThat(BuildConstraints::fixedCost).given(module(context, 0, 0, BuildModule.NEVER)).penalizesBy(0);
    }

    @Test
    void capexSubsidiesRewardTheGrant() {
        SearchContext context = new SearchContext(org.reshore.engine.search.FixturesAccess.tinyExposure());
        verifier.verifyThat(BuildConstraints::capexSubsidies).given(module(context, 0, 0, 0)).rewardsWith(soft(context, 300));
        verifier.verifyThat(BuildConstraints::capexSubsidies).given(module(context, 0, 0, BuildModule.NEVER)).rewardsWith(0);
    }

    @Test
    void operationsPriceTheBestFlows() {
        SearchContext context = new SearchContext(org.reshore.engine.search.FixturesAccess.tinyExposure());
        // built: 50 from China at 13 + exposure 3, 50 from the US at 15
        verifier.verifyThat(BuildConstraints::operations).given(module(context, 0, 0, 0)).penalizesBy(soft(context, 50 * 16 + 50 * 15));
        // not built: 80 from China, 20 short at 1000
        verifier.verifyThat(BuildConstraints::operations).given(module(context, 0, 0, BuildModule.NEVER))
                .penalizesBy(soft(context, 80 * 16 + 20 * 1000));
    }

    @Test
    void productionSubsidiesRewardOutput() {
        // 2 per unit made in the US, at most 60 in all: 50 units from the plant earn 60.
        Subsidy credit = new Subsidy("ptc", 1, Subsidy.Kind.PRODUCTION, 60, 0, 2, List.of(), List.of(1), List.of(0));
        SearchContext context = new SearchContext(org.reshore.engine.search.FixturesAccess.tinyExposure(List.of(), 0, List.of(credit)));
        verifier.verifyThat(BuildConstraints::productionSubsidies).given(module(context, 0, 0, 0)).rewardsWith(soft(context, 60));
        verifier.verifyThat(BuildConstraints::productionSubsidies).given(module(context, 0, 0, BuildModule.NEVER)).rewardsWith(0);
    }
}
