package org.reshore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.reshore.generate.GeneratorSpec;

/**
 * One run to make: which problem, which configuration, which seed and repetition. The harness
 * hands it to a child JVM as JSON ({@link #toJson}, {@link #fromJson}); paths are absolute.
 */
record RunSpec(BenchProblem problem, Suite.Configuration configuration, long seed, int repetition) {
    private static final ObjectMapper JSON = new ObjectMapper();

    ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode p = root.putObject("problem");
        p.put("id", problem.id());
        if (problem.file() != null) p.put("file", problem.file().toAbsolutePath().toString());
        p.put("orlib", problem.orlib());
        if (problem.capacity().isPresent()) p.put("capacity", problem.capacity().getAsDouble());
        if (problem.generate() != null) p.set("generate", GeneratorSpecs.write(problem.generate()));
        Suite.Configuration c = configuration;
        ObjectNode o = root.putObject("configuration");
        o.put("name", c.name());
        o.put("engine", c.engine());
        o.put("timeLimitMillis", c.timeLimit().toMillis());
        o.put("gap", c.gap());
        o.put("threads", c.threads());
        o.set("params", JSON.valueToTree(c.params()));
        o.put("warmStart", c.warmStart());
        root.put("seed", seed);
        root.put("repetition", repetition);
        return root;
    }

    static RunSpec fromJson(JsonNode root) throws SuiteException {
        JsonNode p = root.get("problem");
        GeneratorSpec g = p.has("generate")
                ? GeneratorSpecs.read(p.get("generate"), "$.problem.generate", (at, what) -> new SuiteException("run spec: " + at + ": " + what))
                : null;
        BenchProblem problem = new BenchProblem(p.get("id").asText(), p.has("file") ? Path.of(p.get("file").asText()) : null,
                p.get("orlib").asBoolean(), p.has("capacity") ? OptionalDouble.of(p.get("capacity").asDouble()) : OptionalDouble.empty(), g);
        JsonNode o = root.get("configuration");
        Map<String, String> params = new LinkedHashMap<>();
        o.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        Suite.Configuration c = new Suite.Configuration(o.get("name").asText(), o.get("engine").asText(),
                Duration.ofMillis(o.get("timeLimitMillis").asLong()), o.get("gap").asDouble(), o.get("threads").asInt(), params,
                o.get("warmStart").asBoolean());
        return new RunSpec(problem, c, root.get("seed").asLong(), root.get("repetition").asInt());
    }
}
