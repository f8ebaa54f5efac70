package org.reshore.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reshore.io.InputException;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/**
 * Every problem of the library (problems/*.json) reads without errors or warnings, and a few
 * figures come through the reader as the files' notes say (money converted, units per year).
 */
class LibraryReadsTest {
    static final Path LIBRARY = Path.of("..", "problems");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(LIBRARY)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    static Problem read(String name) throws InputException {
        return new ProblemReader().read(LIBRARY.resolve(name)).problem();
    }

    @Test
    void everyFileReadsWithoutErrorsOrWarnings() throws IOException {
        List<Path> files = files();
        assertTrue(files.size() >= 5, "the library has its five problems, found " + files);
        StringBuilder problems = new StringBuilder();
        for (Path f : files) {
            try {
                var r = new ProblemReader().read(f);
                assertEquals(f.getFileName().toString(), r.problem().name() + ".json", "name matches the file");
                r.warnings().forEach(w -> problems.append(w).append('\n'));
            } catch (InputException e) {
                problems.append(e.getMessage()).append('\n');
            }
        }
        if (!problems.isEmpty()) fail(problems.toString());
    }

    @Test
    void theReadmeExampleReads() throws IOException, InputException {
        String readme = Files.readString(LIBRARY.resolve("README.md"));
        int start = readme.indexOf("```json\n") + "```json\n".length();
        String json = readme.substring(start, readme.indexOf("```", start));
        var r = new ProblemReader().parse(json, "README.md");
        assertEquals("my-first-problem", r.problem().name());
        assertEquals(List.of(), r.warnings());
        assertEquals(2, r.problem().periods().size());
    }

    @Test
    void semiconductorsConvertsTheSubsidiesAndTheArizonaOption() throws InputException {
        Problem p = read("semiconductors-2021.json");
        var az = p.option(p.optionIndex("fab21-p1"));
        assertEquals(12e9, az.capex(), 1);
        assertEquals(240_000, az.capacity());
        assertEquals(p.periodIndex("2024"), az.earliestPeriod());
        var japan = p.subsidies().get(2);
        assertEquals(200e9 * 0.009104, japan.amount(), 1); // the seed's ¥200B at the 2021 rate
        assertEquals(3, p.periods().size());
    }
}
