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
 * cap41–cap134: the gap of each plan to the published optimum (optima.csv) within a fixed time
 * per instance, and the score calculation speed. Not a unit test: run it by hand,
 * <pre>
 * java -cp ... org.reshore.bench.SearchCflpBenchmark DIR [seconds] [config] [instances...]
 * </pre>
 * where DIR holds capNN.txt and optima.csv. Writes one CSV line per instance to standard output.
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
        List<String> only = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
        List<String[]> optima = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("optima.csv"))) {
            String[] cells = line.split(",");
            if (!cells[0].matches("cap\\d+")) continue;
            if (!only.isEmpty() && !only.contains(cells[0])) continue;
            optima.add(cells);
        }
        System.out.println("instance,facilities,customers,optimum,objective,gap_percent,seconds,score_calcs_per_second,flow_solves");
        double gapSum = 0;
        double speedSum = 0;
        for (String[] row : optima) {
            Problem problem = OrLibCflp.toProblem(OrLibCflp.read(dir.resolve(row[0] + ".txt"), OptionalDouble.empty()));
            double optimum = Double.parseDouble(row[3]);
            SolveOptions options = new SolveOptions(Duration.ofMillis(Math.round(seconds * 1000)), 0, 1, 1e-6,
                    config == null ? Map.of() : Map.of("config", config), null);
            SolveResult result = new SearchSolver().solve(problem, options, p -> { });
            double gap = 100 * (result.objective() - optimum) / optimum;
            double speed = result.statistics().getOrDefault("scoreCalculationsPerSecond", 0).doubleValue();
            gapSum += gap;
            speedSum += speed;
            System.out.printf(Locale.ROOT, "%s,%s,%s,%.3f,%.3f,%.4f,%.2f,%.0f,%s%n", row[0], row[1], row[2], optimum,
                    result.objective(), gap, result.seconds(), speed, result.statistics().get("flowSolves"));
        }
        System.out.printf(Locale.ROOT, "# instances %d, mean gap %.4f%%, mean score calculations per second %.0f%n",
                optima.size(), gapSum / optima.size(), speedSum / optima.size());
    }
}
