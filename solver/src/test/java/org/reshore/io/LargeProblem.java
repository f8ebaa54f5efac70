package org.reshore.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.reshore.model.Problem;

/**
 * Generates a large reshore/1 problem (about {@code MB} megabytes) and measures how long the reader
 * takes on it and how much heap it needs. Not a unit test: run by hand, e.g.
 * {@code java -Xmx2g -cp <test and main classes + deps> org.reshore.io.LargeProblem big.json 50}.
 * The shape keeps arcs in the low millions: many finished-goods sites, few intermediate ones.
 */
public final class LargeProblem {
    static final int ECONOMIES = 40;
    static final int RAW = 8;
    static final int MID = 8;
    static final int FINAL = 24;
    static final int PERIODS = 10;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "large-problem.json");
        int mb = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        if (!Files.exists(file)) generate(file, mb);
        System.out.printf(Locale.ROOT, "file %s: %.1f MB%n", file, Files.size(file) / 1e6);
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= 2; run++) {
            System.gc();
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long proc0 = os.getProcessCpuTime();
            long gc0 = gcMillis();
            ProblemReader.ReadResult r = new ProblemReader().read(file);
            long t1 = System.nanoTime();
            // On a shared machine wall time says little; CPU times say what the read itself costs.
            System.out.printf(Locale.ROOT, "run %d: reader thread CPU %.2f s, whole process CPU %.2f s, GC pauses %.2f s%n",
                    run, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9, (os.getProcessCpuTime() - proc0) / 1e9,
                    (gcMillis() - gc0) / 1e3);
            Problem p = r.problem();
            System.gc();
            long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf(Locale.ROOT, "run %d: read in %.2f s; %d sites, %d options, %d demands, %d arcs, %d blocked, "
                    + "%d scenarios; retained heap %.0f MB; %d warnings%n", run, (t1 - t0) / 1e9, p.sites().size(),
                    p.options().size(), p.demands().size(), p.arcs().size(), p.blockedRoutes().size(),
                    p.scenarios().size(), retained / 1e6, r.warnings().size());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf(Locale.ROOT, "peak heap (sum of pools' peaks) %.0f MB, max heap %.0f MB%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static long gcMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += gc.getCollectionTime();
        return ms;
    }

    static void generate(Path file, int mb) throws IOException {
        Random rnd = new Random(42);
        // About 560 bytes of file per finished-goods site, with its options and its share of lanes.
        int finalSites = Math.max(FINAL, mb * 1_000_000 / 560);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            w.write("{\"format\":\"reshore/1\",\"name\":\"large\",\"currency\":\"USD\",\"exchangeRates\":{\"EUR\":1.08,\"JPY\":0.0068},\n");
            w.write("\"sources\":[{\"id\":\"gen\",\"title\":\"generated\",\"year\":2026}],\n\"discountRate\":0.05,\"periods\":[");
            for (int t = 0; t < PERIODS; t++) w.write((t > 0 ? "," : "") + "{\"id\":\"t" + t + "\",\"years\":" + (1 + t % 3) + "}");
            w.write("],\n\"economies\":[");
            for (int e = 0; e < ECONOMIES; e++) {
                w.write((e > 0 ? ",\n" : "") + "{\"id\":\"E" + e + "\",\"name\":\"Economy " + e + "\",\"risk\":"
                        + (e % 5) / 4.0 + ",\"tags\":[\"" + (e % 5 == 4 ? "adversary" : "ally") + "\",\"r" + e % 3 + "\"]}");
            }
            w.write("],\n\"products\":[");
            for (int p = 0; p < RAW + MID + FINAL; p++) {
                String inputs = p < RAW ? "" : ",\"inputs\":[{\"product\":\"P" + (p < RAW + MID ? p - RAW : RAW + (p - RAW - MID) % MID)
                        + "\",\"perUnit\":" + (0.5 + p % 3) + "}]";
                w.write((p > 0 ? ",\n" : "") + "{\"id\":\"P" + p + "\",\"unit\":\"t\",\"criticality\":" + (1 + p % 3) + inputs + "}");
            }
            w.write("],\n\"sites\":[");
            int n = 0;
            for (int p = 0; p < RAW + MID; p++) {
                for (int i = 0; i < 20; i++) site(w, rnd, n++, p);
            }
            for (int i = 0; i < finalSites; i++) site(w, rnd, n++, RAW + MID + i % FINAL);
            w.write("],\n\"demand\":[");
            boolean first = true;
            for (int p = RAW + MID; p < RAW + MID + FINAL; p++) {
                for (int k = 0; k < 10; k++) {
                    for (int t = 0; t < PERIODS; t++) {
                        w.write((first ? "" : ",\n") + "{\"market\":\"E" + (p * 7 + k * 3) % ECONOMIES + "\",\"product\":\"P" + p
                                + "\",\"period\":\"t" + t + "\",\"quantity\":" + (1000 + rnd.nextInt(9000))
                                + (k % 2 == 0 ? ",\"shortagePenalty\":\"" + (1 + rnd.nextInt(9)) + "K USD\"" : "") + "}");
                        first = false;
                    }
                }
            }
            w.write("],\n\"lanes\":[");
            first = true;
            for (int a = 0; a < ECONOMIES; a++) {
                for (int b = 0; b < ECONOMIES; b++) {
                    if (a == b) continue;
                    w.write((first ? "" : ",\n") + "{\"from\":\"E" + a + "\",\"to\":\"E" + b + "\",\"unitCost\":" + (1 + rnd.nextInt(50))
                            + ",\"tariff\":" + rnd.nextInt(30) / 100.0 + ((a + b) % 17 == 0 ? ",\"blocked\":true" : "") + "}");
                    first = false;
                }
            }
            for (int i = 0; i < finalSites; i += 3) {
                int s = 20 * (RAW + MID) + i;
                w.write(",\n{\"from\":\"s" + s + "\",\"to\":\"E" + rnd.nextInt(ECONOMIES) + "\",\"unitCost\":\"" + (1 + rnd.nextInt(90))
                        + " EUR\",\"risk\":" + rnd.nextInt(100) / 100.0 + ",\"note\":\"site-specific contract\"}");
            }
            w.write("],\n\"defaultLane\":{\"unitCost\":25,\"tariff\":0.05},\n\"subsidies\":[");
            for (int u = 0; u < 30; u++) {
                w.write((u > 0 ? ",\n" : "") + "{\"id\":\"u" + u + "\",\"amount\":\"" + (1 + u) + "B USD\",\"maxShare\":0.4,"
                        + "\"eligible\":{\"economies\":[\"E" + u % ECONOMIES + "\",\"E" + (u * 3) % ECONOMIES + "\"]}}");
            }
            w.write("],\n\"policies\":[{\"type\":\"maxShare\",\"from\":{\"tags\":[\"adversary\"]},\"share\":0.2},\n"
                    + "{\"type\":\"maxShortage\",\"share\":0.05},{\"type\":\"budget\",\"amount\":\"500B USD\"}],\n\"scenarios\":[");
            for (int c = 0; c < 10; c++) {
                w.write((c > 0 ? ",\n" : "") + "{\"id\":\"sc" + c + "\",\"probability\":0.05,\"period\":\"t" + c + "\","
                        + "\"capacity\":[{\"economies\":[\"E" + (c * 5 + 4) % ECONOMIES + "\"],\"factor\":0}],"
                        + "\"lanes\":[{\"from\":\"E" + (c * 5 + 4) % ECONOMIES + "\"}]}");
            }
            w.write("],\n\"objective\":{\"exposureWeight\":\"1K USD\",\"unservedPenalty\":\"100K USD\"}}\n");
        }
    }

    private static void site(Writer w, Random rnd, int n, int product) throws IOException {
        w.write((n > 0 ? ",\n" : "") + "{\"id\":\"s" + n + "\",\"name\":\"Site number " + n + "\",\"economy\":\"E"
                + rnd.nextInt(ECONOMIES) + "\",\"product\":\"P" + product + "\",\"capacity\":" + rnd.nextInt(5000)
                + ",\"unitCost\":\"" + (10 + rnd.nextInt(900)) / 10.0 + "K JPY\",\"sources\":[\"gen\"],\"options\":[");
        for (int o = 0; o < 3; o++) {
            w.write((o > 0 ? "," : "") + "{\"id\":\"s" + n + "-o" + o + "\",\"capacity\":" + (100 + rnd.nextInt(900))
                    + ",\"capex\":\"" + (1 + rnd.nextInt(500)) + "M USD\",\"fixedCost\":" + rnd.nextInt(100000)
                    + ",\"earliestPeriod\":\"t" + rnd.nextInt(PERIODS) + "\",\"maxBuilds\":" + (1 + rnd.nextInt(3)) + "}");
        }
        w.write("],\"note\":\"generated site for the reader's speed measurement\"}");
    }
}
