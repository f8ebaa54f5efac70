package org.reshore.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.reshore.io.Durations;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a suite file (format described in benchmarks/README.md, schema in
 * benchmarks/suites/schema/suite.schema.json). Every mistake is a {@link SuiteException} naming the
 * file, the JSON path and what was expected; paths are relative to the suite file's folder.
 */
public final class SuiteReader {
    static final List<String> ENGINES = List.of("greedy", "mip", "search", "cbc", "highs-js");
    private static final Set<String> TOP = Set.of("$schema", "format", "name", "description", "timeLimit", "seeds",
            "repetitions", "bestKnown", "problems", "configurations", "childJvm", "jvmOptions", "optaplannerBenchmark");
    private static final Set<String> CONFIG = Set.of("name", "engine", "timeLimit", "gap", "threads", "backend",
            "method", "config", "warmStart");

    private final Path file;
    private final Path base;

    private SuiteReader(Path file) {
        this.file = file;
        this.base = file.toAbsolutePath().getParent();
    }

    public static Suite read(Path file) throws SuiteException {
        if (!Files.isRegularFile(file)) throw new SuiteException(file + ": no such suite file");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new SuiteException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SuiteException(file + ": cannot read: " + e.getMessage());
        }
        return new SuiteReader(file).suite(root);
    }

    private Suite suite(JsonNode root) throws SuiteException {
        if (root == null || !root.isObject()) throw fail("$", "a suite is a JSON object");
        known(root, "$", TOP);
        String name = text(root, "name", "$", null);
        if (name == null) throw fail("$.name", "missing: every suite has a name (it names the results)");
        Duration limit = root.has("timeLimit") ? duration(root.get("timeLimit"), "$.timeLimit") : Duration.ofSeconds(30);
        List<Long> seeds = new ArrayList<>();
        if (root.has("seeds")) {
            JsonNode s = root.get("seeds");
            if (!s.isArray() || s.isEmpty()) throw fail("$.seeds", "a non-empty list of integers, e.g. [0, 1, 2]");
            for (int i = 0; i < s.size(); i++) {
                if (!s.get(i).canConvertToLong() || !s.get(i).isIntegralNumber()) throw fail("$.seeds[" + i + "]", "an integer");
                seeds.add(s.get(i).asLong());
            }
        } else {
            seeds.add(0L);
        }
        int reps = root.has("repetitions") ? positive(root.get("repetitions"), "$.repetitions") : 1;
        Path bestKnown = null;
        if (root.has("bestKnown")) {
            bestKnown = base.resolve(text(root, "bestKnown", "$", null)).normalize();
            if (!Files.isRegularFile(bestKnown)) throw fail("$.bestKnown", bestKnown + ": no such file");
        }
        List<BenchProblem> problems = new SuiteProblems(this, base).read(root.get("problems"));
        List<Suite.Configuration> configs = configurations(root.get("configurations"), limit);
        boolean child = flag(root, "childJvm", true);
        List<String> jvmOptions = new ArrayList<>();
        if (root.has("jvmOptions")) {
            JsonNode o = root.get("jvmOptions");
            if (!o.isArray()) throw fail("$.jvmOptions", "a list of options for the child JVMs, e.g. [\"-Xmx8g\"]");
            for (int i = 0; i < o.size(); i++) {
                if (!o.get(i).isTextual() || !o.get(i).asText().startsWith("-")) {
                    throw fail("$.jvmOptions[" + i + "]", "a JVM option such as \"-Xmx8g\"");
                }
                jvmOptions.add(o.get(i).asText());
            }
        }
        boolean optaplanner = flag(root, "optaplannerBenchmark", false);
        if (optaplanner && configs.stream().noneMatch(c -> c.engine().equals("search"))) {
            throw fail("$.optaplannerBenchmark", "OptaPlanner's benchmarker compares search configurations: the suite has none");
        }
        return new Suite(name, text(root, "description", "$", ""), file, problems, configs, seeds, reps, bestKnown, child,
                jvmOptions, optaplanner);
    }

    private boolean flag(JsonNode o, String field, boolean otherwise) throws SuiteException {
        if (!o.has(field)) return otherwise;
        if (!o.get(field).isBoolean()) throw fail("$." + field, "true or false");
        return o.get(field).asBoolean();
    }

    private List<Suite.Configuration> configurations(JsonNode list, Duration limit) throws SuiteException {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw fail("$.configurations", "a non-empty list of {\"name\": …, \"engine\": \"greedy|mip|search\"}");
        }
        List<Suite.Configuration> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.configurations[" + i + "]";
            JsonNode c = list.get(i);
            if (!c.isObject()) throw fail(at, "an object with name and engine");
            known(c, at, CONFIG);
            String engine = text(c, "engine", at, null);
            if (engine == null || !ENGINES.contains(engine)) {
                throw fail(at + ".engine", "one of " + String.join(", ", ENGINES) + (engine == null ? "" : ", not '" + engine + "'"));
            }
            String name = text(c, "name", at, engine);
            if (!names.add(name)) throw fail(at + ".name", "configuration '" + name + "' appears twice");
            Map<String, String> params = new LinkedHashMap<>();
            String backend = text(c, "backend", at, null);
            if (backend != null) params.put("backend", backend);
            String method = text(c, "method", at, null);
            if (method != null) {
                if (!List.of("auto", "strong", "lagrangian").contains(method)) {
                    throw fail(at + ".method", "auto, strong or lagrangian, not '" + method + "'");
                }
                params.put("method", method);
            }
            String config = text(c, "config", at, null);
            if (config != null) {
                Path cf = base.resolve(config).normalize();
                if (!Files.isRegularFile(cf)) throw fail(at + ".config", cf + ": no such file");
                params.put("config", cf.toString());
            }
            Duration d = c.has("timeLimit") ? duration(c.get("timeLimit"), at + ".timeLimit") : limit;
            double gap = 1e-6;
            if (c.has("gap")) {
                if (!c.get("gap").isNumber() || c.get("gap").asDouble() < 0) throw fail(at + ".gap", "a number ≥ 0");
                gap = c.get("gap").asDouble();
            }
            int threads = c.has("threads") ? positive(c.get("threads"), at + ".threads") : 1;
            boolean warm = true;
            if (c.has("warmStart")) {
                if (!c.get("warmStart").isBoolean()) throw fail(at + ".warmStart", "true or false");
                warm = c.get("warmStart").asBoolean();
            }
            out.add(new Suite.Configuration(name, engine, d, gap, threads, params, warm));
        }
        return out;
    }

    void known(JsonNode o, String at, Set<String> names) throws SuiteException {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!names.contains(f)) throw fail(at + "." + f, "unknown field (known: " + String.join(", ", new java.util.TreeSet<>(names)) + ")");
        }
    }

    String text(JsonNode o, String field, String at, String otherwise) throws SuiteException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return otherwise;
        if (!v.isTextual() || v.asText().isBlank()) throw fail(at + "." + field, "a non-empty string");
        return v.asText();
    }

    private int positive(JsonNode v, String at) throws SuiteException {
        if (!v.isIntegralNumber() || v.asInt() < 1) throw fail(at, "an integer ≥ 1");
        return v.asInt();
    }

    private Duration duration(JsonNode v, String at) throws SuiteException {
        Duration d = v.isNumber() ? Durations.parse(v.asText()) : v.isTextual() ? Durations.parse(v.asText()) : null;
        if (d == null || d.isZero()) throw fail(at, "a duration such as \"30s\", \"500ms\", \"5m\" (or seconds as a number)");
        return d;
    }

    SuiteException fail(String path, String what) {
        return new SuiteException(file + ": " + path + ": " + what);
    }
}
