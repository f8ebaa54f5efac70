package org.reshore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reshore.io.AtomicFiles;

/**
 * results.json and results.csv. JSON keeps everything (NaN as null, progress events as
 * [seconds, best, bound]); CSV keeps one row a run, the engine's statistics as stat_* columns.
 */
public final class ResultsJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {}

    public static void write(BenchResults r, Path dir) throws IOException {
        // atomic: a benchmark interrupted while writing keeps the previous complete files
        AtomicFiles.write(dir.resolve("results.json"), JSON.writeValueAsString(toJson(r)) + "\n");
        AtomicFiles.write(dir.resolve("results.csv"), csv(r));
    }

    static ObjectNode toJson(BenchResults r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", BenchResults.FORMAT);
        root.put("suite", r.suite());
        root.put("description", r.description());
        root.set("machine", JSON.valueToTree(r.machine()));
        root.set("configurations", JSON.valueToTree(r.configurations()));
        ArrayNode problems = root.putArray("problems");
        for (ProblemSummary p : r.problems()) {
            ObjectNode o = problems.addObject();
            o.put("id", p.id());
            o.put("source", p.source());
            num(o, "bestKnown", p.bestKnown());
            o.put("bestKnownSource", p.bestKnownSource());
        }
        ArrayNode runs = root.putArray("runs");
        for (RunRecord x : r.runs()) runs.add(run(x));
        if (!r.optaplanner().isEmpty()) {
            ArrayNode op = root.putArray("optaplanner");
            for (BenchResults.OptaPlannerReport x : r.optaplanner()) {
                ObjectNode o = op.addObject();
                o.put("problem", x.problem());
                o.put("report", x.report());
                o.put("note", x.note());
            }
        }
        return root;
    }

    /** One run as results.json keeps it (also what a child JVM hands back to the harness). */
    static ObjectNode run(RunRecord x) {
        ObjectNode o = JSON.createObjectNode();
        o.put("problem", x.problem());
        o.put("configuration", x.configuration());
        o.put("engine", x.engine());
        o.put("seed", x.seed());
        o.put("repetition", x.repetition());
        o.put("outcome", x.outcome());
        o.put("engineStatus", x.engineStatus());
        o.put("message", x.message());
        num(o, "objective", x.objective());
        num(o, "engineObjective", x.engineObjective());
        num(o, "bound", x.bound());
        num(o, "gap", x.gap());
        num(o, "seconds", x.seconds());
        num(o, "bestKnown", x.bestKnown());
        num(o, "gapToBestKnown", x.gapToBestKnown());
        num(o, "timeToFirstFeasible", x.timeToFirst());
        num(o, "timeToTarget", x.timeToTarget());
        num(o, "peakHeapMb", x.peakHeapMb());
        num(o, "peakRssMb", x.peakRssMb());
        ObjectNode stats = o.putObject("statistics");
        for (var e : new TreeMap<>(x.statistics()).entrySet()) num(stats, e.getKey(), e.getValue().doubleValue());
        ArrayNode traj = o.putArray("progress");
        for (double[] e : x.trajectory()) {
            ArrayNode a = traj.addArray();
            for (double v : e) {
                if (Double.isFinite(v)) a.add(v); else a.addNull();
            }
        }
        return o;
    }

    private static void num(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) o.put(key, (long) v); else o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    /** Reads DIR/results.json back (the report command's only input). */
    public static BenchResults read(Path dir) throws SuiteException {
        Path file = dir.resolve("results.json");
        if (!Files.isRegularFile(file)) throw new SuiteException(file + ": no such file (run `reshore bench SUITE --out " + dir + "` first)");
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new SuiteException(file + ": not valid JSON: " + e.getMessage());
        }
        if (!BenchResults.FORMAT.equals(root.path("format").asText())) {
            throw new SuiteException(file + ": $.format: expected \"" + BenchResults.FORMAT + "\"");
        }
        try {
            Map<String, String> machine = new TreeMap<>();
            root.path("machine").fields().forEachRemaining(e -> machine.put(e.getKey(), e.getValue().asText()));
            List<Map<String, Object>> configs = new ArrayList<>();
            for (JsonNode c : root.path("configurations")) {
                configs.add(JSON.convertValue(c, LinkedHashMap.class));
            }
            List<ProblemSummary> problems = new ArrayList<>();
            for (JsonNode p : root.path("problems")) {
                problems.add(new ProblemSummary(p.get("id").asText(), p.path("source").asText(), dbl(p, "bestKnown"),
                        p.path("bestKnownSource").asText()));
            }
            List<RunRecord> runs = new ArrayList<>();
            for (JsonNode x : root.path("runs")) runs.add(run(x));
            List<BenchResults.OptaPlannerReport> optaplanner = new ArrayList<>();
            for (JsonNode x : root.path("optaplanner")) {
                optaplanner.add(new BenchResults.OptaPlannerReport(x.get("problem").asText(), text(x, "report"), text(x, "note")));
            }
            return new BenchResults(root.path("suite").asText(), root.path("description").asText(), machine, configs,
                    problems, runs, optaplanner);
        } catch (RuntimeException e) {
            throw new SuiteException(file + ": not a complete " + BenchResults.FORMAT + " file: " + e);
        }
    }

    /** A run read back from {@link #run(RunRecord)}'s JSON; a field missing is an exception. */
    static RunRecord run(JsonNode x) {
        Map<String, Number> stats = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = x.path("statistics").fields(); it.hasNext(); ) {
            var e = it.next();
            stats.put(e.getKey(), e.getValue().isNull() ? Double.NaN : e.getValue().asDouble());
        }
        List<double[]> traj = new ArrayList<>();
        for (JsonNode e : x.path("progress")) {
            double[] a = new double[e.size()];
            for (int i = 0; i < a.length; i++) a[i] = e.get(i).isNull() ? Double.NaN : e.get(i).asDouble();
            traj.add(a);
        }
        return new RunRecord(x.get("problem").asText(), x.get("configuration").asText(),
                x.path("engine").asText(), x.path("seed").asLong(), x.path("repetition").asInt(),
                x.get("outcome").asText(), text(x, "engineStatus"), text(x, "message"), dbl(x, "objective"),
                dbl(x, "engineObjective"), dbl(x, "bound"), dbl(x, "gap"), dbl(x, "seconds"),
                dbl(x, "bestKnown"), dbl(x, "gapToBestKnown"), dbl(x, "timeToFirstFeasible"),
                dbl(x, "timeToTarget"), dbl(x, "peakHeapMb"), dbl(x, "peakRssMb"), stats, traj);
    }

    private static double dbl(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? Double.NaN : v.asDouble();
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String csv(BenchResults r) {
        TreeSet<String> statNames = new TreeSet<>();
        for (RunRecord x : r.runs()) statNames.addAll(x.statistics().keySet());
        StringBuilder b = new StringBuilder("problem,configuration,engine,seed,repetition,outcome,engine_status,objective,"
                + "engine_objective,bound,gap,seconds,best_known,gap_to_best_known,time_to_first_feasible,time_to_target,"
                + "peak_heap_mb,peak_rss_mb");
        for (String s : statNames) b.append(",stat_").append(s);
        b.append(",message\n");
        for (RunRecord x : r.runs()) {
            List<String> cells = new ArrayList<>(List.of(x.problem(), x.configuration(), x.engine(), Long.toString(x.seed()),
                    Integer.toString(x.repetition()), x.outcome(), x.engineStatus() == null ? "" : x.engineStatus()));
            for (double v : new double[] {x.objective(), x.engineObjective(), x.bound(), x.gap(), x.seconds(),
                x.bestKnown(), x.gapToBestKnown(), x.timeToFirst(), x.timeToTarget(), x.peakHeapMb(), x.peakRssMb()}) {
                cells.add(Double.isFinite(v) ? Double.toString(v) : "");
            }
            for (String s : statNames) {
                Number v = x.statistics().get(s);
                cells.add(v == null ? "" : v.toString());
            }
            cells.add(x.message() == null ? "" : x.message());
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) b.append(',');
                b.append(quote(cells.get(i)));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
