package org.reshore.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * A minimal reader of OR-Library's capacitated warehouse location files (capNN.txt) as reshore
 * problems: each warehouse a site with no capacity and one option (its capacity, its fixed cost
 * as capex), each customer a market whose demand must be met; the file's cost of serving all of a
 * customer's demand becomes a per-unit lane cost (cost / demand). One period of one year.
 * Stand-in until the io package's importer lands.
 */
final class OrLibraryCflp {
    private OrLibraryCflp() {
    }

    static Problem read(Path file, String name) throws IOException {
        String[] tokens = Files.readString(file).trim().split("\\s+");
        int at = 0;
        int m = Integer.parseInt(tokens[at++]);
        int n = Integer.parseInt(tokens[at++]);
        List<Site> sites = new ArrayList<>();
        List<CapacityOption> options = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            double capacity = Double.parseDouble(tokens[at++]);
            double fixed = Double.parseDouble(tokens[at++]);
            sites.add(new Site("w" + (i + 1), i, 0, 0, 0, 0, List.of(i)));
            options.add(new CapacityOption("open-w" + (i + 1), i, i, capacity, fixed, 0, 0, 1));
        }
        List<Market> markets = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        List<Arc> arcs = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double demand = Double.parseDouble(tokens[at++]);
            markets.add(new Market("c" + (j + 1), j, 0));
            demands.add(new Demand(j, j, 0, 0, demand, Double.NaN));
            for (int i = 0; i < m; i++) {
                double cost = Double.parseDouble(tokens[at++]);
                arcs.add(new Arc(arcs.size(), i, j, -1, 0, 0, demand > 0 ? cost / demand : 0, 0));
            }
        }
        Objective objective = new Objective(0, 0, Objective.Mode.WEIGHTED, List.of(), 1e-6, Double.POSITIVE_INFINITY, Double.NaN);
        return new Problem(name, "OR-Library CFLP " + name, "USD", "0", List.of(new Period("all", 0, 1, 1)),
                List.of(new Economy("X", 0, "X", 0, List.of())), List.of(new Product("goods", 0, "u", 1, List.of())),
                markets, sites, options, demands, arcs, List.of(), List.of(), List.of(), List.of(), List.of(), objective);
    }
}
