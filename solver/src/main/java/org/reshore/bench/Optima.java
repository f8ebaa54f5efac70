package org.reshore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Known optimal values from a CSV with a header naming the columns {@code name} and {@code optimal_value}. */
public final class Optima {
    private Optima() {}

    public static Map<String, Double> read(Path csv) throws SuiteException {
        Map<String, Double> out = new TreeMap<>();
        if (csv == null) return out;
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new SuiteException(csv + ": cannot read: " + e.getMessage());
        }
        if (lines.isEmpty()) throw new SuiteException(csv + ": empty (expected a header with name,optimal_value)");
        List<String> head = List.of(lines.get(0).split(","));
        int name = head.indexOf("name");
        int value = head.indexOf("optimal_value");
        if (name < 0 || value < 0) throw new SuiteException(csv + ":1: the header must name columns name and optimal_value");
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] cells = lines.get(i).split(",");
            try {
                out.put(cells[name].trim(), Double.parseDouble(cells[value].trim()));
            } catch (RuntimeException e) {
                throw new SuiteException(csv + ":" + (i + 1) + ": optimal_value is not a number");
            }
        }
        return out;
    }
}
