package org.reshore.engine.mip;

import java.io.IOException;
import java.nio.file.Path;
import org.reshore.io.AtomicFiles;
import org.reshore.model.Problem;

/**
 * Writes the reshore MIP of a problem as an LP or MPS file with names built from ids
 * ({@code flow[tsmc-az,US,2024]}, {@code demand[US,logic-5nm,2024]}), for reading, for other
 * solvers, or for a bug report. reshore writes the text itself ({@link MpsWriter}, {@link LpWriter})
 * so that every number is the shortest decimal that reads back to the model's own double: OR-Tools'
 * exporter, used before, kept 6 significant digits, and another solver then solved another problem.
 * The objective is the weighted formula in base currency, unscaled; its constant (costs no decision
 * changes) is not in the file but stated in its first comment lines. In lexicographic mode it is
 * the weighted formula too (the stages are not exported). Grants are held as the solver sees them:
 * {@code capexGrant} as a share of the option's capex (its objective coefficient is −δ·capex),
 * {@code prodGrant} as the output it pays for (−δ·perUnit·years); the money rows
 * ({@code subsidyAmount}, budgets) are in a power-of-ten unit of the currency that puts the largest
 * capex or amount in [1e3, 1e4) (see {@link ReshoreModel}).
 *
 * <p>Names: the MPS file (free format) carries the model's names as they are; the LP file (CPLEX
 * LP format) writes {@code [ ]} as {@code ( )} and {@code - +} as {@code ~}, so
 * {@code flow[tsmc-az,US,2024]} is {@code flow(tsmc~az,US,2024)} there, and a row with two finite
 * sides is split into {@code name} and {@code name#hi}. In both, a name already taken gets
 * {@code #2}, {@code #3} appended ({@link ExportNames}). {@link #solution} reads the MPS names.
 */
public final class ModelExport {
    public enum Format { LP, MPS }

    private ModelExport() {}

    /** The model as text in {@code format}. */
    public static String text(Problem problem, Format format) {
        return build(problem, format).toString();
    }

    private static StringBuilder build(Problem problem, Format format) {
        ReshoreModel rm = new ReshoreModel(problem);
        LinearModel m = rm.linear();
        LinExpr weighted = rm.weighted();
        double[] objective = new double[m.numVars()];
        for (int i = 0; i < weighted.size(); i++) objective[weighted.var(i)] += weighted.coef(i);
        StringBuilder b = new StringBuilder(64 * (m.numVars() + m.rows().size()) + 256);
        char c = format == Format.LP ? '\\' : '*';
        b.append(c).append(" reshore model of problem \"").append(ExportNames.mps(problem.name())).append("\": ")
                .append(m.numVars()).append(" variables, ").append(m.rows().size()).append(" rows\n");
        b.append(c).append(" objective: minimise the weighted formula in base currency");
        if (weighted.constant() != 0) {
            b.append(" plus the constant ");
            ExportNumbers.append(b, weighted.constant()).append(" (not in the file: add it to the solver's figure)");
        }
        b.append('\n');
        if (format == Format.LP) LpWriter.write(b, m, objective, ExportNames.lp(m));
        else MpsWriter.write(b, problem.name(), m, objective, ExportNames.mps(m));
        return b;
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
        String[] names = ExportNames.mpsColumns(lm);
        for (int v = 0; v < raw.length; v++) raw[v] = values.getOrDefault(names[v], 0.0);
        return Extraction.solution(rm, raw);
    }

    /** Writes the model to {@code file} atomically (a temporary sibling, then one rename). */
    public static void write(Problem problem, Path file, Format format) throws IOException {
        StringBuilder b = build(problem, format);
        // the text is ASCII (names are cleaned): one byte per char, without a String copy in between
        byte[] bytes = new byte[b.length()];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) b.charAt(i);
        AtomicFiles.write(file, bytes);
    }
}
