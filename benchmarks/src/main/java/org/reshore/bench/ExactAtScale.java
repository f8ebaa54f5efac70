package org.reshore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reshore.engine.mip.ModelExport;
import org.reshore.io.orlib.OrLibCflp;

/**
 * The exact engine at scale, side by side: per OR-Library instance, in this order and one at a
 * time, (1) reshore as a planner runs it — {@code reshore solve PROBLEM.json --engine mip} in a
 * fresh JVM, method chosen by the engine, gap 1e-9 — timed as a whole process; (2) OR-Tools' HiGHS
 * and (3) SCIP on the plain strong formulation (no warm start; {@link ExactProbe}, method strong);
 * (4) Debian's CBC on the exported MPS of the same strong formulation. Every run gets the same
 * time limit. A run counts as solved when it proves optimality and its objective is within 1e-3
 * of the published optimum.
 *
 * <p>Arguments: instances folder, output prefix, time limit in seconds, instance names
 * (capa_8000 ...). Writes PREFIX.csv and PREFIX.json.
 */
public final class ExactAtScale {
    private ExactAtScale() {}

    record Run(String instance, double optimum, String solver, String status, double objective, double bound,
               double wallSeconds, String how) {
        boolean solved() {
            return status.equals("OPTIMAL") && Math.abs(objective - optimum) <= 1e-3;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        double limit = Double.parseDouble(args[2]);
        List<String> optima = Files.readAllLines(dir.resolve("optima.csv"));
        // REFERENCES=0: reshore alone (the reference solvers' runs do not depend on reshore's code)
        boolean references = !"0".equals(System.getenv("REFERENCES"));
        String cbc = references ? MipVsCbc.findCbc() : null;
        if (references && cbc == null) System.out.println("CBC is ABSENT (no 'cbc' on PATH): run benchmarks/scripts/install-reference-solvers.sh");
        Path work = Files.createTempDirectory("reshore-exact");
        String cp = System.getProperty("java.class.path");
        List<Run> runs = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String name = args[i];
            String file = BenchArgs.file(name);
            String cap = BenchArgs.capacity(name);
            double optimum = BenchArgs.optimum(optima, name);
            Path instance = dir.resolve(file + ".txt");
            OrLibCflp.Instance inst = OrLibCflp.read(instance, BenchArgs.capacityValue(name));
            Path json = work.resolve(name + ".json");
            Files.writeString(json, OrLibCflp.toJson(inst));

            Path plan = work.resolve(name + ".plan.json");
            long t0 = System.nanoTime();
            String log = MipVsCbc.run(List.of(MipVsCbc.javaBin(), "-Xss4m", "-XX:+UseParallelGC", "-cp", cp,
                    "org.reshore.cli.Main", "solve", json.toString(), "--engine", "mip", "--gap", "1e-9",
                    "--time-limit", (long) limit + "s", "--out", plan.toString()), limit + 60);
            double wall = (System.nanoTime() - t0) / 1e9;
            runs.add(reshore(name, optimum, log, plan, wall));
            print(runs.get(runs.size() - 1));

            if (!references) continue;
            for (String backend : List.of("highs", "scip")) {
                long t1 = System.nanoTime();
                String line = MipVsCbc.run(List.of(MipVsCbc.javaBin(), "-Xss4m", "-cp", cp, ExactProbe.class.getName(),
                        instance.toString(), cap, String.valueOf(limit), "strong", backend, "1e-9", "cold"), limit + 60);
                double w = (System.nanoTime() - t1) / 1e9;
                runs.add(probe(name, optimum, "ortools-" + backend, line, w));
                print(runs.get(runs.size() - 1));
            }
            if (cbc != null) {
                Path mps = work.resolve(name + ".mps");
                ModelExport.write(OrLibCflp.toProblem(inst), mps, ModelExport.Format.MPS);
                long c0 = System.nanoTime();
                String cl = MipVsCbc.run(List.of(cbc, mps.toString(), "-ratioGap", "1e-9", "-threads", "1", "-sec",
                        String.valueOf(limit), "-solve", "-quit"), limit + 60);
                double w = (System.nanoTime() - c0) / 1e9;
                String status = cl.equals("TIMEOUT") ? "KILLED" : cl.contains("Result - Optimal solution found") ? "OPTIMAL"
                        : cl.contains("Stopped on time") ? "TIME_LIMIT" : "OTHER";
                runs.add(new Run(name, optimum, "cbc", status, MipVsCbc.number(cl, "Objective value:\\s+(\\S+)"),
                        Double.NaN, w, "exported MPS, strong formulation"));
                print(runs.get(runs.size() - 1));
            }
            Files.deleteIfExists(json);
            Files.deleteIfExists(plan);
        }
        write(out, runs, limit);
    }

    private static Run reshore(String name, double optimum, String log, Path plan, double wall) throws Exception {
        if (log.equals("TIMEOUT") || !Files.exists(plan)) {
            return new Run(name, optimum, "reshore", log.equals("TIMEOUT") ? "KILLED" : "NO_PLAN", Double.NaN, Double.NaN,
                    wall, "");
        }
        JsonNode s = new ObjectMapper().readTree(plan.toFile()).path("solver");
        return new Run(name, optimum, "reshore", s.path("status").asText(), s.path("objective").asDouble(Double.NaN),
                s.path("bound").asDouble(Double.NaN), wall, s.path("config").path("method").asText() + ": "
                + s.path("config").path("boundFrom").asText(""));
    }

    private static Run probe(String name, double optimum, String solver, String out, double wall) {
        if (out.equals("TIMEOUT")) return new Run(name, optimum, solver, "KILLED", Double.NaN, Double.NaN, wall, "strong formulation");
        String last = out.trim();
        last = last.substring(last.lastIndexOf('\n') + 1);
        String[] f = last.split(" ");
        if (f.length < 4) return new Run(name, optimum, solver, "ERROR", Double.NaN, Double.NaN, wall, "strong formulation");
        return new Run(name, optimum, solver, f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), wall,
                "strong formulation");
    }

    private static void print(Run r) {
        System.out.println(String.format(Locale.ROOT, "%-11s %-14s %-12s %18.4f %18.4f %8.2f s %s", r.instance(), r.solver(),
                r.status(), r.objective(), r.bound(), r.wallSeconds(), r.solved() ? "solved" : "not solved"));
    }

    private static void write(Path out, List<Run> runs, double limit) throws Exception {
        StringBuilder csv = new StringBuilder("instance,optimum,solver,status,objective,bound,wall_s,solved,how\n");
        StringBuilder json = new StringBuilder("{\"timeLimitSeconds\": " + limit + ", \"runs\": [");
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            csv.append(String.format(Locale.ROOT, "%s,%.3f,%s,%s,%.6f,%.6f,%.3f,%s,\"%s\"%n", r.instance(), r.optimum(),
                    r.solver(), r.status(), r.objective(), r.bound(), r.wallSeconds(), r.solved(), r.how()));
            json.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "  {\"instance\": \"%s\", \"optimum\": %.3f, \"solver\": \"%s\", \"status\": \"%s\", \"objective\": %s, "
                            + "\"bound\": %s, \"wallSeconds\": %.3f, \"solved\": %s, \"how\": %s}",
                    r.instance(), r.optimum(), r.solver(), r.status(), MipVsCbc.js(r.objective()), MipVsCbc.js(r.bound()),
                    r.wallSeconds(), r.solved(), new ObjectMapper().writeValueAsString(r.how())));
        }
        json.append("\n]}\n");
        Files.writeString(Path.of(out + ".csv"), csv);
        Files.writeString(Path.of(out + ".json"), json);
    }
}
