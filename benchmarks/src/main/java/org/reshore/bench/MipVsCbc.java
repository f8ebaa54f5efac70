package org.reshore.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reshore.engine.mip.ModelExport;
import org.reshore.io.orlib.OrLibCflp;

/**
 * Benchmark: per OR-Library CFLP instance, reshore's mip engine (in its own JVM, whole-process
 * wall time and the engine's solve time) against Debian's CBC on the MPS file reshore exports
 * for the same model: whole-process wall time; solve time as reshore's is counted (model read →
 * proven optimum), the whole process less the least of three processes that only read the MPS;
 * and CBC's own wall-clock and CPU times, which include reading the file. Writes
 * {@code <out>.csv} and {@code <out>.json}. Each process is killed 60 s after its time limit
 * (status KILLED): neither HiGHS nor CBC stops exactly on its limit on the 100×1000 instances.
 *
 * <p>Arguments: instances folder, output prefix, time limit in seconds, backend, then instance
 * names ({@code cap41}, or {@code capa_8000} for capa.txt with capacity 8000).
 */
public final class MipVsCbc {
    private record Row(String instance, double optimum, String reshoreStatus, double reshoreObjective,
                       double reshoreWall, double reshoreSolve, String cbcStatus, double cbcObjective, double cbcWall,
                       double cbcSolve, double cbcClock, double cbcCpu, double cbcRead) {}

