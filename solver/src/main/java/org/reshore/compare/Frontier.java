package org.reshore.compare;

import java.util.List;

/**
 * The cost–exposure Pareto frontier of a problem: non-dominated plans from least cost (most
 * exposure) to least exposure (most cost), and a line for each solve that gave no point (no plan
 * within the time limit, or a plan another point dominates).
 */
public record Frontier(String problem, String currency, List<FrontierPoint> points, List<String> dropped) {
    public Frontier {
        points = List.copyOf(points);
        dropped = List.copyOf(dropped);
    }
}
