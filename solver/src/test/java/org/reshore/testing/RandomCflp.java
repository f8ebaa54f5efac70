package org.reshore.testing;

import java.util.Random;
import org.reshore.io.orlib.OrLibCflp;

/**
 * Seeded random capacitated facility location instances in OR-Library's shape (Cornuéjols-style:
 * points in the unit square, transport cost proportional to distance times demand, capacities a
 * few times the mean demand share), large enough that the exact and local-search engines need
 * many seconds while a greedy plan exists within one. For tests of time limits and Ctrl-C.
 */
public final class RandomCflp {
    private RandomCflp() {}

    public static OrLibCflp.Instance instance(int warehouses, int customers, double capacityRatio, long seed) {
        Random rnd = new Random(seed);
        double[][] w = new double[warehouses][2];
        double[][] c = new double[customers][2];
        for (double[] p : w) { p[0] = rnd.nextDouble(); p[1] = rnd.nextDouble(); }
        for (double[] p : c) { p[0] = rnd.nextDouble(); p[1] = rnd.nextDouble(); }
        double[] demand = new double[customers];
        double total = 0;
        for (int j = 0; j < customers; j++) total += demand[j] = 5 + rnd.nextInt(95);
        double[] capacity = new double[warehouses];
        double[] fixed = new double[warehouses];
        for (int i = 0; i < warehouses; i++) {
            capacity[i] = Math.round(capacityRatio * total / warehouses * (0.5 + rnd.nextDouble()));
            fixed[i] = Math.round(capacity[i] * (20 + 10 * rnd.nextDouble()));
        }
        double[][] cost = new double[warehouses][customers];
        for (int i = 0; i < warehouses; i++) {
            for (int j = 0; j < customers; j++) {
                cost[i][j] = Math.round(10 * demand[j] * Math.hypot(w[i][0] - c[j][0], w[i][1] - c[j][1]) * 100) / 100.0;
            }
        }
        return new OrLibCflp.Instance("random-cflp-" + warehouses + "x" + customers + "-" + seed, capacity, fixed, demand, cost);
    }

    /** Writes an instance as a reshore/1 problem file; arguments: warehouses customers ratio seed out.json. */
    public static void main(String[] args) throws java.io.IOException {
        OrLibCflp.writeJson(instance(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Double.parseDouble(args[2]),
                Long.parseLong(args[3])), java.nio.file.Path.of(args[4]));
    }
}
