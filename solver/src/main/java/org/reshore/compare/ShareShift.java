package org.reshore.compare;

import org.reshore.evaluate.MarketExposure;
import org.reshore.model.Problem;

/**
 * The largest move of one source economy's share in one market's supply of one product in one
 * period, between the baseline and another plan (both shares from the evaluator). {@code used}
 * is set once a build sentence has told it, so it is not told twice.
 */
final class ShareShift {
    final MarketExposure market;
    final String economy;
    final double from;
    final double to;
    boolean used;

    ShareShift(MarketExposure market, String economy, double from, double to) {
        this.market = market;
        this.economy = economy;
        this.from = from;
        this.to = to;
    }

    String subject() {
        return market.market() + "/" + market.product() + "/" + market.period() + "/" + economy;
    }

    /** "cuts China's share of US widget supply from 80% to 50%". */
    String phrase(Problem problem) {
        String name = problem.economy(problem.economyIndex(economy)).name();
        if (name == null || name.isBlank()) name = economy;
        String period = problem.periods().size() > 1 ? " in " + market.period() : "";
        return (to > from ? "raises " : "cuts ") + name + (name.endsWith("s") ? "'" : "'s") + " share of " + market.market() + " " + market.product()
                + " supply" + period + " from " + Words.percent(from) + " to " + Words.percent(to);
    }
}
