package org.reshore.engine.search.flow;

/** Successive shortest paths that push a source's overload out to sources with room. */
final class OverloadPaths {
    /** Sources and flows looked at so far (see {@link TransportFlows#work}). */
    long work;
    private final TransportNetwork net;
    private final double[] dist;
    private final int[] via;
    private final boolean[] done;
    private final int[] settled;
    private int settledCount;
    private final int[] pathFrom;
    private final int[] pathTo;
    private final int[] pathDemand;

    OverloadPaths(TransportNetwork net) {
        this.net = net;
        int m = net.m;
        dist = new double[m];
        via = new int[m];
        done = new boolean[m];
        settled = new int[m];
        pathFrom = new int[m];
        pathTo = new int[m];
        pathDemand = new int[m];
    }

    // One shortest path from overloaded source s to a source with room, over the sources alone:
    // arc u → k hands demand detours.demand(u, k) from u over to k, at reduced cost
    // detour + π[u] − π[k] ≥ 0. Dijkstra by scanning the open sources for the nearest (they are
    // a few dozen; a heap over sources and demands settled hundreds of demands per path, each
    // relaxing every open source). With the heap and all nodes, pricing capb_5000 configurations
    // took 2.8 ms each, now 0.27 ms (with the repricing; benchmarks/results/transport-pricing-*).
    boolean push(int s) {
        if (net.capacity[s] <= TransportNetwork.EPS) return false; // closed sources lose their demands by reassign
        for (int l = 0; l < net.openCount; l++) {
            dist[net.open[l]] = Double.POSITIVE_INFINITY;
            done[net.open[l]] = false;
        }
        dist[s] = 0;
        via[s] = -1;
        settledCount = 0;
        int target = -1;
        while (target < 0) {
            work += 2L * net.openCount;
            int u = -1;
            double nearest = Double.POSITIVE_INFINITY;
            for (int l = 0; l < net.openCount; l++) {
                int i = net.open[l];
                if (!done[i] && dist[i] < nearest) {
                    nearest = dist[i];
                    u = i;
                }
            }
            if (u < 0) return false;
            done[u] = true;
            settled[settledCount++] = u;
            if (u != s && net.hasRoom(u)) {
                target = u;
                break;
            }
            double from = nearest + net.potential[u];
            for (int l = 0; l < net.openCount; l++) {
                int k = net.open[l];
                if (done[k]) continue;
                double c = net.detours.cost(u, k);
                if (c == Double.POSITIVE_INFINITY) continue;
                double d = Math.max(nearest, from + c - net.potential[k]);
                if (d < dist[k]) {
                    dist[k] = d;
                    via[k] = u;
                }
            }
        }
        double bound = dist[target];
        // π += min(dist, bound) keeps every reduced cost ≥ 0 (sources not settled have
        // dist ≥ bound). Shifted by −bound, which changes no reduced cost, it touches the settled
        // sources only and leaves π(Z) and every source with room where they are. A demand's
        // potential follows its sources' (its arcs from them have reduced cost 0).
        for (int k = 0; k < settledCount; k++) {
            int v = settled[k];
            net.potential[v] -= bound - dist[v];
            work += net.x.count(v);
            for (int e = 0; e < net.x.count(v); e++) {
                int j = net.x.demand(v, e);
                net.potential[net.m + j] = net.potential[v] - net.cost[v][j];
            }
        }
        int length = 0;
        double push = Math.min(net.load[s] - net.capacity[s], net.capacity[target] - net.load[target]);
        for (int v = target; v != s; v = via[v]) {
            int u = via[v];
            int j = net.detours.demand(u, v);
            pathFrom[length] = u;
            pathTo[length] = v;
            pathDemand[length++] = j;
            push = Math.min(push, net.x.get(u, j));
        }
        for (int e = 0; e < length; e++) {
            net.addFlow(pathTo[e], pathDemand[e], push);
            net.takeFlow(pathFrom[e], pathDemand[e], push);
        }
        net.load[s] -= push;
        net.load[target] += push;
        return true;
    }
}
