package org.reshore.io.orlib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reshore.io.AtomicFiles;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalDouble;
import org.reshore.model.Arc;
import org.reshore.model.CapacityOption;
import org.reshore.model.Demand;
import org.reshore.model.Economy;
import org.reshore.model.Market;
import org.reshore.model.Objective;
import org.reshore.model.Period;
import org.reshore.model.Problem;
import org.reshore.model.Product;
import org.reshore.model.Site;

/**
 * Beasley's OR-Library capacitated warehouse location instances (cap41 … cap134, capa/b/c) as
 * reshore problems. A warehouse is a site with no capacity of its own and one option to open it
 * (its capacity, capex = the fixed cost, built at most once); a customer is a market demanding
 * d_j units of one product in one period of one year; serving customer j from warehouse i costs
 * c_ij / d_j per unit (OR-Library's c_ij is the cost of serving ALL of j's demand). The optimum
 * of the resulting plan is the multi-source CFLP optimum that OR-Library's capopt lists.
 */
public final class OrLibCflp {
    /** The numbers of one instance file, as read. */
    public record Instance(String name, double[] capacity, double[] fixedCost, double[] demand, double[][] cost) {
        public int warehouses() {
            return capacity.length;
        }

        public int customers() {
            return demand.length;
        }
    }

    private OrLibCflp() {}

