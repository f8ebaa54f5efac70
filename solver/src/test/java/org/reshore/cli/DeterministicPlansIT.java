package org.reshore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.testing.RandomCflp;

/**
 * {@code reshore solve} twice, each in a JVM of its own, writes byte-identical plan files for the
 * same problem, engine, seed and threads. Two JVMs catch what one cannot: iteration orders that
 * change from one JVM to the next (Map.copyOf's order did, in the solver's config block).
 */
class DeterministicPlansIT {
    private static final Path SEMICONDUCTORS = Path.of("..", "problems", "semiconductors-2021.json");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"greedy", "mip", "search"})
    void twoProcessesWriteTheSameBytes(String engine) throws Exception {
        Path cflp = dir.resolve("cflp.json");
        OrLibCflp.writeJson(RandomCflp.instance(12, 40, 4, 3), cflp);
        // semiconductors exercises subsidies and policies; the search takes long on it, and its
        // determinism there is shown in one JVM (DeterministicPlansTest)
        Path[] problems = engine.equals("search") ? new Path[] {cflp} : new Path[] {SEMICONDUCTORS, cflp};
        for (Path problem : problems) {
            String name = problem.getFileName().toString();
            Path a = dir.resolve(engine + "-a-" + name);
            Path b = dir.resolve(engine + "-b-" + name);
            for (Path out : new Path[] {a, b}) {
                ChildReshore run = ChildReshore.start(dir, engine, "solve", problem.toString(), "--engine", engine,
                        "--seed", "7", "--threads", "1", "--time-limit", "120s", "--out", out.toString());
                assertEquals(0, run.waitFor(180), ChildReshore.text(run.err));
            }
            assertEquals(Files.readString(a), Files.readString(b), engine + " on " + name);
            var solver = new ObjectMapper().readTree(a.toFile()).get("solver");
            assertFalse(solver.has("seconds"), "wall seconds are no part of a plan file: " + solver);
            assertEquals(7, solver.get("seed").asLong());
        }
    }
}
