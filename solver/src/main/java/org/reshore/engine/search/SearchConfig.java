package org.reshore.engine.search;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.reshore.engine.search.move.Perturbation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.reshore.engine.search.move.BuildMoveFactory;

/**
 * A search configuration in reshore's small JSON form, which maps onto an OptaPlanner solver
 * configuration with one local-search phase over the build moves:
 * <pre>
 * {"acceptor": {"type": "tabu", "size": 5},              // entity tabu size (default min(5, n/3));
 *                                                          // or lateAcceptance (size, default 400),
 *                                                          // simulatedAnnealing (startingTemperature, money),
 *                                                          // hillClimbing
 *  "acceptedCountLimit": 200,                             // forager: accepted moves per step
 *                                                          // (default 200 tabu, 1 late acceptance, 4 SA)
 *  "maxMovesPerStep": 20000,                              // a step that accepts none of these ends the
 *                                                         // search (a local optimum); default 10·n·(n+2)
 *  "moves": {"open": 1, "close": 1, "shift": 0.5, "swap": 2},   // relative weights
 *  "termination": {"seconds": 30, "unimprovedSeconds": 5, "unimprovedSteps": 20000},
 *                                                         // unimprovedSteps default: 1000 + 200·n
 *  "restarts": {"count": 500, "strength": 3, "unimprovedSteps": 50}}
 *                                                         // optional: iterated local search (ils.json)
 * </pre>
 * Unknown fields are errors. {@code seconds} never extends the solve's own time limit.
 */
