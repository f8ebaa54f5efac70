package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HighsSolutionFileTest {
    @TempDir
    Path dir;

    private static final String FEASIBLE = """
            Model status
            Time limit reached

            # Primal solution values
            Feasible
            Objective 74214.40406369772
            # Columns 3
            flow[w1,c1,all] 0
            flow[w1,c2,all] 13.5
            build[w1-open,all] 1
            # Rows 1
            demand[c1,goods,all] 0
            """;

    @Test
    void readsTheIncumbentColumnByColumn() throws Exception {
        Path f = dir.resolve("s.sol");
        Files.writeString(f, FEASIBLE);
        assertArrayEquals(new double[] {0, 13.5, 1}, HighsSolutionFile.read(f, 3));
    }

    @Test
    void noIncumbentMeansNull() throws Exception {
        Path f = dir.resolve("s.sol");
        Files.writeString(f, FEASIBLE.replace("\nFeasible\n", "\nNone\n"));
        assertNull(HighsSolutionFile.read(f, 3));
        assertNull(HighsSolutionFile.read(dir.resolve("missing.sol"), 3));
    }

    @Test
    void aFileForAnotherModelIsIgnored() throws Exception {
        Path f = dir.resolve("s.sol");
        Files.writeString(f, FEASIBLE);
        assertNull(HighsSolutionFile.read(f, 4));
    }
}
