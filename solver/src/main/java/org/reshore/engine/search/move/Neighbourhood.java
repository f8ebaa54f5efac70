package org.reshore.engine.search.move;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.reshore.engine.search.domain.BuildModule;

/**
 * Draws one move of each kind over the working modules, or null when the kind has no candidate
 * in this configuration. Sampling by rejection: cheap when a fair share of modules qualifies,
 * which is the case in facility-location-like problems.
 */
final class Neighbourhood {
    private static final int SAMPLES = 8;

    private final List<BuildModule> modules;
    private final List<List<BuildModule>> byOption = new ArrayList<>();
    private final Map<Integer, List<Integer>> optionsByProduct = new LinkedHashMap<>();
    private final int[] productOfOption;
    private final Random random;

    Neighbourhood(List<BuildModule> modules, Random random) {
        this.modules = modules;
        this.random = random;
        Map<Integer, List<BuildModule>> grouped = new LinkedHashMap<>();
        for (BuildModule m : modules) grouped.computeIfAbsent(m.getOption(), o -> new ArrayList<>()).add(m);
        int options = modules.isEmpty() ? 0 : modules.get(0).getContext().problem().options().size();
        productOfOption = new int[options];
        for (List<BuildModule> group : grouped.values()) {
            group.sort((a, b) -> Integer.compare(a.getOrdinal(), b.getOrdinal()));
            int option = group.get(0).getOption();
            var problem = group.get(0).getContext().problem();
            int product = problem.site(problem.option(option).site()).product();
            productOfOption[option] = product;
            optionsByProduct.computeIfAbsent(product, p -> new ArrayList<>()).add(byOption.size());
            byOption.add(group);
        }
    }

    BuildMove open() {
        if (byOption.isEmpty()) return null;
        for (int i = 0; i < SAMPLES; i++) {
            BuildModule m = firstUnbuilt(byOption.get(random.nextInt(byOption.size())));
            if (m != null) return BuildMove.set("open", m, randomPeriod(m, -2));
        }
        return null;
    }

    BuildMove close() {
        BuildModule m = randomBuilt();
        return m == null ? null : BuildMove.set("close", m, BuildModule.NEVER);
    }

    BuildMove shift() {
        BuildModule m = randomBuilt();
        if (m == null || m.getPeriodRange().size() <= 2) return null;
        return BuildMove.set("shift", m, randomPeriod(m, m.getBuiltFrom()));
    }

    BuildMove swap() {
        BuildModule closing = randomBuilt();
        if (closing == null) return null;
        List<Integer> peers = optionsByProduct.get(productOfOption[closing.getOption()]);
        for (int i = 0; i < SAMPLES; i++) {
            List<BuildModule> group = byOption.get(peers.get(random.nextInt(peers.size())));
            if (group.get(0).getOption() == closing.getOption()) continue;
            BuildModule opening = firstUnbuilt(group);
            if (opening == null) continue;
            int period = opening.getPeriodRange().contains(closing.getBuiltFrom())
                    ? closing.getBuiltFrom() : randomPeriod(opening, -2);
            return new BuildMove("swap", List.of(closing, opening), List.of(BuildModule.NEVER, period));
        }
        return null;
    }

    /** A move that changes nothing, for a configuration without any doable move. */
    BuildMove idle() {
        BuildModule m = modules.get(0);
        return BuildMove.set("idle", m, m.getBuiltFrom());
    }

    private BuildModule randomBuilt() {
        for (int i = 0; i < SAMPLES; i++) {
            BuildModule m = modules.get(random.nextInt(modules.size()));
            if (m.isBuilt()) return m;
        }
        return null;
    }

    private static BuildModule firstUnbuilt(List<BuildModule> group) {
        for (BuildModule m : group) {
            if (!m.isBuilt()) return m;
        }
        return null;
    }

    // A period in the module's range other than NEVER and other than {@code except}.
    private int randomPeriod(BuildModule m, int except) {
        List<Integer> range = m.getPeriodRange();
        List<Integer> choices = new ArrayList<>(range.size());
        for (int p : range) {
            if (p != BuildModule.NEVER && p != except) choices.add(p);
        }
        return choices.get(random.nextInt(choices.size()));
    }
}
