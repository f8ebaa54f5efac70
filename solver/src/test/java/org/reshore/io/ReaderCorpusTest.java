package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzz tests' seed corpus (crashes found, shipped examples, the bad-input corpus) through the
 * fuzz tests' contract, without Jazzer: the same guarantee on machines where Jazzer cannot run,
 * and a plain stack trace when an entry fails.
 */
class ReaderCorpusTest {
    @TestFactory
    Stream<DynamicTest> problemSeeds() throws IOException, URISyntaxException {
        return seeds("problemFiles").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            byte[] data = Files.readAllBytes(f);
            ReaderFuzzTest.problem(data, "fuzz.json");
            ReaderFuzzTest.problem(data, "fuzz.yaml");
        }));
    }

    @TestFactory
    Stream<DynamicTest> planSeeds() throws IOException, URISyntaxException {
        return seeds("planFiles").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> ReaderFuzzTest.plan(Files.readAllBytes(f))));
    }

    private static Stream<Path> seeds(String test) throws IOException, URISyntaxException {
        URL dir = ReaderCorpusTest.class.getResource("ReaderFuzzTestInputs/" + test);
        assertFalse(dir == null, "no seed corpus for " + test);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(files.size() < 5, "the build did not copy the seeds for " + test);
        return files.stream();
    }
}
