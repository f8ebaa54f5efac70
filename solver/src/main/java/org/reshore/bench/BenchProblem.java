package org.reshore.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.reshore.generate.GeneratorSpec;
import org.reshore.generate.ProblemGenerator;
import org.reshore.io.InputException;
import org.reshore.io.ProblemReader;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;

/**
 * One problem of a suite: a reshore problem file, an OR-Library CFLP instance (with the capacity
 * that replaces the word "capacity" in capa/capb/capc), or a generated problem
 * ({@code reshore generate}'s, from its spec). Read only when its runs start, so a large suite does
 * not hold every instance in memory.
 *
 * @param id       the name results use: the file name without extension, the OR-Library instance
 *                 name ("cap41", "capa_8000", also its row in optima.csv), or the generated problem's
 *                 name unless the suite gives an id
 * @param file     the file (null for a generated problem)
 * @param generate the generator's spec (null unless generated)
 */
public record BenchProblem(String id, Path file, boolean orlib, OptionalDouble capacity, GeneratorSpec generate) {
    public BenchProblem(String id, Path file, boolean orlib, OptionalDouble capacity) {
        this(id, file, orlib, capacity, null);
    }

    public static BenchProblem generated(String id, GeneratorSpec spec) {
        return new BenchProblem(id, null, false, OptionalDouble.empty(), spec);
    }

    /** Reads and checks the problem (a generated one is generated, then read like a file). */
    public Problem load() throws IOException, InputException {
        if (generate != null) return new ProblemReader().parse(ProblemGenerator.generate(generate), id + ".json").problem();
        if (orlib) return OrLibCflp.toProblem(OrLibCflp.read(file, capacity));
        return new ProblemReader().read(file).problem();
    }

    /** Where it comes from, for the report: the file name and the capacity if any, or the generator's spec. */
    public String source() {
        if (generate != null) return "reshore generate " + generate.name().replaceFirst("^generated-", "");
        String f = file.getFileName().toString();
        return orlib ? "OR-Library " + f + (capacity.isPresent() ? ", capacity " + number(capacity.getAsDouble()) : "") : f;
    }

    /** What a failure to load names: the file, or the generated problem's id. */
    String what() {
        return generate != null ? id : file.getFileName().toString();
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
