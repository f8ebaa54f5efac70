package org.reshore.engine.mip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exported model read back by small MPS and LP readers written for the tests (not for general
 * files: they read what {@link MpsWriter} and {@link LpWriter} write, by the formats' rules), so
 * that the tests compare every row, coefficient and bound with the {@link LinearModel}.
 */
final class ExportedModel {
    /** Rows by name: lower and upper side. */
    final Map<String, double[]> rows = new LinkedHashMap<>();
    /** Coefficients by row name, then column name ("obj" is the objective). */
    final Map<String, Map<String, Double>> coefs = new HashMap<>();
    /** Columns by name: lower and upper bound. */
    final Map<String, double[]> bounds = new LinkedHashMap<>();
    final Map<String, Boolean> integer = new HashMap<>();
    final List<String> lines = new ArrayList<>();

    private void coef(String row, String col, double v) {
        Double old = coefs.computeIfAbsent(row, k -> new HashMap<>()).put(col, v);
        if (old != null) throw new IllegalStateException("coefficient twice: " + row + " " + col);
        if (!bounds.containsKey(col)) {
            bounds.put(col, new double[] {0, Double.POSITIVE_INFINITY});
        }
    }

    static ExportedModel mps(String text) {
        ExportedModel m = new ExportedModel();
        Map<String, Character> sense = new HashMap<>();
        String section = "";
        boolean inInt = false;
        for (String line : text.split("\n")) {
            m.lines.add(line);
            if (line.startsWith("*")) continue;
            String[] f = line.trim().split("\\s+");
            if (!line.startsWith(" ")) {
                section = f[0];
                continue;
            }
            switch (section) {
                case "ROWS" -> {
                    sense.put(f[1], f[0].charAt(0));
                    if (f[0].equals("N")) continue;
                    double inf = Double.POSITIVE_INFINITY;
                    m.rows.put(f[1], switch (f[0]) {
                        case "E" -> new double[] {0, 0};
                        case "L" -> new double[] {-inf, 0};
                        case "G" -> new double[] {0, inf};
                        default -> throw new IllegalStateException(line);
                    });
                }
                case "COLUMNS" -> {
                    if (f.length == 3 && f[1].equals("'MARKER'")) {
                        inInt = f[2].equals("'INTORG'");
                        continue;
                    }
                    m.coef(f[1], f[0], Double.parseDouble(f[2]));
                    m.integer.put(f[0], inInt);
                }
                case "RHS" -> {
                    double[] r = m.rows.get(f[1]);
                    double v = Double.parseDouble(f[2]);
                    char s = sense.get(f[1]);
                    if (s != 'L') r[0] = v;
                    if (s != 'G') r[1] = v;
                }
                case "RANGES" -> {
                    double[] r = m.rows.get(f[1]);
                    double v = Double.parseDouble(f[2]);
                    if (sense.get(f[1]) != 'G' || v < 0) throw new IllegalStateException("unexpected range " + line);
                    r[1] = r[0] + v;
                }
                case "BOUNDS" -> {
                    double[] b = m.bounds.get(f[2]);
                    double v = f.length > 3 ? Double.parseDouble(f[3]) : Double.NaN;
                    switch (f[0]) {
                        case "LO" -> b[0] = v;
                        case "UP" -> b[1] = v;
                        case "FX" -> b[0] = b[1] = v;
                        case "FR" -> {
                            b[0] = Double.NEGATIVE_INFINITY;
                            b[1] = Double.POSITIVE_INFINITY;
                        }
                        case "MI" -> b[0] = Double.NEGATIVE_INFINITY;
                        case "PL" -> b[1] = Double.POSITIVE_INFINITY;
                        default -> throw new IllegalStateException(line);
                    }
                }
                default -> throw new IllegalStateException("line in section " + section + ": " + line);
            }
        }
        return m;
    }

    static ExportedModel lp(String text) {
        ExportedModel m = new ExportedModel();
        List<String> tokens = new ArrayList<>();
        for (String line : text.split("\n")) {
            m.lines.add(line);
            if (line.startsWith("\\")) continue;
            // the keywords stand alone on their lines
            String t = line.trim();
            if (t.equals("Subject To")) tokens.add("SubjectTo");
            else for (String s : t.split("\\s+")) if (!s.isEmpty()) tokens.add(s);
        }
        String section = "";
        for (int i = 0; i < tokens.size();) {
            String t = tokens.get(i);
            if (List.of("Minimize", "SubjectTo", "Bounds", "General", "End").contains(t)) {
                section = t;
                i++;
                continue;
            }
            switch (section) {
                case "Minimize", "SubjectTo" -> {
                    String row = t.substring(0, t.length() - 1);
                    if (!t.endsWith(":")) throw new IllegalStateException("row name expected: " + t);
                    i++;
                    while (i < tokens.size() && (tokens.get(i).equals("+") || tokens.get(i).equals("-"))) {
                        double v = Double.parseDouble(tokens.get(i + 1));
                        m.coef(row, tokens.get(i + 2), tokens.get(i).equals("-") ? -v : v);
                        i += 3;
                    }
                    if (section.equals("SubjectTo")) {
                        String op = tokens.get(i);
                        double rhs = Double.parseDouble(tokens.get(i + 1));
                        i += 2;
                        double inf = Double.POSITIVE_INFINITY;
                        m.rows.put(row, switch (op) {
                            case "=" -> new double[] {rhs, rhs};
                            case "<=" -> new double[] {-inf, rhs};
                            case ">=" -> new double[] {rhs, inf};
                            default -> throw new IllegalStateException(op);
                        });
                    }
                }
                case "Bounds" -> {
                    if (tokens.get(i + 1).equals("free")) {
                        m.bounds.put(t, new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
                        i += 2;
                    } else if (tokens.get(i + 1).equals("=")) {
                        double v = Double.parseDouble(tokens.get(i + 2));
                        m.bounds.put(t, new double[] {v, v});
                        i += 3;
                    } else {
                        if (!tokens.get(i + 1).equals("<=") || !tokens.get(i + 3).equals("<=")) {
                            throw new IllegalStateException("bound " + t);
                        }
                        m.bounds.put(tokens.get(i + 2), new double[] {Double.parseDouble(t.replace("inf", "Infinity")),
                                Double.parseDouble(tokens.get(i + 4).replace("inf", "Infinity"))});
                        i += 5;
                    }
                }
                case "General" -> {
                    m.integer.put(t, true);
                    i++;
                }
                default -> throw new IllegalStateException("token in section " + section + ": " + t);
            }
        }
        return m;
    }
}
