package org.reshore.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a benchmark measured, as results.json keeps it: the suite's name, the machine, the
 * configurations, the problems with their best-known values and every run. The report is drawn
 * from this alone.
 *
 * @param machine        Java version, processors and maximum heap of the JVM that ran the suite, and how runs were run
 * @param configurations per configuration name: engine, time limit and options as run
 * @param optaplanner    OptaPlanner's own benchmark reports, per problem (empty unless the suite asked for them)
 */
public record BenchResults(String suite, String description, Map<String, String> machine,
                           List<Map<String, Object>> configurations, List<ProblemSummary> problems,
                           List<RunRecord> runs, List<OptaPlannerReport> optaplanner) {
    public static final String FORMAT = "reshore-bench/1";

    /**
     * Where OptaPlanner's benchmarker put its report on one problem.
     *
     * @param report the report's index.html relative to the results folder, or null when there is none
     * @param note   why there is none ("skipped: …", "failed: …"), or null
     */
    public record OptaPlannerReport(String problem, String report, String note) {}

    public BenchResults {
        machine = new TreeMap<>(machine);
        configurations = List.copyOf(configurations);
        problems = List.copyOf(problems);
        runs = List.copyOf(runs);
        optaplanner = List.copyOf(optaplanner);
    }

    public BenchResults(String suite, String description, Map<String, String> machine,
                        List<Map<String, Object>> configurations, List<ProblemSummary> problems, List<RunRecord> runs) {
        this(suite, description, machine, configurations, problems, runs, List.of());
    }

    /** The same results with OptaPlanner's reports. */
    public BenchResults withOptaPlanner(List<OptaPlannerReport> reports) {
        return new BenchResults(suite, description, machine, configurations, problems, runs, reports);
    }

    /** Configuration names in suite order. */
    public List<String> configurationNames() {
        return configurations.stream().map(c -> String.valueOf(c.get("name"))).toList();
    }

    /**
     * Best-known values settled from the runs: a known optimum where the optima file has one, else
     * the best objective a run reached (evaluator-checked); every run measured against it.
     */
    public static BenchResults settle(String suite, String description, Map<String, String> machine,
                                      List<Map<String, Object>> configurations, List<BenchProblem> problems,
                                      Map<String, Double> optima, List<RunRecord> runs) {
        Map<String, ProblemSummary> summaries = new LinkedHashMap<>();
        for (BenchProblem p : problems) {
            Double opt = optima.get(p.id());
            double best = Double.NaN;
            String source = "none";
            if (opt != null) {
                best = opt;
                source = "optimum";
            } else {
                for (RunRecord r : runs) {
                    if (r.problem().equals(p.id()) && r.ok() && !(r.objective() >= best)) best = r.objective();
                }
                if (Double.isFinite(best)) source = "best found";
            }
            summaries.put(p.id(), new ProblemSummary(p.id(), p.source(), best, source));
        }
        List<RunRecord> measured = new ArrayList<>();
        for (RunRecord r : runs) measured.add(r.against(summaries.get(r.problem()).bestKnown()));
        return new BenchResults(suite, description, machine, configurations, new ArrayList<>(summaries.values()), measured);
    }
}
