package org.reshore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.generate.GeneratorSpec;
import org.reshore.generate.ProblemGenerator;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/** reshore generate writes what the generator makes, the reader accepts it, and bad sizes write nothing. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAValidProblemOfTheAskedSizeThatValidateAccepts() throws Exception {
        Path file = dir.resolve("gen").resolve("g.json");
        ReportCommandsTest.Run r = ReportCommandsTest.run("generate", "--sites", "50", "--markets", "20", "--products", "2",
                "--periods", "2", "--seed", "1", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("generated-1-50x20x2x2: 50 sites, 20 markets, 2 products, 2 periods"), r.out());
        assertEquals(ProblemGenerator.generate(GeneratorSpec.of(1, 50, 20, 2, 2)), Files.readString(file));
        Problem p = new ProblemReader().read(file).problem();
        assertEquals(50, p.sites().size());
        try (var listing = Files.list(file.getParent())) {
            assertEquals(1, listing.count(), "no temporary file left beside it");
        }
        ReportCommandsTest.Run v = ReportCommandsTest.run("validate", file.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains("valid"), v.out());
    }

    @Test
    void knobsReachTheFile() throws Exception {
        Path file = dir.resolve("k.json");
        ReportCommandsTest.Run r = ReportCommandsTest.run("generate", "--sites", "30", "--markets", "10", "--seed", "4",
                "--buildable-share", "1", "--no-subsidies", "--no-budget", "--adversary-cap", "0.5",
                "--exposure-weight", "0", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        Problem p = new ProblemReader().read(file).problem();
        assertEquals("generated-4-30x10x1x1-build1-nosubsidies-nobudget-cap0.5-ew0", p.name());
        assertTrue(p.subsidies().isEmpty());
        assertEquals(1, p.policies().size(), "the adversary cap only");
        assertEquals(0, p.objective().exposureWeight(), 0);
    }

    @Test
    void badSizesAreBadInputAndWriteNothing() {
        Path file = dir.resolve("bad.json");
        ReportCommandsTest.Run r = ReportCommandsTest.run("generate", "--sites", "10", "--markets", "1", "--out", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("markets must be at least 2"), r.err());
        assertFalse(Files.exists(file));
        ReportCommandsTest.Run missing = ReportCommandsTest.run("generate", "--markets", "5", "--out", file.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--sites"), missing.err());
    }
}
