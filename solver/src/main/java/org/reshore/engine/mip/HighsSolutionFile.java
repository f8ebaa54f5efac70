package org.reshore.engine.mip;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the incumbent from a HiGHS solution file (style 0, "raw"). Through OR-Tools 9.15, HiGHS
 * reports an unknown status and no values when the time limit stops it, although it holds a
 * feasible plan; its solution file still has that plan, column by column in model order.
 */
final class HighsSolutionFile {
    private HighsSolutionFile() {}

    /** The column values, or null when the file is missing, says "Infeasible"/"None", or is short. */
    static double[] read(Path file, int columns) {
        if (file == null || !Files.isRegularFile(file)) return null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String line;
            boolean feasible = false;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("# Primal solution values")) {
                    String status = in.readLine();
                    feasible = status != null && status.trim().equals("Feasible");
                    if (!feasible) return null;
                }
                if (feasible && line.startsWith("# Columns")) {
                    int n = Integer.parseInt(line.substring("# Columns".length()).trim());
                    if (n != columns) return null;
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) {
                        String row = in.readLine();
                        if (row == null) return null;
                        x[i] = Double.parseDouble(row.substring(row.lastIndexOf(' ') + 1));
                    }
                    return x;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
