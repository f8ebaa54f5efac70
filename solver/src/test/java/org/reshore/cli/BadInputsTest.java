package org.reshore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus ({@code src/test/resources/bad-inputs}) through the command line: each bad
 * problem through {@code validate} and {@code solve}, each bad plan through {@code evaluate}. Every
 * one must exit 2, report exactly the errors of its {@code .expected} file (location, JSON path,
 * message, each with a hint), show no stack trace and write nothing.
 *
 * <p>An {@code .expected} file has one line per error, in the order reported:
 * {@code LINE:COLUMN PATH | message start} ({@code -} for no location or no path); a first line
 * {@code # args: …} gives options for the command (the caps are tested with small values).
 */
class BadInputsTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "bad-inputs");
    private static final Path PLAN_PROBLEM = CORPUS.resolve("plans").resolve("problem.json");

    @TempDir
    Path dir;

    record Expected(List<String> args, List<String> errors) {}

    @TestFactory
    Stream<DynamicTest> badProblems() throws IOException {
        return corpus("problems").flatMap(f -> Stream.of(
                DynamicTest.dynamicTest("validate " + f.getFileName(), () -> refused(f, "validate", f.toString())),
                DynamicTest.dynamicTest("solve " + f.getFileName(), () -> {
                    Path out = dir.resolve("solve-" + f.getFileName()).resolve("plan.json");
                    refused(f, "solve", f.toString(), "--engine", "greedy", "--out", out.toString());
                    assertFalse(Files.exists(out.getParent()), "solve wrote " + out);
                })));
    }

    @TestFactory
    Stream<DynamicTest> badPlans() throws IOException {
        return corpus("plans").filter(f -> !f.getFileName().toString().equals("good.plan.json")).map(f ->
                DynamicTest.dynamicTest("evaluate " + f.getFileName(),
                        () -> refused(f, "evaluate", PLAN_PROBLEM.toString(), f.toString())));
    }

    /** The fixture the bad plans are variations of is good: the errors above are theirs alone. */
    @Test
    void theGoodPlanEvaluates() {
        CommandLineTest.Run r = CommandLineTest.run("evaluate", PLAN_PROBLEM.toString(),
                CORPUS.resolve("plans").resolve("good.plan.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("plan for plan-fixture: FEASIBLE"), r.out());
    }

    /** Without --out the plan would go next to the problem: nothing may appear there either. */
    @Test
    void solveWritesNothingNextToABadProblem() throws IOException {
        Path bad = Files.copy(CORPUS.resolve("problems").resolve("nan-infinity.json"), dir.resolve("nan-infinity.json"));
        CommandLineTest.Run r = CommandLineTest.run("solve", bad.toString(), "--engine", "greedy");
        assertEquals(2, r.code(), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(bad), files.toList());
        }
    }

    @Test
    void aCapOutOfRangeIsAUsageError() {
        String problem = PLAN_PROBLEM.toString();
        CommandLineTest.Run deep = CommandLineTest.run("validate", problem, "--max-depth", "5000");
        assertEquals(2, deep.code(), deep.err());
        assertTrue(deep.err().contains("the nesting depth cap must be within 1 and 1000"), deep.err());
        CommandLineTest.Run size = CommandLineTest.run("validate", problem, "--max-input-size", "lots");
        assertEquals(2, size.code(), size.err());
        assertTrue(size.err().contains("not a size: \"lots\" (e.g. 256M, 1G or 4096)"), size.err());
        assertEquals(0, CommandLineTest.run("validate", problem, "--max-input-size", "2K", "--max-depth", "5").code());
    }

    private static Stream<Path> corpus(String kind) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(CORPUS.resolve(kind))) {
            s.filter(f -> Files.exists(Path.of(f + ".expected"))).sorted().forEach(files::add);
        }
        assertFalse(files.isEmpty(), "no corpus in " + CORPUS.resolve(kind));
        return files.stream();
    }

    private static void refused(Path file, String... command) throws IOException {
        Expected expected = expected(file);
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(expected.args());
        CommandLineTest.Run r = CommandLineTest.run(args.toArray(String[]::new));
        String all = r.out() + r.err();
        assertEquals(2, r.code(), all);
        for (String trace : List.of("Exception", "\tat ", "at org.", "at java.", "internal error")) {
            assertFalse(all.contains(trace), "\"" + trace + "\" in the output:\n" + all);
        }
        String name = file.getFileName().toString();
        List<String> errors = r.err().lines().filter(l -> l.startsWith(name + ":") && !l.contains(": warning: ")).toList();
        assertEquals(expected.errors().size(), errors.size(), "errors reported:\n" + r.err());
        for (int i = 0; i < errors.size(); i++) {
            String[] e = expected.errors().get(i).split(" \\| ", 2);
            String[] where = e[0].split(" ", 2);
            String prefix = name + ":" + (where[0].equals("-") ? "" : where[0] + ":") + " "
                    + (where[1].equals("-") ? "" : where[1] + ": ");
            String line = errors.get(i);
            assertTrue(line.startsWith(prefix + e[1]), "expected " + prefix + e[1] + "…\nbut was  " + line);
            String hint = line.substring(prefix.length() + e[1].length());
            assertTrue(hint.matches(".* \\(.+\\)"), "no hint: " + line);
        }
        int n = expected.errors().size();
        assertTrue(r.err().contains("reshore: " + n + (n == 1 ? " error" : " errors") + "; nothing was written"), r.err());
    }

    private static Expected expected(Path file) throws IOException {
        List<String> args = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(file + ".expected"))) {
            if (l.startsWith("# args:")) args.addAll(List.of(l.substring(7).trim().split(" +")));
            else if (!l.isBlank() && !l.startsWith("#")) errors.add(l);
        }
        return new Expected(args, errors);
    }
}
