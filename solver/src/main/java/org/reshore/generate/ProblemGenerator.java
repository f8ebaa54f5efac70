package org.reshore.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.reshore.io.AtomicFiles;

/**
 * Synthetic reshoring problems (reshore/1 JSON) of any size, for scale studies
 * ({@code reshore generate}, and the "generate" problems of benchmark suites). The same spec
 * always gives the same text.
 *
 * <p>What a generated problem looks like, in a planner's words: the economies lie on a 100 × 100
 * map; each is a market with demand for every product in every period (growing 10 % a period).
 * Every site makes one product. Some economies (one in ten by default) are "adversary": high
 * risk, cheap existing capacity, nothing to build. The others ("domestic", one in five by
 * default, and "ally") have less existing capacity, dearer production and, for a share of their
 * sites (one in five by default), an option to build (capex, yearly fixed cost, one or two
 * modules, some only from the second period). Shipping between economies costs
 * {@code defaultLane} (20 a unit, 10 % tariff) except along lanes to each economy's eight nearest
 * neighbours (0.1 a unit per map unit, no tariff). Product P0 must be met in full; the others may
 * fall short at a penalty. A capex programme pays 30 % of domestic builds; a budget caps what
 * builders pay for domestic options; an optional policy caps the share of supply from
 * adversaries. Exposure is priced through economy risk.
 *
 * <p>Without the adversary cap the flows are a transport problem per period (no bills of
 * materials, no share policies), the case the search engine prices exactly with its min-cost
 * flow. With the default knobs the text is, but for its description, the one the generator
 * behind the published scale figures wrote (benchmarks/RESULTS-search.md), so those figures
 * stand for today's generator.
 */
public final class ProblemGenerator {
    private static final int NEIGHBOURS = 8;

    private ProblemGenerator() {
    }

    /** The problem's JSON text. */
    public static String generate(GeneratorSpec spec) {
        int markets = spec.markets();
        int products = spec.products();
        int periods = spec.periods();
        int sites = spec.sites();
        Random rnd = new Random(spec.seed());
        String[] tag = tags(spec);
        boolean anyDomestic = Arrays.asList(tag).contains("domestic");
        boolean anyAdversary = Arrays.asList(tag).contains("adversary");
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("{\n\"format\": \"reshore/1\",\n");
        b.append("\"name\": \"").append(spec.name()).append("\",\n");
        b.append("\"description\": \"").append(description(spec, anyDomestic, anyAdversary)).append("\",\n");
        b.append("\"currency\": \"USD\",\n\"discountRate\": 0.05,\n\"periods\": [");
        for (int t = 0; t < periods; t++) {
            b.append(t == 0 ? "" : ", ").append("{\"id\": \"t").append(t + 1).append("\", \"years\": ").append(t % 2 == 0 ? 3 : 2).append('}');
        }
        b.append("],\n\"economies\": [\n");
        double[] x = new double[markets];
        double[] y = new double[markets];
        for (int e = 0; e < markets; e++) {
            x[e] = 100 * rnd.nextDouble();
            y[e] = 100 * rnd.nextDouble();
            double risk = tag[e].equals("adversary") ? 0.6 + 0.4 * rnd.nextDouble() : 0.2 * rnd.nextDouble();
            b.append(e == 0 ? "" : ",\n").append(String.format(Locale.ROOT, " {\"id\": \"E%d\", \"risk\": %.3f, \"tags\": [\"%s\"]}",
                    e, risk, tag[e]));
        }
        b.append("\n],\n\"products\": [");
        for (int p = 0; p < products; p++) {
            b.append(p == 0 ? "" : ", ").append("{\"id\": \"P").append(p).append("\", \"unit\": \"t\", \"criticality\": ").append(1 + p).append('}');
        }
        b.append("],\n\"sites\": [\n");
        sites(b, spec, rnd, tag);
        b.append("\n],\n\"demand\": [\n");
        boolean first = true;
        for (int e = 0; e < markets; e++) {
            for (int p = 0; p < products; p++) {
                double base = (double) sites / markets / products * (40 + rnd.nextInt(100));
                for (int t = 0; t < periods; t++) {
                    b.append(first ? "" : ",\n").append(String.format(Locale.ROOT,
                            " {\"market\": \"E%d\", \"product\": \"P%d\", \"period\": \"t%d\", \"quantity\": %.0f%s}",
                            e, p, t + 1, Math.ceil(base * Math.pow(1.1, t)), p == 0 ? "" : ", \"shortagePenalty\": " + (60 + 20 * p)));
                    first = false;
                }
            }
        }
        b.append("\n],\n\"defaultLane\": {\"unitCost\": 20, \"tariff\": 0.1},\n\"lanes\": [\n");
        first = true;
        for (int e = 0; e < markets; e++) {
            for (int f : nearest(e, x, y, Math.min(NEIGHBOURS, markets - 1))) {
                double d = Math.hypot(x[e] - x[f], y[e] - y[f]);
                b.append(first ? "" : ",\n").append(String.format(Locale.ROOT,
                        " {\"from\": \"E%d\", \"to\": \"E%d\", \"unitCost\": %.2f, \"tariff\": 0}", e, f, 0.1 * d));
                first = false;
            }
        }
        b.append("\n],\n");
        // a selector naming a tag no economy carries is an error in reshore/1: such parts are left out
        if (spec.subsidies() && anyDomestic) {
            b.append("\"subsidies\": [{\"id\": \"reshoring-grant\", \"amount\": ").append(200L * sites)
                    .append(", \"maxShare\": 0.3, \"eligible\": {\"tags\": [\"domestic\"]}}],\n");
        }
        List<String> policies = new ArrayList<>();
        if (spec.budget() && anyDomestic) {
            policies.add("{\"type\": \"budget\", \"amount\": " + 100L * sites + ", \"options\": {\"tags\": [\"domestic\"]}}");
        }
        if (!Double.isNaN(spec.adversaryCap()) && anyAdversary) {
            policies.add("{\"type\": \"maxShare\", \"from\": {\"tags\": [\"adversary\"]}, \"share\": "
                    + GeneratorSpec.num(spec.adversaryCap()) + "}");
        }
        if (!policies.isEmpty()) b.append("\"policies\": [").append(String.join(", ", policies)).append("],\n");
        b.append("\"objective\": {\"exposureWeight\": ").append(GeneratorSpec.num(spec.exposureWeight())).append("}\n}\n");
        return b.toString();
    }

