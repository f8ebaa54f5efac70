package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem file of the repository conforms to the JSON Schema editors use for completion. */
class SchemaTest {
    static final Path PROBLEMS = Path.of("..", "problems");
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema schema() throws IOException {
        JsonNode node = JSON.readTree(PROBLEMS.resolve("schema/reshore-1.schema.json").toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    static List<Path> problemFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(PROBLEMS, PROBLEMS.resolve("examples"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyProblemFileConformsToTheSchemaAndReads() throws Exception {
        JsonSchema schema = schema();
        List<Path> files = problemFiles();
        assertTrue(files.size() >= 4, files.toString());
        for (Path f : files) {
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(f.toFile()));
            assertEquals(Set.of(), errors, f.toString());
            new ProblemReader().read(f); // and the reader agrees
        }
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws Exception {
        JsonSchema schema = schema();
        String ok = "{\"$schema\":\"schema/reshore-1.schema.json\",\"format\":\"reshore/1\",\"name\":\"x\",\"currency\":\"USD\","
                + "\"economies\":[{\"id\":\"US\"}],\"products\":[{\"id\":\"p\"}],"
                + "\"sites\":[{\"id\":\"s\",\"economy\":\"US\",\"product\":\"p\",\"unitCost\":\"5.2K USD\"}],"
                + "\"policies\":[{\"type\":\"budget\",\"amount\":\"1B USD\"}]}";
        assertEquals(Set.of(), schema.validate(JSON.readTree(ok)));
        assertFalse(schema.validate(JSON.readTree(ok.replace("unitCost", "unitCosts"))).isEmpty());
        assertFalse(schema.validate(JSON.readTree(ok.replace("5.2K USD", "12 BN USD"))).isEmpty());
        assertFalse(schema.validate(JSON.readTree(ok.replace("budget", "budgets"))).isEmpty());
    }
}
