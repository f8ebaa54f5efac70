package org.reshore.engine.mip;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.reshore.engine.Progress;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.search.flow.Operations;
import org.reshore.engine.search.flow.TransportFlows;
import org.reshore.evaluate.Evaluator;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * The exact method for facility-location-shaped problems ({@link FacilityForm}):
 * <ol>
 *   <li>subgradient optimisation of the Lagrangian bound ({@link LagrangianBound}) at the root;
 *       the sets of builds the relaxation proposes are priced by the exact transport solver, the
 *       best of them (or the warm start) is the incumbent;</li>
 *   <li>branch and bound over the build counts, least bound first, with Lagrangian fixing at
 *       every node: a site whose bound with its builds forced up (or down) already reaches the
 *       incumbent is held where it is (on capa_8000, 87 of the 100 sites close at the root);
 *       a node whose free sites have at most {@link #ENUMERATE_LEAVES} combinations of build
 *       counts closes by its leaves, each bounded and, below the incumbent, priced exactly (the
 *       root ends as soon as its fixing leaves that few).</li>
 * </ol>
 * The bound reported is the least of the bounds of every closed or open node and every fixing,
 * so OPTIMAL always rests on a proof within the requested gap. No general MIP solver is involved.
 */
final class LagrangianMethod {
    private final Problem problem;
    private final SolveOptions options;
    private final Consumer<Progress> progress;
    private final long start;
    private final ReshoreModel rm;
    private final FacilityForm form;
    private final LagrangianBound lag;
    private final TransportFlows transport;
    private final Map<String, Object> config;
    private final Map<String, Number> stats;
    private final int periods;

    private double incumbent = Double.POSITIVE_INFINITY;
    private int[] incumbentBuilds;
    private Solution incumbentPlan;
    private double bound = Double.NEGATIVE_INFINITY;
    private long heuristicNanos;
    private int heuristicPlans;
    private long lastProgress;
    private long totalIterations;
    /**
     * Hashes of every set of builds the relaxation proposed and {@link #priceIfNew} priced: a
     * filter for the heuristic, 8 bytes a plan for however long the search runs (a collision only
     * skips a plan). Proofs read exact values from {@link #values} instead, which is bounded.
     */
    private final Set<Long> priced = new HashSet<>();
    /** Plans priced before the rationing starts: the steps need an incumbent to aim at. */
    private static final int FREE_PLANS = 10;
    /**
     * The root's steps end when a window of this many raised the bound by less than this share of
     * the gap left (checked at the end of each window). Below {@link #LONG_SEARCH_ARCS} flows 50
     * steps and 2%: over cap41–cap134 30,062 steps and 378 nodes against 36,414 and 394 with 200
     * steps and 1%; over capa/capb/capc 31,020 against 36,067 (50 and 5%: 29,190 and 32,843; 30
     * and 5%: 28,084 and 41,034). From that size 200 and 1%: on the generated 1000×1000 problem 50
     * and 2% ended the root at 3,342,763 against 3,343,226, and the tree then needs the bound more
     * than the root's few seconds.
     */
    private static final int ROOT_WINDOW = 50;
    private static final double ROOT_PROGRESS = 0.02;
    private static final int ROOT_WINDOW_LARGE = 200;
    private static final double ROOT_PROGRESS_LARGE = 0.01;
    private int rootWindow;
    private double rootProgress;
    /**
     * The deflection factor γ of the steps (0: plain subgradient steps). Measured against plain
     * steps, both with a node's first step factor 0.5 (see {@link #NODE_THETA}): Lagrangian
     * iterations over cap41–cap134 145,238 → 56,163 (γ = 1, the root's steps
     * deflected from their first stall; 67,367 deflected from the start, 85,547 with γ = 1.5,
     * 116,166 with 2); over capa/capb/capc 67,621 → 50,052 steps, engine time 20.8 s → 17.7 s; the
     * generated 10^6-flow problem after 60 s 0.298% → 0.276%. Smoothing the direction instead
     * (d = αg + (1−α)d') was faster on OR-Library but never raised the 10^6-flow problem's root
     * bound above its first value.
     */
    private double deflection = 1;
    /**
     * Work of the relaxation (arcs and nodes its evaluations looked at, see
     * {@link LagrangianBound#work}) and of pricing plans (arcs, sources and flows the transport
     * solver looked at, {@link TransportFlows#work}); measured 7–22 ns per unit of either on capb,
     * capc, cap113 and a generated 300×300 problem. {@link #allowance} rations pricing by them.
     */
    private long lagWork;
    private long priceWork;
    /** The relaxation's work when the root ended (−1 before). */
    private long rootLagWork = -1;

    LagrangianMethod(Problem problem, SolveOptions options, Consumer<Progress> progress, long start,
                     Map<String, Object> config, Map<String, Number> stats) {
        this.problem = problem;
        this.options = options;
        this.progress = progress;
        this.start = start;
        this.config = config;
        this.stats = stats;
        rm = new ReshoreModel(problem, false);
        form = FacilityForm.of(rm);
        lag = new LagrangianBound(form);
        transport = new TransportFlows(problem);
        periods = problem.periods().size();
        stats.put("buildSeconds", seconds());
    }

    SolveResult solve() {
        if (options.warmStart() != null) {
            WarmStart.Start ws = WarmStart.judge(problem, options.warmStart());
            if (ws != null) {
                incumbent = ws.objective();
                incumbentPlan = ws.plan();
            }
        }
        long deadline = start + options.timeLimit().toNanos();
        int rootIterations = intParam("lagrangianIterations", 5000);
        deflection = doubleParam("deflection", 1);
        long arcs = 0;
        for (int[] served : form.demandOf) arcs += served.length;
        boolean large = arcs >= LONG_SEARCH_ARCS;
        rootWindow = intParam("rootWindow", large ? ROOT_WINDOW_LARGE : ROOT_WINDOW);
        rootProgress = doubleParam("rootProgress", large ? ROOT_PROGRESS_LARGE : ROOT_PROGRESS);
        enumerateLeaves = intParam("enumerateLeaves", ENUMERATE_LEAVES);
        // from 200,000 flows the root's fixing is not tried: a few free sites out of thousands are
        // unlikely there, and one try costs about what a node's fixing does
        rootFixingTried = enumerateLeaves > 0 && !large;
        double root = subgradient(deadline, rootIterations, 2, true);
        bound = root;
        rootLagWork = lagWork;
        stats.put("rootBound", root);
        stats.put("rootSeconds", seconds());
        stats.put("rootNegativeArcs", lag.negativeArcs);
        if (closed(root)) return result(Status.OPTIMAL, root, "Lagrangian relaxation of the demand rows (root node)");
        if (stopped()) return result(Status.INTERRUPTED, root, "Lagrangian relaxation of the demand rows (root node, interrupted)");
        polishTries = intParam("polishTries", 20);
        swapTries = intParam("polishSwaps", polishTries);
        treeDeadline = deadline;
        long polishFrom = (long) doubleParam("polishAtRootFromArcs", LONG_SEARCH_ARCS);
        if (arcs >= polishFrom) { // a long search for certain: polish the root's plan now
            polished = true;
            polish(polishTries, deadline);
        }
        int nodeIterations = intParam("nodeIterations", large ? NODE_ITERATIONS_LARGE : NODE_ITERATIONS);
        double nodeTheta = doubleParam("nodeTheta", large ? NODE_THETA_LARGE : NODE_THETA);
        return branchAndBound(deadline, root, nodeIterations, nodeTheta);
    }

    /**
     * The first step factor at a node (Polyak's θ; the root starts at 2). 1: over cap41–cap134
     * 36,414 steps and 394 nodes against 56,163 and 625 with 0.5 (80,859 with 0.25, 57,101 with
     * 2); over capa/capb/capc 36,067 against 50,052. From 200,000 flows 0.5: on the generated
     * 1000×1000 problem the bound after 210 s was 3,345,695 with 0.5 against 3,345,513 with 1.
     */
    private static final double NODE_THETA = 1;
    private static final double NODE_THETA_LARGE = 0.5;

    /**
     * Subgradient steps per node. 100: on a generated 300×300 problem at 60 s the bound ended
     * 0.09% below the optimum, against 0.12% with 300 and 0.15% with 30 (plain steps); with the
     * deflected steps capa/capb/capc took 16.9 s in one JVM against 18.4 s with 200. From
     * 200,000 flows (a long search for certain), more: on the generated 1000×1000 problem, 600 s,
     * the gap ended at 0.248% with 100 and 0.204% with 200 (bound 3,345,425 against 3,346,157);
     * after 207 s the bound was 3,345,060 with 100, 3,345,691 with 200 and 3,345,144 with 400.
     */
    private static final int NODE_ITERATIONS = 100;
    private static final int NODE_ITERATIONS_LARGE = 200;

    /** An open node of the search tree: build limits per site, the prices to start from, a bound. */
    private record Node(int[] lo, int[] hi, double[] lambda, double bound, long order) {}

    /**
     * Least bound first, ties by order. A class, not a lambda: linking the comparator built from
     * method references cost a cold JVM ~4 ms (cap41, a temporary probe: root end to first node
     * 5.4 ms with it, 1.2 ms with this class), of a solve of ~30 ms.
     */
    private static final class LeastBoundFirst implements java.util.Comparator<Node> {
        @Override
        public int compare(Node a, Node b) {
            int c = Double.compare(a.bound(), b.bound());
            return c != 0 ? c : Long.compare(a.order(), b.order());
        }
    }

    /**
     * Branch and bound over the build counts, least bound first (ties: the newest node). At each
     * node: subgradient steps from the parent's prices, pruning when the bound reaches the
     * incumbent, Lagrangian fixing, then a branch on the free site whose two forced bounds are
     * highest (the fixing tests computed them). A node whose every site is fixed is priced exactly.
     */
    private SolveResult branchAndBound(long deadline, double rootBound, int nodeIterations, double nodeTheta) {
        // best bound first: the global bound (the least open node's) rises steadily, and the
        // incumbent comes from the pricing of every node's relaxed optimum, not from diving
        java.util.PriorityQueue<Node> queue = new java.util.PriorityQueue<>(new LeastBoundFirst());
        queue.add(new Node(lag.lo.clone(), lag.hi.clone(), lag.lambda.clone(), rootBound, 0));
        double provenAbove = fixedAbove; // least bound among closed nodes (and the root's fixings)
        int nodes = 0;
        double finalShare = doubleParam("finalPolishShare", FINAL_POLISH_SHARE);
        long finalFrom = deadline - (long) (finalShare * options.timeLimit().toNanos());
        while (!queue.isEmpty() && System.nanoTime() < deadline && !stopped()) {
            Node node = queue.poll();
            bound = Math.max(bound, Math.min(node.bound(), incumbent)); // every open node is at least this
            if (closed(node.bound())) {
                provenAbove = Math.min(provenAbove, node.bound());
                continue;
            }
            nodes++;
            if (polished && !finalPolish && System.nanoTime() >= finalFrom) {
                // the bound hardly moves this late: every single change of the plan is worth more
                finalPolish = true;
                int before = polishTried;
                polish(Integer.MAX_VALUE, deadline);
                stats.put("finalPolishTried", polishTried - before);
            }
            if (nodes == POLISH_AFTER_NODES) {
                // a tree this large is a long search: a better incumbent now prunes and fixes more
                polished = true;
                polish(polishTries, deadline);
            }
            System.arraycopy(node.lo(), 0, lag.lo, 0, node.lo().length);
            System.arraycopy(node.hi(), 0, lag.hi, 0, node.hi().length);
            System.arraycopy(node.lambda(), 0, lag.lambda, 0, node.lambda().length);
            if (allFixed()) {
                provenAbove = Math.min(provenAbove, Math.max(node.bound(), price(lag.lo)));
                continue;
            }
            double b = Math.max(node.bound(), nodes == 1 ? node.bound() : subgradient(deadline, nodeIterations, nodeTheta, false));
            if (closed(b)) {
                provenAbove = Math.min(provenAbove, b);
                continue;
            }
            Branch br = fixAndChoose(b);
            provenAbove = Math.min(provenAbove, br.fixingBound());
            if (br.site() < 0) { // fixing closed every site: the node is a leaf now
                provenAbove = Math.min(provenAbove, Math.max(b, price(lag.lo)));
                continue;
            }
            if (leaves() <= enumerateLeaves) { // a few free sites left: their leaves, not two more nodes
                provenAbove = Math.min(provenAbove, enumerate(b));
                continue;
            }
            int i = br.site();
            int cut = lag.chosen[i] > lag.lo[i] ? lag.chosen[i] - 1 : lag.lo[i];
            int[] downHi = lag.hi.clone();
            downHi[i] = cut;
            int[] upLo = lag.lo.clone();
            upLo[i] = cut + 1;
            queue.add(new Node(lag.lo.clone(), downHi, lag.lambda.clone(), Math.max(b, br.downBound()), -(2L * nodes)));
            queue.add(new Node(upLo, lag.hi.clone(), lag.lambda.clone(), Math.max(b, br.upBound()), -(2L * nodes + 1)));
        }
        stats.put("nodes", nodes);
        stats.put("leavesEnumerated", enumerated);
        double open = Double.POSITIVE_INFINITY;
        for (Node n : queue) open = Math.min(open, n.bound());
        double proven = Math.min(Math.min(provenAbove, open), incumbent);
        proven = Math.max(proven, rootBound);
        Status status = queue.isEmpty() ? Status.OPTIMAL
                : stopped() ? Status.INTERRUPTED : Double.isFinite(incumbent) ? Status.FEASIBLE : Status.NO_SOLUTION;
        if (status == Status.OPTIMAL && !closed(proven)) status = Status.FEASIBLE;
        return result(status, proven, "Lagrangian relaxation of the demand rows with branch and bound over the builds ("
                + nodes + " nodes" + (queue.isEmpty() ? ", tree exhausted" : stopped() ? ", interrupted" : ", stopped by the time limit") + ")");
    }

    /**
     * Improves the incumbent one build at a time: the builds the relaxation at the current prices
     * values most (negative marginal) are tried as additions, those it values least as removals,
     * then the best pairs of the two as swaps, each priced exactly; an improvement is kept and the
     * round starts again from it.
     */
    private void polish(int tries, long deadline) {
        if (tries <= 0 && swapTries <= 0 || incumbentBuilds == null) return;
        stats.putIfAbsent("polishFrom", incumbent);
        polishing = true;
        boolean improved = true;
        while (improved && System.nanoTime() < deadline && !stopped()) {
            improved = false;
            int[] current = new int[form.sites()];
            for (int i = 0; i < form.sites(); i++) if (form.option[i] >= 0) current[i] = incumbentBuilds[form.option[i] * periods];
            lag.evaluate();
            java.util.List<double[]> flips = new java.util.ArrayList<>(); // {score, site, delta}
            for (int i = 0; i < form.sites(); i++) {
                if (form.buildVar[i] < 0) continue;
                double add = current[i] < lag.hi[i] ? lag.marginalOf(i, current[i] + 1) : Double.NaN;
                double drop = current[i] > lag.lo[i] ? lag.marginalOf(i, current[i]) : Double.NaN;
                if (!Double.isNaN(add)) flips.add(new double[] {add, i, 1});
                if (!Double.isNaN(drop)) flips.add(new double[] {-drop, i, -1});
            }
            java.util.Comparator<double[]> byScore = java.util.Comparator.comparingDouble((double[] x) -> x[0])
                    .thenComparingDouble(x -> x[1]).thenComparingDouble(x -> x[2]);
            flips.sort(byScore);
            // then swaps (one build added where it is valued most, one removed where it is valued
            // least): where the capacity cover binds, neither half alone is a better plan
            java.util.List<double[]> adds = new java.util.ArrayList<>();
            java.util.List<double[]> drops = new java.util.ArrayList<>();
            for (double[] flip : flips) (flip[2] > 0 ? adds : drops).add(flip);
            java.util.List<double[]> swaps = new java.util.ArrayList<>(); // {score, added site, removed site}
            int side = (int) Math.ceil(Math.sqrt(4.0 * swapTries));
            for (double[] a : adds.subList(0, Math.min(side, adds.size()))) {
                for (double[] d : drops.subList(0, Math.min(side, drops.size()))) {
                    if (a[1] != d[1]) swaps.add(new double[] {a[0] + d[0], a[1], d[1]});
                }
            }
            swaps.sort(byScore);
            java.util.List<int[]> moves = new java.util.ArrayList<>(); // {site, delta, site, delta}
            for (int t = 0; t < Math.min(tries, flips.size()); t++) {
                moves.add(new int[] {(int) flips.get(t)[1], (int) flips.get(t)[2], -1, 0});
            }
            for (int t = 0; t < Math.min(swapTries, swaps.size()); t++) {
                moves.add(new int[] {(int) swaps.get(t)[1], 1, (int) swaps.get(t)[2], -1});
            }
            for (int[] move : moves) {
                if (System.nanoTime() >= deadline || stopped()) break;
                int[] next = current.clone();
                next[move[0]] += move[1];
                if (move[2] >= 0) next[move[2]] += move[3];
                double before = incumbent;
                price(next);
                polishTried++;
                report(bound);
                if (incumbent < before) {
                    polishImproved++;
                    improved = true;
                    break;
                }
            }
        }
        polishing = false;
        stats.put("polishTo", incumbent);
        stats.put("polishTried", polishTried);
        stats.put("polishImproved", polishImproved);
    }

    /**
     * Nodes after which the incumbent is polished ({@link #polish}): on capa/capb/capc the tree
     * ends within ~300 nodes and polishing a poor early incumbent only cost time (capb_5000: 7.7 s
     * against 2.8 s); on generated 300×300 and 1000×1000 problems the tree runs to thousands of
     * nodes and polishing took the root's plan from 1.2% to 0.17% above the optimum (300×300).
     */
    private static final int POLISH_AFTER_NODES = 200;
    /**
     * From this many flows the search is long for certain, and the method is set for it: the
     * root's plan is polished at once (on the generated 1000×1000 problem the tree reached 200
     * nodes only after ~6 minutes, and the gap after 600 s was 0.28% polishing then against 0.24%
     * polishing at the root, both runs on the shared machine), and the nodes take
     * {@link #NODE_ITERATIONS_LARGE} steps from {@link #NODE_THETA_LARGE}.
     */
    private static final long LONG_SEARCH_ARCS = 200_000;
    private boolean polished;
    private boolean polishing;
    /**
     * The last tenth of the time limit of a long search (one polished already, see
     * {@link #POLISH_AFTER_NODES}) goes to polishing with every single change tried, not only
     * the 20 best by the relaxation's values, then the tree goes on. On the generated 1000×1000
     * problem, 600 s: the plan 3,352,994.16 (found at 63 s in every run) had two improving single
     * changes outside those 20, found within 7 s of the pass; plan 3,352,418.59, bound
     * 3,346,124.62, gap 0.188% against 0.204%. (Every polish trying every change instead, 300 a
     * round: plan 3,352,793.08, bound 3,345,679.70, 0.213% — the tree lost the time.) Parameter
     * {@code finalPolishShare}.
     */
    private static final double FINAL_POLISH_SHARE = 0.1;
    private boolean finalPolish;
    private int polishTries;
    private int swapTries;
    private long treeDeadline;
    private int polishTried;
    private int polishImproved;

    // An engine parameter (tests and benchmarks set them), or its default, which is not formatted
    // as a string only to be parsed back
    private int intParam(String name, int fallback) {
        String v = options.params().get(name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    private double doubleParam(String name, double fallback) {
        String v = options.params().get(name);
        return v == null ? fallback : Double.parseDouble(v);
    }

    private boolean stopped() {
        return options.stop().requested();
    }

    /**
     * A node closes by enumeration once its free sites have at most this many combinations of
     * build counts: each combination's bound at the node's prices (one evaluation), and the ones
     * that do not reach the incumbent priced exactly, where branching would cost two nodes of up
     * to {@link #NODE_ITERATIONS} steps each. Parameter {@code enumerateLeaves} (0: never).
     * Over cap41–cap134, 8: 26,420 steps, against 30,062 with none, 24,775 with 16 and 22,828 with
     * 32; cold solve seconds in all (one JVM per instance, two rounds) 1.51 and 1.43 s, against
     * 1.52 and 1.40 with 16 and 1.41 and 1.47 with 32: the same within the noise, so 8, which
     * keeps one enumeration's cost to about what one node's steps cost.
     */
    private static final int ENUMERATE_LEAVES = 8;
    private int enumerateLeaves = ENUMERATE_LEAVES;
    private int enumerated;
    private boolean rootFixingTried;
    /** The least bound of the regions the root's fixings cut off (each at least the incumbent then). */
    private double fixedAbove = Double.POSITIVE_INFINITY;

    // The number of combinations of build counts of the free sites (capped above the limit).
    private long leaves() {
        long n = 1;
        for (int i = 0; i < form.sites(); i++) {
            n *= (long) lag.hi[i] - lag.lo[i] + 1;
            if (n > enumerateLeaves) return n;
        }
        return n;
    }

    /**
     * Closes the node by its leaves: every combination of the free sites' build counts gets the
     * relaxation's bound at the node's prices; those below the incumbent are priced exactly, the
     * least bound first. Returns the least of the leaves' proven values (each the greater of its
     * bound and, where priced, its exact cost).
     */
    private double enumerate(double nodeBound) {
        int n = form.sites();
        int[] lo = lag.lo.clone();
        int[] hi = lag.hi.clone();
        int[] free = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) if (lo[i] < hi[i]) free[m++] = i;
        int count = (int) leaves();
        int[][] combination = new int[count][];
        double[] leafBound = new double[count];
        int[] at = new int[m];
        for (int c = 0; c < count; c++) {
            for (int k = 0; k < m; k++) lag.lo[free[k]] = lag.hi[free[k]] = lo[free[k]] + at[k];
            combination[c] = lag.lo.clone();
            leafBound[c] = Math.max(nodeBound, lag.evaluate());
            lagWork += lag.work();
            for (int k = 0; k < m && ++at[k] > hi[free[k]] - lo[free[k]]; k++) at[k] = 0; // next combination
        }
        System.arraycopy(lo, 0, lag.lo, 0, n);
        System.arraycopy(hi, 0, lag.hi, 0, n);
        int[] order = new int[count];
        for (int c = 0; c < count; c++) order[c] = c;
        Sorting.byKey(order, count, leafBound);
        double least = Double.POSITIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            int c = order[k];
            enumerated++;
            least = Math.min(least, closed(leafBound[c]) ? leafBound[c] : Math.max(leafBound[c], price(combination[c])));
        }
        return least;
    }

    private boolean allFixed() {
        for (int i = 0; i < form.sites(); i++) if (lag.lo[i] < lag.hi[i]) return false;
        return true;
    }

    /**
     * Subgradient steps (Polyak's rule towards the incumbent, along the deflected direction; the
     * factor halves after 20 steps without a better bound) for the current limits. Leaves the
     * best prices in place and returns the best bound found. Every new set of builds the
     * relaxation proposes is priced.
     */
    private double subgradient(long deadline, int maxIterations, double theta, boolean priceEvery) {
        int stall = 0;
        int iterations = 0;
        double best = Double.NEGATIVE_INFINITY;
        double[] bestLambda = lag.lambda.clone();
        double windowStart = Double.NEGATIVE_INFINITY;
        double[] direction = new double[lag.lambda.length];
        double directionNorm = 0;
        // the root's steps start plain and deflect from their first stall on: plain steps close
        // the easy instances soonest (cap61: 57 steps against 491 deflected from the start), the
        // deflected ones the rest; a node starts from its parent's prices, near the stall already
        boolean deflecting = !priceEvery;
        while (iterations < maxIterations && System.nanoTime() < deadline && !stopped()) {
            double value = lag.evaluate();
            iterations++;
            totalIterations++;
            if (value > best) {
                best = value;
                System.arraycopy(lag.lambda, 0, bestLambda, 0, bestLambda.length);
                stall = 0;
            } else if (++stall >= 20) {
                theta /= 2;
                deflecting = true;
                stall = 0;
            }
            lagWork += lag.work();
            if (priceEvery) priceIfNew();
            report(best);
            if (closed(best) || theta < 1e-6) break;
            if (priceEvery && iterations % rootWindow == 0) {
                if (rootFixingTried && Double.isFinite(incumbent) && rootFixing(best, bestLambda)) break;
                // the root stops once its steps hardly move the bound any more, compared with the
                // gap left: branching closes the rest sooner than ever shorter steps
                if (Double.isFinite(incumbent) && best - windowStart < rootProgress * (incumbent - best)) break;
                windowStart = best;
            }
            double gg = dot(lag.subgradient, lag.subgradient);
            if (gg < 1e-18) break; // the relaxed optimum meets every demand exactly: nothing to gain
            // deflected direction d = g + β·d' (Camerini, Fratta and Maffioli 1975): where the new
            // subgradient turns back against the last direction, part of that direction is kept,
            // which damps the zigzag of plain steps
            double gd = dot(lag.subgradient, direction);
            double beta = gd < 0 && directionNorm > 0 && deflecting ? -deflection * gd / directionNorm : 0;
            double norm = deflect(direction, lag.subgradient, beta);
            directionNorm = norm;
            // Polyak's target: the incumbent (capping it nearer the bound made the steps too
            // short on a generated 10^6-flow problem: 2.90M against 3.34M after 100 s)
            double target = Double.isFinite(incumbent) ? incumbent : best + 0.05 * Math.abs(best) + 1e-9;
            double step = theta * (target - value) / norm;
            move(lag.lambda, step, direction);
        }
        System.arraycopy(bestLambda, 0, lag.lambda, 0, bestLambda.length);
        lag.evaluate(); // leave the relaxation at the best prices (fixing reads it)
        lagWork += lag.work();
        priceIfNew();
        stats.put("lagrangianIterations", totalIterations);
        stats.put("heuristicPlans", heuristicPlans);
        stats.put("heuristicSeconds", heuristicNanos / 1e9);
        stats.put("relaxationWork", lagWork);
        stats.put("pricingWork", priceWork);
        return best;
    }

    // The vector arithmetic of a step, in methods of their own: called every step, a cold JVM
    // compiles them within the first hundred steps, where loops in the steps' own method would
    // run interpreted until on-stack replacement (the default threshold, 60,000 back edges, is
    // some 300 steps on cap41)

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) sum += a[j] * b[j];
        return sum;
    }

    // d = g + β·d; returns ‖d‖²
    private static double deflect(double[] d, double[] g, double beta) {
        double norm = 0;
        for (int j = 0; j < d.length; j++) {
            d[j] = g[j] + beta * d[j];
            norm += d[j] * d[j];
        }
        return norm;
    }

    // λ += step·d
    private static void move(double[] lambda, double step, double[] d) {
        for (int j = 0; j < lambda.length; j++) lambda[j] += step * d[j];
    }

    /**
     * Lagrangian fixing at the root, at the best prices so far (at the end of each window of the
     * root's steps), kept only when the sites it leaves free have few enough combinations to
     * enumerate: the root ends there, and the tree's first node closes by its leaves. Otherwise
     * the limits stay as they were and the steps go on as without the test.
     */
    private boolean rootFixing(double best, double[] bestLambda) {
        double[] current = lag.lambda.clone();
        long work = lagWork;
        int[] lo = lag.lo.clone();
        int[] hi = lag.hi.clone();
        System.arraycopy(bestLambda, 0, lag.lambda, 0, current.length);
        Branch br = fixAndChoose(best, enumerateLeaves); // stops at the first site too many
        System.arraycopy(current, 0, lag.lambda, 0, current.length);
        if (br != null) {
            fixedAbove = Math.min(fixedAbove, br.fixingBound());
            stats.put("rootEndedByFixing", 1);
            return true;
        }
        System.arraycopy(lo, 0, lag.lo, 0, lo.length);
        System.arraycopy(hi, 0, lag.hi, 0, hi.length);
        lag.evaluate(); // the relaxation at the current prices again: the next step reads its subgradient
        lagWork = work; // a test that changed nothing does not widen the pricing's allowance
        return false;
    }

    // Pricing work allowed so far: as much as the relaxation's at the root, where a good incumbent
    // makes the steps and the fixing work; a third of it in the tree, where the bound is what is
    // missing (a generated 300×300 problem: 60% of the time went to pricing at one for one)
    private long allowance() {
        return rootLagWork < 0 ? lagWork : rootLagWork + (lagWork - rootLagWork) / 3;
    }

    /**
     * Prices the relaxed optimum's builds unless they were priced before, while pricing is
     * within its {@link #allowance}: the bound is what proves, the plans only need to be good. The
     * work is counted in operations, not seconds, so that a run is the same run on any machine.
     * Once polishing has started, every new incumbent found this way is polished too.
     */
    private void priceIfNew() {
        if (stopped() || heuristicPlans >= FREE_PLANS && priceWork > allowance()) return;
        long signature = java.util.Arrays.hashCode(lag.chosen) * 31L + lag.chosen.length;
        if (!priced.add(signature)) return;
        double before = incumbent;
        price(lag.chosen);
        if (incumbent < before && polished && !polishing) { // a new incumbent once the tree is large: polish it too
            double[] saved = lag.lambda.clone();
            polish(polishTries, treeDeadline);
            System.arraycopy(saved, 0, lag.lambda, 0, saved.length);
            lag.evaluate();
        }
    }

    // The builds (per site), priced with their optimal flows: a candidate incumbent; returns its
    // objective (+∞ when its flows cannot meet the demand).
    private double price(int[] chosen) {
        Builds key = new Builds(chosen.clone());
        Double known = values.get(key);
        if (known != null) return known;
        long t = System.nanoTime();
        int[] builds = builds(chosen);
        Operations ops = transport.evaluate(builds);
        heuristicPlans++;
        priceWork = transport.work();
        double value = Double.POSITIVE_INFINITY; // its flows cannot meet the demand
        if (ops.violation() <= 1e-9) {
            value = ops.cost();
            for (int i = 0; i < form.sites(); i++) value += chosen[i] * form.buildCost[i];
            if (value < incumbent - 1e-9 * Math.abs(value)) {
                incumbent = value;
                incumbentBuilds = builds;
                incumbentPlan = null;
            }
        }
        heuristicNanos += System.nanoTime() - t;
        if ((long) values.size() * form.sites() < VALUES_KEPT) values.put(key, value);
        return value;
    }

    /** Build counts per site, compared by value: the key of {@link #values}. */
    private static final class Builds {
        private final int[] counts;
        private final int hash;

        Builds(int[] counts) {
            this.counts = counts;
            this.hash = java.util.Arrays.hashCode(counts);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Builds b && hash == b.hash && java.util.Arrays.equals(counts, b.counts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The exact value of every set of builds priced so far (while they hold fewer than
     * {@link #VALUES_KEPT} build counts in all, 16 MB): a leaf of the tree or of an enumeration
     * that was priced before, often the incumbent itself, is not priced again.
     */
    private final Map<Builds, Double> values = new java.util.HashMap<>();
    private static final long VALUES_KEPT = 1 << 22;

    private int[] builds(int[] chosen) {
        int[] builds = new int[problem.options().size() * periods];
        for (int i = 0; i < form.sites(); i++) if (form.option[i] >= 0) builds[form.option[i] * periods] = chosen[i];
        return builds;
    }

    private boolean closed(double lowerBound) {
        return Double.isFinite(incumbent)
                && incumbent - lowerBound <= options.gap() * Math.max(1e-9, Math.abs(incumbent));
    }

    /** The branching site (-1: none left free) and the bounds of its two sides; the least bound behind a fixing. */
    private record Branch(int site, double downBound, double upBound, double fixingBound) {}

    /**
     * Lagrangian fixing at the current prices: a site whose bound with fewer (more) builds already
     * reaches the incumbent gets its limit narrowed. Among the sites left free, the one whose
     * weaker side has the highest bound is the branching site.
     */
    private Branch fixAndChoose(double nodeBound) {
        return fixAndChoose(nodeBound, Long.MAX_VALUE);
    }

    /**
     * The fixing, with a limit on the combinations of build counts the free sites may keep: once
     * the sites looked at leave more, it stops and returns null (the limits then are part-way
     * narrowed); within the limit, it returns the fixing with no branching site chosen (a test
     * needs only the count, not the branch).
     */
    private Branch fixAndChoose(double nodeBound, long leavesAbove) {
        boolean test = leavesAbove < Long.MAX_VALUE;
        long leaves = 1;
        double base = lag.evaluate();
        lagWork += lag.work();
        double tolerance = options.gap() * Math.max(1e-9, Math.abs(incumbent));
        double least = Double.POSITIVE_INFINITY;
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double bestDown = 0;
        double bestUp = 0;
        for (int i = 0; i < form.sites(); i++) {
            if (lag.lo[i] >= lag.hi[i]) continue;
            boolean narrowed = false;
            while (lag.hi[i] > lag.lo[i] && Double.isFinite(incumbent)) {
                double b = lag.boundWith(i, lag.hi[i], lag.hi[i], base);
                if (b < incumbent - tolerance) break;
                least = Math.min(least, b);
                lag.hi[i]--;
                narrowed = true;
            }
            while (lag.lo[i] < lag.hi[i] && Double.isFinite(incumbent)) {
                double b = lag.boundWith(i, lag.lo[i], lag.lo[i], base);
                if (b < incumbent - tolerance) break;
                least = Math.min(least, b);
                lag.lo[i]++;
                narrowed = true;
            }
            if (narrowed) {
                lag.refresh(i);
                base = lag.evaluate();
            }
            if (lag.lo[i] >= lag.hi[i]) continue;
            if (test) {
                leaves *= (long) lag.hi[i] - lag.lo[i] + 1;
                if (leaves > leavesAbove) return null;
                continue;
            }
            int cut = lag.chosen[i] > lag.lo[i] ? lag.chosen[i] - 1 : lag.lo[i];
            double down = lag.boundWith(i, lag.lo[i], cut, base);
            double up = lag.boundWith(i, cut + 1, lag.hi[i], base);
            double score = Math.min(down, up);
            if (score > bestScore) {
                bestScore = score;
                best = i;
                bestDown = down;
                bestUp = up;
            }
        }
        return new Branch(best, Math.max(nodeBound, bestDown), Math.max(nodeBound, bestUp), least);
    }

    private SolveResult result(Status status, double b, String how) {
        if (!Double.isFinite(b)) b = Double.NaN; // no bound yet (no time for a single step)
        Solution plan = incumbentPlan;
        if (plan == null && incumbentBuilds != null) plan = transport.plan(incumbentBuilds);
        config.put("boundFrom", how);
        double secs = seconds();
        stats.put("solveSeconds", secs - stats.get("buildSeconds").doubleValue());
        if (plan == null) {
            progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start), Double.NaN, b));
            return new SolveResult(null, status, Double.NaN, b, Double.NaN, secs, config, stats);
        }
        double objective = new Evaluator(new GlopRecourseSolver()).evaluate(problem, plan).objective();
        double reported = Double.isNaN(b) ? b : Math.min(b, objective);
        double gap = Double.isNaN(b) ? Double.NaN : Math.max(0, objective - reported) / Math.max(1e-9, Math.abs(objective));
        progress.accept(new Progress(Duration.ofNanos(System.nanoTime() - start), objective, reported));
        return new SolveResult(plan, status, objective, reported, gap, secs, config, stats);
    }

    private void report(double nodeBound) {
        long now = System.nanoTime();
        if (now - lastProgress < 1_000_000_000L) return;
        lastProgress = now;
        double b = Double.isFinite(bound) ? bound : nodeBound; // the root's bound once the root is done
        progress.accept(new Progress(Duration.ofNanos(now - start), Double.isFinite(incumbent) ? incumbent : Double.NaN, b));
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
