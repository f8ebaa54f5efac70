package org.reshore.engine.search.flow;

import java.util.Arrays;

/**
 * A network's flows re-optimised from its last ones, with their potentials as prices, for new
 * capacities (see {@link TransportNetwork} for the conditions kept). False when a shortest path
 * search fails, and the caller then solves from scratch.
 */
final class Repricing {
    /** Arcs looked at so far (see {@link TransportFlows#work}). */
    long work;
    private final TransportNetwork net;
    private final int[] changed;
    private final int[] opened;
    private final boolean[] inQueue;
    private int[] queue;
    private int queued;

    Repricing(TransportNetwork net) {
        this.net = net;
        changed = new int[net.m];
        opened = new int[net.m];
        inQueue = new boolean[net.m];
        queue = new int[net.m];
    }

    /** The new capacities (one per site of the product), and the flows optimal for them. */
    boolean apply(double[] siteCapacity) {
        int changes = 0;
        int openings = 0;
        for (int i = 0; i < net.m - 1; i++) {
            if (siteCapacity[i] == net.capacity[i]) continue;
            if (net.capacity[i] <= TransportNetwork.EPS && siteCapacity[i] > TransportNetwork.EPS) opened[openings++] = i;
            changed[changes++] = i;
            net.capacity[i] = siteCapacity[i];
        }
        net.collectOpen();
        for (int k = 0; k < openings; k++) net.detours.opened(opened[k], net.open, net.openCount);
        queued = 0;
        // Opened sources first get their potential (an empty source may take any): a closed
        // source's demands may go to them.
        for (int k = 0; k < changes; k++) {
            int i = changed[k];
            if (net.capacity[i] <= TransportNetwork.EPS) continue;
            if (net.load[i] <= TransportNetwork.EPS) {
                net.potential[i] = net.roomPotential;
                enqueue(i);
            } else if (net.hasRoom(i) && net.potential[i] < net.roomPotential - net.tolerance) {
                enqueue(i);
            }
        }
        // Closed: each of its demands to its cheapest source at the current prices.
        for (int k = 0; k < changes; k++) {
            int i = changed[k];
            if (net.capacity[i] <= TransportNetwork.EPS) {
                while (net.x.count(i) > 0) reassign(net.x.demand(i, 0));
            }
        }
        // A source with room must have π(Z): raise it there, and every demand that then finds it
        // cheaper than its own source moves to it; a full source that loses demand joins the queue.
        for (int q = 0; q < queued; q++) {
            int i = queue[q];
            inQueue[i] = false;
            // Filled meanwhile and still below π(Z): valid for a full source. (An opened source
            // is already at π(Z) and is scanned even when full.)
            if (!net.hasRoom(i) && net.potential[i] < net.roomPotential - net.tolerance) continue;
            net.potential[i] = net.roomPotential;
            double[] row = net.cost[i];
            work += net.n;
            for (int j = 0; j < net.n; j++) {
                if (row[j] + net.potential[net.m + j] - net.roomPotential < -net.tolerance) reassign(j);
            }
        }
        for (int k = 0; k < net.openCount; k++) {
            int s = net.open[k];
            while (net.overloaded(s)) {
                if (!net.paths.push(s)) return false;
            }
        }
        for (int k = 0; k < net.openCount; k++) {
            int u = net.open[k];
            if (net.load[u] <= TransportNetwork.EPS && net.hasRoom(u)) net.potential[u] = net.roomPotential;
        }
        return true;
    }

    // Demand j, all of it, to its cheapest open source at the current potentials:
    // π[j] = max_k(π[k] − c[k][j]), so every arc of j keeps a reduced cost ≥ 0.
    private void reassign(int j) {
        work += net.openCount + net.m;
        int best = -1;
        double bestPrice = Double.POSITIVE_INFINITY;
        for (int k = 0; k < net.openCount; k++) {
            int i = net.open[k];
            double price = net.cost[i][j] - net.potential[i];
            if (price < bestPrice) {
                bestPrice = price;
                best = i;
            }
        }
        net.potential[net.m + j] = -bestPrice;
        for (int u = 0; u < net.m; u++) {
            if (u == best) continue;
            double amount = net.x.get(u, j);
            if (amount == 0) continue;
            net.takeFlow(u, j, amount);
            net.load[u] -= amount;
            net.addFlow(best, j, amount);
            net.load[best] += amount;
            if (net.capacity[u] > TransportNetwork.EPS && net.hasRoom(u) && net.potential[u] < net.roomPotential - net.tolerance) enqueue(u);
        }
    }

    private void enqueue(int i) {
        if (inQueue[i]) return;
        inQueue[i] = true;
        if (queued == queue.length) queue = Arrays.copyOf(queue, 2 * queued);
        queue[queued++] = i;
    }
}
