package org.reshore.engine.mip;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of the exported model's columns and rows. MPS names are the model's own
 * ({@code flow[tsmc-az,US,2024]}, built by {@link Names} from ids, so without spaces); any
 * character that is not printable ASCII becomes '_', and a name already taken (two ids that
 * {@link Names#clean} made equal, or a row called like the objective) gets {@code #2}, {@code #3}
 * appended, so that every column and row is one name. LP names (CPLEX LP format) are the MPS
 * names with {@code [ ]} written {@code ( )} (LP readers take '[' for the start of a quadratic
 * term) and {@code - +} written {@code ~} (operators in LP), made unique the same way; a name that
 * would not begin with a letter gets a leading '_'.
 */
final class ExportNames {
    static final String OBJECTIVE = "obj";

    final String[] columns;
    final String[] rows;

    private ExportNames(String[] columns, String[] rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** The MPS names of {@code m}'s variables, by index (also the names {@link ModelExport#solution} reads). */
    static String[] mpsColumns(LinearModel m) {
        Set<String> taken = new HashSet<>();
        String[] c = new String[m.numVars()];
        for (int v = 0; v < c.length; v++) c[v] = unique(mps(m.name(v)), taken);
        return c;
    }

    static ExportNames mps(LinearModel m) {
        return new ExportNames(mpsColumns(m), rowNames(m.rows(), false));
    }

    static ExportNames lp(LinearModel m) {
        Set<String> taken = new HashSet<>();
        String[] c = new String[m.numVars()];
        for (int v = 0; v < c.length; v++) c[v] = unique(lp(m.name(v)), taken);
        return new ExportNames(c, rowNames(m.rows(), true));
    }

    private static String[] rowNames(List<LinearModel.Row> rows, boolean lp) {
        Set<String> taken = new HashSet<>();
        taken.add(OBJECTIVE);
        String[] r = new String[rows.size()];
        for (int i = 0; i < r.length; i++) {
            String n = rows.get(i).name();
            r[i] = unique(lp ? lp(n) : mps(n), taken);
        }
        return r;
    }

    static String mps(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(c > ' ' && c < 127 ? c : '_');
        }
        return b.length() == 0 ? "_" : b.toString();
    }

    static String lp(String name) {
        String s = mps(name);
        StringBuilder b = new StringBuilder(s.length() + 1);
        if (!Character.isLetter(s.charAt(0))) b.append('_');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '[' -> '(';
                case ']' -> ')';
                case '-', '+' -> '~';
                case ':', '<', '>', '=', '*', '^', '/', '\\', '|' -> '_';
                default -> c;
            });
        }
        return b.toString();
    }

    private static String unique(String name, Set<String> taken) {
        if (taken.add(name)) return name;
        for (int k = 2;; k++) {
            String n = name + "#" + k;
            if (taken.add(n)) return n;
        }
    }
}