public record SearchConfig(Acceptor acceptor, Integer acceptedCountLimit, Integer maxMovesPerStep,
                           Map<String, Double> moves, Termination termination, Restarts restarts) {
    /**
     * Iterated local search: after the first phase, up to {@code count} times, back to the best
     * plan with {@code strength} random modules flipped, then a local search of at most
     * {@code unimprovedSteps} steps without improvement.
     */
    public record Restarts(Integer count, Integer strength, Integer unimprovedSteps) {}

    /** The acceptor: type and its size (late-acceptance list, tabu list) or starting temperature in money. */
    public record Acceptor(String type, Integer size, Double startingTemperature) {}

    /** When to stop the search: any of the limits that is set. */
    public record Termination(Double seconds, Double unimprovedSeconds, Integer unimprovedSteps) {}

    public static final String DEFAULT_RESOURCE = "/org/reshore/engine/search/tabu-restarts.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public SearchConfig {
        moves = moves == null ? Map.of() : Map.copyOf(moves);
    }

    public static SearchConfig read(Path file) throws IOException {
        return JSON.readValue(Files.readString(file), SearchConfig.class);
    }

    public static SearchConfig defaults() {
        try (InputStream in = SearchConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return JSON.readValue(in, SearchConfig.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the search engine's default configuration " + DEFAULT_RESOURCE + " is unreadable", e);
        }
    }

    /**
     * The OptaPlanner phase and termination this file means; {@code scale} turns money into score
     * units, {@code modules} is the number of planning entities.
     */
    public SolverConfig toSolverConfig(double scale, int modules) {
        return toSolverConfig(scale, modules, 0);
    }

    /** The same, with the seed of the restarts' perturbations. */
    public SolverConfig toSolverConfig(double scale, int modules, long seed) {
        LocalSearchAcceptorConfig acceptorConfig = new LocalSearchAcceptorConfig();
        String type = acceptor == null || acceptor.type() == null ? "lateAcceptance" : acceptor.type();
        Integer size = acceptor == null ? null : acceptor.size();
        int countLimit = acceptedCountLimit == null ? 1 : acceptedCountLimit;
        switch (type) {
            case "lateAcceptance" -> acceptorConfig.withLateAcceptanceSize(size == null ? 400 : size);
            case "tabu" -> {
                // 5 solved all 37 OR-Library instances; fewer when there are few modules, else
                // every module would be tabu after a handful of steps
                acceptorConfig.withEntityTabuSize(size != null ? size : Math.max(1, Math.min(5, modules / 3)));
                if (acceptedCountLimit == null) countLimit = 200;
            }
            case "simulatedAnnealing" -> {
                double money = acceptor.startingTemperature() == null ? 1000 : acceptor.startingTemperature();
                acceptorConfig.withSimulatedAnnealingStartingTemperature("0hard/" + Math.max(1, Math.round(money * scale)) + "soft");
                if (acceptedCountLimit == null) countLimit = 4;
            }
            case "hillClimbing" -> acceptorConfig.withAcceptorTypeList(
                    java.util.List.of(org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType.HILL_CLIMBING));
            default -> throw new IllegalArgumentException("search configuration: acceptor.type \"" + type
                    + "\" is unknown (known: lateAcceptance, tabu, simulatedAnnealing, hillClimbing)");
        }
        Map<String, String> weights = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(moves).entrySet()) {
            if (!java.util.Set.of("open", "close", "shift", "swap").contains(e.getKey())) {
                throw new IllegalArgumentException("search configuration: moves." + e.getKey()
                        + " is unknown (known: open, close, shift, swap)");
            }
            if (!(e.getValue() >= 0)) throw new IllegalArgumentException("search configuration: moves." + e.getKey() + " must be ≥ 0");
            weights.put(e.getKey() + "Weight", Double.toString(e.getValue()));
        }
        MoveIteratorFactoryConfig movesConfig = new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(BuildMoveFactory.class)
                .withMoveIteratorFactoryCustomProperties(weights);
        // Without a cap, a step at a strict local optimum would draw rejected moves until the time
        // limit; with one, the phase ends there (OptaPlanner ends a phase whose step accepts nothing).
        long cap = maxMovesPerStep != null ? maxMovesPerStep : Math.min(1_000_000L, 10L * modules * (modules + 2));
        movesConfig.setSelectedCountLimit(Math.max(10L, cap));
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(movesConfig)
                .withAcceptorConfig(acceptorConfig)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(countLimit));
        SolverConfig config = new SolverConfig().withPhases(phase);
        TerminationConfig stop = new TerminationConfig();
        if (termination != null) {
            if (termination.seconds() != null) stop.withMillisecondsSpentLimit(Math.round(termination.seconds() * 1000));
            if (termination.unimprovedSeconds() != null) {
                stop.withUnimprovedMillisecondsSpentLimit(Math.round(termination.unimprovedSeconds() * 1000));
            }
        }
        // A step count only means something inside a phase. Without one, the search stops after
        // 1000 + 200 per module steps without improvement (tiny problems end in a blink).
        int steps = termination != null && termination.unimprovedSteps() != null
                ? termination.unimprovedSteps() : 1000 + 200 * modules;
        phase.withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(steps));
        if (restarts != null && restarts.count() != null && restarts.count() > 0) {
            List<PhaseConfig> phases = new ArrayList<>(List.of(phase));
            int strength = restarts.strength() == null ? 3 : restarts.strength();
            int again = restarts.unimprovedSteps() == null ? steps : restarts.unimprovedSteps();
            for (int r = 0; r < restarts.count(); r++) {
                phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new Perturbation(strength, seed + 7919L * (r + 1))));
                phases.add(new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(movesConfig.copyConfig())
                        .withAcceptorConfig(acceptorConfig.copyConfig())
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(countLimit))
                        .withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(again)));
            }
            config.setPhaseConfigList(phases);
        }
        return config.withTerminationConfig(stop);
    }

    /** The JSON a plan file can quote as the solver's configuration. */
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        if (acceptor != null) d.put("acceptor", acceptor.type() + (acceptor.size() != null ? "(" + acceptor.size() + ")" : ""));
        if (acceptedCountLimit != null) d.put("acceptedCountLimit", acceptedCountLimit);
        if (maxMovesPerStep != null) d.put("maxMovesPerStep", maxMovesPerStep);
        if (!moves.isEmpty()) d.put("moves", new java.util.TreeMap<>(moves).toString());
        if (termination != null) d.put("termination", termination.toString());
        if (restarts != null) d.put("restarts", restarts.toString());
        return d;
    }
}