    /** Writes {@link #generate} to {@code file} whole or not at all. */
    public static void write(GeneratorSpec spec, Path file) throws IOException {
        AtomicFiles.write(file, generate(spec));
    }

    private static void sites(StringBuilder b, GeneratorSpec spec, Random rnd, String[] tag) {
        for (int s = 0; s < spec.sites(); s++) {
            int e = rnd.nextInt(spec.markets());
            int p = s % spec.products();
            boolean adversary = tag[e].equals("adversary");
            double capacity = adversary ? 300 + rnd.nextInt(500) : rnd.nextDouble() < 0.7 ? 40 + rnd.nextInt(80) : 0;
            double unitCost = adversary ? 4 + 4 * rnd.nextDouble() : 8 + 8 * rnd.nextDouble();
            b.append(s == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
                    " {\"id\": \"S%d\", \"economy\": \"E%d\", \"product\": \"P%d\", \"capacity\": %.0f, \"unitCost\": %.2f",
                    s, e, p, capacity, unitCost));
            if (!adversary && rnd.nextDouble() < spec.buildableShare()) {
                String earliest = spec.periods() > 1 && rnd.nextDouble() < 0.3 ? ", \"earliestPeriod\": \"t2\"" : "";
                b.append(String.format(Locale.ROOT,
                        ", \"options\": [{\"id\": \"S%d-x\", \"capacity\": %d, \"capex\": %d, \"fixedCost\": %d, \"maxBuilds\": %d%s}]",
                        s, 100 + rnd.nextInt(200), 2000 + rnd.nextInt(4000), 100 + rnd.nextInt(300), 1 + rnd.nextInt(2), earliest));
            }
            b.append('}');
        }
    }

    /**
     * Each economy's tag, spread evenly over the indices: e is an adversary when (e·A mod 1000) < A
     * for A = 1000·adversaryShare (every tenth economy from E0 at 0.1), domestic when
     * ((e−1)·D mod 1000) < D for D = 1000·domesticShare (every fifth from E1 at 0.2) and it is no
     * adversary, an ally otherwise. No random draw: the tags do not shift the rest of the problem.
     */
    static String[] tags(GeneratorSpec spec) {
        long a = Math.round(1000 * spec.adversaryShare());
        long d = Math.round(1000 * spec.domesticShare());
        String[] tag = new String[spec.markets()];
        for (int e = 0; e < tag.length; e++) {
            tag[e] = Math.floorMod(e * a, 1000) < a ? "adversary" : Math.floorMod((e - 1) * d, 1000) < d ? "domestic" : "ally";
        }
        return tag;
    }

    private static String description(GeneratorSpec spec, boolean anyDomestic, boolean anyAdversary) {
        StringBuilder b = new StringBuilder("Generated by reshore generate (org.reshore.generate.ProblemGenerator): ");
        List<String> knobs = new ArrayList<>();
        spec.fields().forEach((k, v) -> knobs.add(k + " " + (v instanceof Double dv ? GeneratorSpec.num(dv) : v)));
        b.append(String.join(", ", knobs)).append('.');
        if ((spec.subsidies() || spec.budget()) && !anyDomestic) b.append(" No economy is domestic: no capex programme, no budget.");
        if (!Double.isNaN(spec.adversaryCap()) && !anyAdversary) b.append(" No economy is an adversary: no cap on adversary supply.");
        return b.toString();
    }

    // The k economies nearest to e (ties by index: a stable order).
    private static int[] nearest(int e, double[] x, double[] y, int k) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, c) -> {
            int cmp = Double.compare(Math.hypot(x[a] - x[e], y[a] - y[e]), Math.hypot(x[c] - x[e], y[c] - y[e]));
            return cmp != 0 ? cmp : Integer.compare(a, c);
        });
        int[] out = new int[k];
        int n = 0;
        for (Integer i : order) {
            if (i != e && n < k) out[n++] = i;
        }
        return out;
    }
}
