package org.reshore.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.reshore.io.AtomicFiles;

/** What the report commands (evaluate, compare, frontier, stress) share: JSON, writing files, labels. */
final class Reports {
    private Reports() {}

    static String json(JsonNode node) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
    }

    static void write(Path file, String text) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "cannot write " + file + ": " + e.getMessage());
        }
    }

    /** "A", "B", …, "Z", then "P27", "P28", … */
    static String label(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : "P" + (i + 1);
    }

    static List<String> labels(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(Reports::label).toList();
    }
}
