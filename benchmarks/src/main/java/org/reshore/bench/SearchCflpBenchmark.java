package org.reshore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.search.SearchSolver;
import org.reshore.io.orlib.OrLibCflp;
import org.reshore.model.Problem;

/**
 * Quality benchmark of the search engine on OR-Library's capacitated facility location instances
 * cap41–cap134 and the large capa/capb/capc variants (capa_8000 … capc_7250: capa.txt with every
 * capacity set to 8000): the gap of each plan to the published optimum (optima.csv) within a
 * fixed time per instance, the time at which the best plan was found, and the score calculation
 * speed. Not a unit test: run it by hand,
 * <pre>
 * java -cp ... org.reshore.bench.SearchCflpBenchmark DIR [seconds] [config|-] [small|large|instances...]
 * </pre>
 * where DIR holds the instance files and optima.csv ("small": cap41–cap134, the default; "large":
 * the 12 capa/b/c variants). Writes one CSV line per instance to standard output.
 */
public final class SearchCflpBenchmark {
    private SearchCflpBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SearchCflpBenchmark DIR [seconds] [config.json|xml|-] [instance...]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        String config = args.length > 2 && !args[2].equals("-") ? args[2] : null;
        List<String> only = args.length > 3 ? List.of(args).subList(3, args.length) : List.of("small");
        String set = only.size() == 1 && (only.get(0).equals("small") || only.get(0).equals("large")) ? only.get(0) : null;
        List<String[]> optima = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("optima.csv"))) {
            String[] cells = line.split(",");
            if (!cells[0].matches("cap\\d+|cap[abc]_\\d+")) continue;
            boolean large = cells[0].contains("_");
            if (set != null ? large != set.equals("large") : !only.contains(cells[0])) continue;
            optima.add(cells);
        }
        System.out.println("instance,facilities,customers,optimum,objective,gap_percent,seconds,seconds_to_best,"
                + "score_calcs_per_second,score_calcs,flow_solves");
        double gapSum = 0;
        double speedSum = 0;
        for (String[] row : optima) {
            String[] name = row[0].split("_");
            OptionalDouble capacity = name.length > 1 ? OptionalDouble.of(Double.parseDouble(name[1])) : OptionalDouble.empty();
            Problem problem = OrLibCflp.toProblem(OrLibCflp.read(dir.resolve(name[0] + ".txt"), capacity));
            double optimum = Double.parseDouble(row[3]);
            SolveOptions options = new SolveOptions(Duration.ofMillis(Math.round(seconds * 1000)), 0, 1, 1e-6,
                    config == null ? Map.of() : Map.of("config", config), null);
            // Progress events come with each new feasible best and once more for the finished plan:
            // the time to best is that of the last event that improved the objective.
            double[] toBest = {Double.NaN, Double.POSITIVE_INFINITY};
            SolveResult result = new SearchSolver().solve(problem, options, p -> {
                if (Double.isInfinite(toBest[1]) || p.best() < toBest[1] - 1e-9 * Math.abs(toBest[1])) {
                    toBest[0] = p.elapsed().toNanos() / 1e9;
                    toBest[1] = p.best();
                }
            });
            double gap = 100 * (result.objective() - optimum) / optimum;
            double speed = result.statistics().getOrDefault("scoreCalculationsPerSecond", 0).doubleValue();
            gapSum += gap;
            speedSum += speed;
            System.out.printf(Locale.ROOT, "%s,%s,%s,%.3f,%.3f,%.4f,%.2f,%.2f,%.0f,%s,%s%n", row[0], row[1], row[2], optimum,
                    result.objective(), gap, result.seconds(), toBest[0], speed, result.statistics().get("scoreCalculations"),
                    result.statistics().get("flowSolves"));
            System.out.flush();
        }
        System.out.printf(Locale.ROOT, "# instances %d, mean gap %.4f%%, mean score calculations per second %.0f%n",
                optima.size(), gapSum / optima.size(), speedSum / optima.size());
    }
}
