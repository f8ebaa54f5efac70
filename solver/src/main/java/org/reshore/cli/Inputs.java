package org.reshore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.reshore.io.Diagnostic;
import org.reshore.io.InputException;
import org.reshore.io.PlanReader;
import org.reshore.io.Plans;
import org.reshore.io.ProblemReader;
import org.reshore.io.ReadLimits;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/** Reading a problem for a command: warnings go to stderr, errors become an InputException. */
final class Inputs {
    private Inputs() {}

    static Problem readProblem(Path file, PrintWriter err) throws InputException {
        return readProblem(file, err, ReadLimits.DEFAULT);
    }

    /** Reads a problem within {@code limits} (a file beyond them is refused before it fills memory). */
    static Problem readProblem(Path file, PrintWriter err, ReadLimits limits) throws InputException {
        ProblemReader.ReadResult read = new ProblemReader(limits).read(file);
        for (Diagnostic w : read.warnings()) err.println(w);
        return read.problem();
    }

    /** A plan file resolved against its problem (refused when it answers another problem). */
    static Solution readPlan(Problem problem, Path file) throws InputException {
        return readPlan(problem, file, ReadLimits.DEFAULT);
    }

    static Solution readPlan(Problem problem, Path file, ReadLimits limits) throws InputException {
        return Plans.toSolution(problem, PlanReader.read(file, limits));
    }

    /** Default plan path: {@code <name>.plan.json} next to the problem file. */
    static Path defaultPlanPath(Path problemFile) {
        String name = problemFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path dir = problemFile.toAbsolutePath().getParent();
        return dir.resolve(stem + ".plan.json");
    }
}
