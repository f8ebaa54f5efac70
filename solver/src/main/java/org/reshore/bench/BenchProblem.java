package org.reshore.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.reshore.io.InputException;
import org.reshore.io.ProblemReader;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;

/**
 * One problem of a suite: a reshore problem file, or an OR-Library CFLP instance (with the capacity
 * that replaces the word "capacity" in capa/capb/capc). Read only when its runs start, so a large
 * suite does not hold every instance in memory.
 *
 * @param id the name results use: the file name without extension, or the OR-Library instance name
 *           ("cap41", "capa_8000"), which is also its row in optima.csv
 */
public record BenchProblem(String id, Path file, boolean orlib, OptionalDouble capacity) {
    /** Reads and checks the problem. */
    public Problem load() throws IOException, InputException {
        if (orlib) return OrLibCflp.toProblem(OrLibCflp.read(file, capacity));
        return new ProblemReader().read(file).problem();
    }

    /** Where it comes from, for the report: the file name and the capacity if any. */
    public String source() {
        String f = file.getFileName().toString();
        return orlib ? "OR-Library " + f + (capacity.isPresent() ? ", capacity " + number(capacity.getAsDouble()) : "") : f;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
