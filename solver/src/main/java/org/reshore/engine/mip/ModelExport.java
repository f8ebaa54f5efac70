package org.reshore.engine.mip;

import java.io.IOException;
import java.nio.file.Path;
import org.reshore.io.AtomicFiles;
import org.reshore.model.Problem;

/**
 * Writes the reshore MIP of a problem as an LP or MPS file with names built from ids
 * ({@code flow[tsmc-az,US,2024]}, {@code demand[US,logic-5nm,2024]}), for reading, for other
 * solvers, or for a bug report. The objective is the weighted formula in base currency, unscaled;
 * in lexicographic mode it is the weighted formula too (the stages are not exported). Grants are
 * held as the solver sees them: {@code capexGrant} as a share of the option's capex (its objective
 * coefficient is −δ·capex), {@code prodGrant} as the output it pays for (−δ·perUnit·years); the
 * money rows ({@code subsidyAmount}, budgets) are in a power-of-ten unit of the currency that puts
 * the largest capex or amount in [1e3, 1e4) (see {@link ReshoreModel}).
 */
public final class ModelExport {
    public enum Format { LP, MPS }

    private ModelExport() {}

    /** The model as text in {@code format}. */
    public static String text(Problem problem, Format format) {
        ReshoreModel rm = new ReshoreModel(problem);
        try (OrToolsBackend be = new OrToolsBackend(rm.linear(), "scip", false)) {
            be.setObjective(rm.weighted(), 1);
            return format == Format.LP ? be.exportLp() : be.exportMps();
        }
    }

    /**
     * The plan that values of the exported model's variables describe, by variable name (as
     * another solver reports them for the file {@link #write} wrote); a variable not named is 0.
     * Integer variables are rounded and tiny values cleaned as for the engine's own plans.
     */
    public static org.reshore.model.Solution solution(Problem problem, java.util.Map<String, Double> values) {
        ReshoreModel rm = new ReshoreModel(problem);
        LinearModel lm = rm.linear();
        double[] raw = new double[lm.numVars()];
        for (int v = 0; v < raw.length; v++) raw[v] = values.getOrDefault(lm.name(v), 0.0);
        return Extraction.solution(rm, raw);
    }

    /** Writes the model to {@code file} atomically (a temporary sibling, then one rename). */
    public static void write(Problem problem, Path file, Format format) throws IOException {
        AtomicFiles.write(file, text(problem, format));
    }
}