    private MipVsCbc() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        double limit = Double.parseDouble(args[2]);
        String backend = args[3];
        String cbc = findCbc();
        if (cbc == null) {
            System.out.println("CBC is ABSENT (no 'cbc' on PATH): run benchmarks/scripts/install-reference-solvers.sh;"
                    + " CBC columns will be empty");
        }
        List<String> optima = Files.readAllLines(dir.resolve("optima.csv"));
        List<Row> rows = new ArrayList<>();
        Path work = Files.createTempDirectory("reshore-bench");
        for (int i = 4; i < args.length; i++) {
            String name = args[i];
            String file = BenchArgs.file(name);
            String cap = BenchArgs.capacity(name);
            double optimum = BenchArgs.optimum(optima, name);
            Path instance = dir.resolve(file + ".txt");

            long t0 = System.nanoTime();
            List<String> cmd = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
                    SolveOne.class.getName(), instance.toString(), cap, String.valueOf(limit), backend));
            if ("1".equals(System.getenv("WARM"))) cmd.add("warm");
            String line = run(cmd, limit + 60).trim();
            double reshoreWall = (System.nanoTime() - t0) / 1e9;
            String last = line.substring(line.lastIndexOf('\n') + 1);
            String[] f = line.equals("TIMEOUT") ? new String[] {"KILLED", "NaN", "NaN", "NaN", "NaN"}
                    : last.matches("[A-Z_]+ \\S+ \\S+ \\S+ \\S+") ? last.split(" ")
                    : new String[] {"ERROR", "NaN", "NaN", "NaN", "NaN"};

            String cbcStatus = "ABSENT";
            double cbcObj = Double.NaN, cbcWall = Double.NaN, cbcSolve = Double.NaN, cbcClock = Double.NaN;
            double cbcCpu = Double.NaN, cbcRead = Double.NaN;
            if (cbc != null) {
                Path mps = work.resolve(name + ".mps");
                ModelExport.write(OrLibCflp.toProblem(OrLibCflp.read(instance, BenchArgs.capacityValue(name))), mps,
                        ModelExport.Format.MPS);
                long c0 = System.nanoTime();
                String log = run(List.of(cbc, mps.toString(), "-ratioGap", "1e-9", "-threads", "1", "-sec",
                        String.valueOf(limit), "-solve", "-quit"), limit + 60);
                cbcWall = (System.nanoTime() - c0) / 1e9;
                cbcObj = number(log, "Objective value:\\s+(\\S+)");
                // CBC's own clocks run from its start, reading the MPS included, to its end (two
                // decimals). Its solve time as reshore's is counted (model read → proven optimum,
                // wall clock): the whole process less a process that only reads the same file
                // (the least of three: reading is the same work each time)
                cbcCpu = number(log, "Total time \\(CPU seconds\\):\\s+(\\S+)");
                cbcClock = number(log, "Total time \\(CPU seconds\\):\\s+\\S+\\s+\\(Wallclock seconds\\):\\s+(\\S+)");
                cbcRead = Double.POSITIVE_INFINITY;
                for (int k = 0; k < 3; k++) {
                    long r0 = System.nanoTime();
                    run(List.of(cbc, mps.toString(), "-quit"), 600);
                    cbcRead = Math.min(cbcRead, (System.nanoTime() - r0) / 1e9);
                }
                cbcSolve = Math.max(0, cbcWall - cbcRead);
                cbcStatus = log.equals("TIMEOUT") ? "KILLED" : log.contains("Result - Optimal solution found") ? "OPTIMAL"
                        : log.contains("Stopped on time") ? "TIME_LIMIT" : "OTHER";
            }
            Row r = new Row(name, optimum, f[0], Double.parseDouble(f[1]), reshoreWall, Double.parseDouble(f[4]),
                    cbcStatus, cbcObj, cbcWall, cbcSolve, cbcClock, cbcCpu, cbcRead);
            rows.add(r);
            System.out.println(String.format(Locale.ROOT, "%-12s reshore %-8s %.4f wall %.2fs solve %.2fs | cbc %-10s %.4f wall %.2fs solve %.2fs",
                    name, r.reshoreStatus(), r.reshoreObjective(), r.reshoreWall(), r.reshoreSolve(), r.cbcStatus(),
                    r.cbcObjective(), r.cbcWall(), r.cbcSolve()));
        }
        write(out, rows, backend, limit);
    }

    private static void write(Path out, List<Row> rows, String backend, double limit) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        StringBuilder csv = new StringBuilder("instance,optimum,reshore_status,reshore_objective,reshore_wall_s,"
                + "reshore_solve_s,cbc_status,cbc_objective,cbc_wall_s,cbc_solve_s,cbc_read_s,cbc_clock_s,cbc_cpu_s,"
                + "wall_ratio,solve_ratio\n");
        StringBuilder json = new StringBuilder("{\"backend\": \"" + backend + "\", \"timeLimitSeconds\": " + limit
                + ", \"threads\": 1, \"rows\": [");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            csv.append(String.format(Locale.ROOT, "%s,%.6f,%s,%.6f,%.3f,%.3f,%s,%.6f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f%n",
                    r.instance(), r.optimum(), r.reshoreStatus(), r.reshoreObjective(), r.reshoreWall(), r.reshoreSolve(),
                    r.cbcStatus(), r.cbcObjective(), r.cbcWall(), r.cbcSolve(), r.cbcRead(), r.cbcClock(), r.cbcCpu(),
                    r.reshoreWall() / r.cbcWall(),
                    r.reshoreSolve() / r.cbcSolve()));
            json.append(i == 0 ? "\n " : ",\n ").append(String.format(Locale.ROOT,
                    "{\"instance\": \"%s\", \"optimum\": %s, \"reshore\": {\"status\": \"%s\", \"objective\": %s, "
                            + "\"wallSeconds\": %.3f, \"solveSeconds\": %.3f}, \"cbc\": {\"status\": \"%s\", "
                            + "\"objective\": %s, \"wallSeconds\": %s, \"solveSeconds\": %s, \"readSeconds\": %s, "
                            + "\"clockSeconds\": %s, \"cpuSeconds\": %s}}",
                    r.instance(), js(r.optimum()), r.reshoreStatus(), js(r.reshoreObjective()), r.reshoreWall(),
                    r.reshoreSolve(), r.cbcStatus(), js(r.cbcObjective()), js(r.cbcWall()), js(r.cbcSolve()), js(r.cbcRead()), js(r.cbcClock()), js(r.cbcCpu())));
        }
        json.append("\n]}\n");
        Files.writeString(Path.of(out + ".csv"), csv);
        Files.writeString(Path.of(out + ".json"), json);
    }

    static String js(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "null";
    }

    static double number(String log, String regex) {
        Matcher m = Pattern.compile(regex).matcher(log);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    static String findCbc() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(d, "cbc");
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a process with a hard wall limit; its output, or "TIMEOUT" when it had to be killed. */
    static String run(List<String> cmd, double timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("reshore-bench", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                return "TIMEOUT";
            }
            return Files.readString(log, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
