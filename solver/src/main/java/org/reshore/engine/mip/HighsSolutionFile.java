package org.reshore.engine.mip;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads HiGHS's incumbents from its files. Through OR-Tools 9.15, HiGHS reports an unknown status
 * and no values when the time limit stops it, although it holds a feasible plan; its solution
 * file (style 0, "raw", written when HiGHS returns) still has that plan, column by column in
 * model order. While HiGHS is still running, the only incumbent outside its memory is the
 * improving-solution file (option {@code mip_improving_solution_file}, sparse), to which the MIP
 * solver appends every better plan it finds.
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

    /**
     * The last complete plan of an improving-solution file written in the sparse style
     * ({@code # Columns -k}, then k lines "name value index"), or null when there is none. HiGHS
     * may still be writing (its output is buffered): a plan cut short at the end is skipped.
     */
    static double[] readLastImproving(Path file, int columns) {
        if (file == null || !Files.isRegularFile(file)) return null;
        double[] last = null;
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            // only whole lines: the last one may still be in HiGHS's output buffer
            String[] lines = text.substring(0, text.lastIndexOf('\n') + 1).split("\n");
            for (int at = 0; at < lines.length; at++) {
                if (!lines[at].startsWith("# Columns")) continue;
                int k = -Integer.parseInt(lines[at].substring("# Columns".length()).trim());
                if (k < 0 || at + k >= lines.length) return last; // not the sparse style, or cut short
                double[] x = new double[columns];
                for (int i = 1; i <= k; i++) {
                    String[] f = lines[at + i].trim().split(" ");
                    int index = Integer.parseInt(f[f.length - 1]);
                    if (f.length < 3 || index < 0 || index >= columns) return last;
                    x[index] = Double.parseDouble(f[f.length - 2]);
                }
                last = x;
                at += k;
            }
            return last;
        } catch (IOException | RuntimeException e) {
            return last;
        }
    }
}
