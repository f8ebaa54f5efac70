package org.reshore.engine.mip;

/**
 * The factor the objective is divided by before it reaches the solver: a power of ten that
 * brings the largest coefficient into [1e3, 1e4), so that ¥200B of capex next to unit costs of a
 * few dollars stays within the solver's tolerances. Small objectives are left alone (factor 1).
 */
final class Scaling {
    private Scaling() {}

    static double objectiveScale(LinExpr objective) {
        double max = 0;
        objective.compact();
        for (int i = 0; i < objective.size(); i++) max = Math.max(max, Math.abs(objective.coef(i)));
        if (!(max > 1e4) || !Double.isFinite(max)) return 1;
        return Math.pow(10, Math.floor(Math.log10(max)) - 3);
    }
}
