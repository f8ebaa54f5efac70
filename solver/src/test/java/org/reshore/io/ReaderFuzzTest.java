package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.condition.EnabledIf;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * Coverage-guided fuzzing of the readers (Jazzer). The contract: whatever the bytes, reading gives
 * a problem (or plan), or an {@link InputException} whose every diagnostic names the file, a line
 * and a column and says what is wrong (each error with a hint). Any other throwable (a NullPointerException, a
 * StackOverflowError, an OutOfMemoryError from an unbounded allocation) is a bug.
 *
 * <p>Without {@code JAZZER_FUZZ} (as in {@code mvn verify}) each test replays its seed corpus,
 * {@code src/test/resources/org/reshore/io/ReaderFuzzTestInputs/<test>/} (crashes found earlier,
 * the shipped examples and the bad-input corpus, copied there by the build). How to fuzz for an
 * hour: {@code docs/decisions/reader.md}, "Hardening".
 */
@EnabledIf("jazzerRuns")
class ReaderFuzzTest {
    private static final Problem PLAN_PROBLEM = planProblem();

    @FuzzTest(maxDuration = "1h")
    void problemFiles(byte[] data) {
        problem(data, "fuzz.json");
        problem(data, "fuzz.yaml");
    }

    @FuzzTest(maxDuration = "1h")
    void planFiles(byte[] data) {
        plan(data);
    }

    /**
     * Jazzer loads a native library of its own even to replay the corpus, built for Linux, macOS
     * and Windows on x86-64 and Linux and macOS on arm64. Elsewhere (or with
     * {@code -Dreshore.jazzer=false}) these tests are skipped; {@link ReaderCorpusTest} replays the
     * same corpus through the same contract without Jazzer on every machine.
     */
    static boolean jazzerRuns() {
        if (System.getProperty("reshore.jazzer", "true").equals("false")) return false;
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        return ((os.contains("linux") || os.contains("mac")) && (x64 || arm)) || (os.contains("windows") && x64);
    }

    /** The plan contract: read, resolve and judge, or a located refusal. */
    static void plan(byte[] data) {
        Solution s;
        try {
            s = Plans.toSolution(PLAN_PROBLEM, PlanReader.parse(data, "fuzz.plan.json", ReadLimits.DEFAULT));
        } catch (InputException e) {
            located(e, "fuzz.plan.json");
            return;
        }
        // a plan that reads is judged: the evaluator must take any plan of the right shape
        Evaluation verdict = new Evaluator().evaluate(PLAN_PROBLEM, s);
        assertNotNull(verdict.toJson());
    }

    /** The problem contract: a problem and located warnings, or a located refusal. */
    static void problem(byte[] data, String name) {
        try {
            ProblemReader.ReadResult r = new ProblemReader().parse(data, name);
            assertNotNull(r.problem());
            for (Diagnostic w : r.warnings()) assertLocated(w, name);
        } catch (InputException e) {
            located(e, name);
        }
    }

    /** Every diagnostic of a refused file says where and what; at least one is an error. */
    static void located(InputException e, String name) {
        assertFalse(e.errors().isEmpty(), "refused without an error");
        for (Diagnostic d : e.diagnostics()) assertLocated(d, name);
    }

    private static void assertLocated(Diagnostic d, String name) {
        assertEquals(name, d.file(), d.toString());
        assertTrue(d.line() >= 1 && d.column() >= 1, () -> "no line and column: " + d);
        assertFalse(d.message().isBlank(), () -> "no message: " + d);
        assertFalse(d.isError() && d.hint().isBlank(), () -> "no hint: " + d);
    }

    private static Problem planProblem() {
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("/bad-inputs/plans/problem.json")) {
            return new ProblemReader().parse(in.readAllBytes(), "problem.json").problem();
        } catch (IOException | InputException e) {
            throw new IllegalStateException("the plan fixture does not read", e);
        }
    }
}
