package org.reshore.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A plan file (MODEL.md §4, format "reshore-plan/1") as written: ids rather than indices, only the
 * decisions that are not zero. {@link Plans} turns it into a {@link org.reshore.model.Solution} for a
 * problem and back. Entries read from a file remember where they stood ({@link Where}); entries made
 * in memory have {@code where == null}.
 */
public record PlanFile(String format, ProblemRef problem, SolverInfo solver, List<Build> builds,
                       List<SubsidyUse> subsidies, List<Flow> flows, List<Shortage> shortages,
                       List<StockpileLevel> stockpiles, JsonNode kpis, String fileName) {
    public static final String FORMAT = "reshore-plan/1";

    public PlanFile {
        builds = List.copyOf(builds);
        subsidies = List.copyOf(subsidies);
        flows = List.copyOf(flows);
        shortages = List.copyOf(shortages);
        stockpiles = List.copyOf(stockpiles);
    }

    /** Where an entry stood in its file, for messages. */
    public record Where(int line, int column, String path) {
        /**
         * One field of the entry: its path, at the entry's line and column (plan files hold one
         * entry per line, so the line is the field's; keeping each field's own position would cost
         * a plan of a million flows four objects per flow).
         */
        public Where field(String key) {
            return new Where(line, column, path.isEmpty() ? key : path + "." + key);
        }
    }

    /**
     * Which problem the plan answers: its name and the SHA-256 of its canonical form, and where
     * that stood in the plan file ({@code null} for a plan made in memory).
     */
    public record ProblemRef(String name, String sha256, Where where) {
        public ProblemRef(String name, String sha256) {
            this(name, sha256, null);
        }
    }

    /**
     * Who made the plan and how it ended. {@code objective}, {@code bound}, {@code gap} and
     * {@code seconds} are NaN when unknown (left out of the file); {@code config} may be null.
     */
    public record SolverInfo(String name, JsonNode config, String status, double objective, double bound,
                             double gap, double seconds, long seed) {}

    /** {@code count} builds of {@code option} (of {@code site}) in {@code period}. */
    public record Build(String site, String option, String period, int count, Where where) {
        public Build(String site, String option, String period, int count) {
            this(site, option, period, count, null);
        }
    }

    /**
     * Money of a subsidy programme: a capex grant towards the builds of {@code option} in
     * {@code period}, or, with {@code option == null}, a production grant to {@code site}.
     */
    public record SubsidyUse(String subsidy, String site, String option, String period, double amount, Where where) {
        public SubsidyUse(String subsidy, String site, String option, String period, double amount) {
            this(subsidy, site, option, period, amount, null);
        }
    }

    /** Yearly flow from a site to a market or a site. */
    public record Flow(String from, String to, String period, double quantity, Where where) {
        public Flow(String from, String to, String period, double quantity) {
            this(from, to, period, quantity, null);
        }
    }

    /** Yearly demand not served. */
    public record Shortage(String market, String product, String period, double quantity, Where where) {
        public Shortage(String market, String product, String period, double quantity) {
            this(market, product, period, quantity, null);
        }
    }

    /** Stockpile level held at a market for a product. */
    public record StockpileLevel(String market, String product, double level, Where where) {
        public StockpileLevel(String market, String product, double level) {
            this(market, product, level, null);
        }
    }
}