    /**
     * Reads a file as whitespace-separated tokens. {@code capacity} replaces the literal word
     * "capacity" of capa/capb/capc (required there, ignored elsewhere); the instance is named
     * after the file, with "_capacity" appended when it was given and used.
     */
    public static Instance read(Path file, OptionalDouble capacity) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String[] tok = text.trim().split("\\s+");
        String base = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Cursor c = new Cursor(file, tok, capacity);
        int m = (int) c.number("number of warehouses m");
        int n = (int) c.number("number of customers n");
        long expected = 2 + 2L * m + (long) n * (m + 1);
        if (tok.length != expected) {
            throw new IOException(file + ": expected 2 + 2m + n(m+1) = " + expected + " tokens for m=" + m + ", n=" + n
                    + ", found " + tok.length + " (hint: is this an OR-Library cap* file?)");
        }
        double[] cap = new double[m];
        double[] fixed = new double[m];
        for (int i = 0; i < m; i++) {
            cap[i] = c.capacity("capacity of warehouse " + (i + 1));
            fixed[i] = c.number("fixed cost of warehouse " + (i + 1));
        }
        double[] demand = new double[n];
        double[][] cost = new double[m][n];
        for (int j = 0; j < n; j++) {
            demand[j] = c.number("demand of customer " + (j + 1));
            for (int i = 0; i < m; i++) cost[i][j] = c.number("cost of customer " + (j + 1) + " at warehouse " + (i + 1));
        }
        String name = c.usedCapacity && capacity.isPresent() ? base + "_" + fmt(capacity.getAsDouble()) : base;
        return new Instance(name, cap, fixed, demand, cost);
    }

    /** The instance as a resolved reshore problem (see the class comment for the mapping). */
    public static Problem toProblem(Instance in) {
        int m = in.warehouses();
        int n = in.customers();
        List<Market> markets = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            markets.add(new Market(customerId(j), j, 0));
            demands.add(new Demand(j, j, 0, 0, in.demand()[j], Double.NaN));
        }
        List<Site> sites = new ArrayList<>();
        List<CapacityOption> options = new ArrayList<>();
        List<Arc> arcs = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            sites.add(new Site(warehouseId(i), i, 0, 0, 0, 0, List.of(i)));
            options.add(new CapacityOption(optionId(i), i, i, in.capacity()[i], in.fixedCost()[i], 0, 0, 1));
            for (int j = 0; j < n; j++) {
                if (in.demand()[j] <= 0) continue; // nothing to serve, and c/d is undefined
                arcs.add(new Arc(arcs.size(), i, j, -1, 0, 0, in.cost()[i][j] / in.demand()[j], 0));
            }
        }
        Objective objective = new Objective(0, 0, Objective.Mode.WEIGHTED, List.of(), 1e-6,
                Double.POSITIVE_INFINITY, Double.NaN);
        return new Problem(in.name(), description(in), "USD", sha256(toJson(in)),
                List.of(new Period("all", 0, 1, 1)), List.of(new Economy("all", 0, "all", 0, List.of())),
                List.of(new Product("goods", 0, "unit", 1, List.of())), markets, sites, options, demands, arcs,
                List.of(), List.of(), List.of(), List.of(), List.of(), objective);
    }

    /** The instance as a reshore/1 problem file (JSON text). */
    public static String toJson(Instance in) {
        StringBuilder b = new StringBuilder();
        b.append("{\"format\": \"reshore/1\",\n \"name\": \"").append(in.name()).append("\",\n \"description\": \"")
                .append(description(in)).append("\",\n \"currency\": \"USD\",\n")
                .append(" \"economies\": [{\"id\": \"all\", \"risk\": 0}],\n")
                .append(" \"products\": [{\"id\": \"goods\", \"unit\": \"unit\"}],\n \"markets\": [");
        for (int j = 0; j < in.customers(); j++) {
            b.append(j == 0 ? "\n  " : ",\n  ").append("{\"id\": \"").append(customerId(j)).append("\", \"economy\": \"all\"}");
        }
        b.append("],\n \"sites\": [");
        for (int i = 0; i < in.warehouses(); i++) {
            b.append(i == 0 ? "\n  " : ",\n  ").append("{\"id\": \"").append(warehouseId(i))
                    .append("\", \"economy\": \"all\", \"product\": \"goods\", \"capacity\": 0, \"unitCost\": 0, ")
                    .append("\"options\": [{\"id\": \"").append(optionId(i)).append("\", \"capacity\": ")
                    .append(num(in.capacity()[i])).append(", \"capex\": ").append(num(in.fixedCost()[i]))
                    .append(", \"maxBuilds\": 1}]}");
        }
        b.append("],\n \"demand\": [");
        for (int j = 0; j < in.customers(); j++) {
            b.append(j == 0 ? "\n  " : ",\n  ").append("{\"market\": \"").append(customerId(j))
                    .append("\", \"product\": \"goods\", \"quantity\": ").append(num(in.demand()[j])).append('}');
        }
        b.append("],\n \"lanes\": [");
        boolean first = true;
        for (int i = 0; i < in.warehouses(); i++) {
            for (int j = 0; j < in.customers(); j++) {
                if (in.demand()[j] <= 0) continue;
                b.append(first ? "\n  " : ",\n  ").append("{\"from\": \"").append(warehouseId(i)).append("\", \"to\": \"")
                        .append(customerId(j)).append("\", \"unitCost\": ").append(num(in.cost()[i][j] / in.demand()[j]))
                        .append('}');
                first = false;
            }
        }
        b.append("]\n}\n");
        return b.toString();
    }

    /** Writes {@link #toJson} to {@code out} atomically (a temporary sibling, then one rename). */
    public static void writeJson(Instance in, Path out) throws IOException {
        AtomicFiles.write(out, toJson(in));
    }

    static String warehouseId(int i) {
        return "w" + (i + 1);
    }

    static String customerId(int j) {
        return "c" + (j + 1);
    }

    static String optionId(int i) {
        return "w" + (i + 1) + "-open";
    }

    private static String description(Instance in) {
        return "OR-Library capacitated warehouse location instance " + in.name() + " (Beasley 1988/1990): "
                + in.warehouses() + " warehouses, " + in.customers() + " customers; multi-source.";
    }

    /** A JSON number that reads back as the same double. */
    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private static String fmt(double v) {
        return num(v);
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads tokens in order, with messages naming the file, the token number and what was expected. */
    private static final class Cursor {
        private final Path file;
        private final String[] tok;
        private final OptionalDouble capacity;
        private int next;
        boolean usedCapacity;

        Cursor(Path file, String[] tok, OptionalDouble capacity) {
            this.file = file;
            this.tok = tok;
            this.capacity = capacity;
        }

        double number(String what) throws IOException {
            if (next >= tok.length) throw new IOException(file + ": file ends where the " + what + " should be");
            String t = tok[next++];
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new IOException(file + ": token " + next + " \"" + t + "\" should be the " + what + " (a number)");
            }
        }

        double capacity(String what) throws IOException {
            if (next < tok.length && tok[next].equals("capacity")) {
                if (capacity.isEmpty()) {
                    throw new IOException(file + ": the capacities are the literal word \"capacity\"; choose one "
                            + "value with --capacity (capa: 8000 10000 12000 14000; capb: 5000 6000 7000 8000; "
                            + "capc: 5000 5750 6500 7250)");
                }
                next++;
                usedCapacity = true;
                return capacity.getAsDouble();
            }
            return number(what);
        }
    }
}
