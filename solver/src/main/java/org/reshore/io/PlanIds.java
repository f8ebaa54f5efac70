package org.reshore.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.reshore.model.Problem;

/**
 * Hints for unknown ids in a plan: the problem's ids of that kind (the first ten) and, when one is
 * close to the id given, "did you mean". The list of a kind is made once, when first needed, so that
 * a plan of a million flows with a wrong period does not copy the problem's ids a million times.
 */
final class PlanIds {
    enum Kind {
        SITE("site"), OPTION("option"), PERIOD("period"), SUBSIDY("subsidy"), MARKET("market"), PRODUCT("product"),
        DESTINATION("market or site");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** Spelling suggestions only among this many ids: the edit distance is quadratic in the id length. */
    private static final int SUGGEST_AMONG = 500;

    private final Problem problem;
    private final Map<Kind, Set<String>> ids = new EnumMap<>(Kind.class);

    PlanIds(Problem problem) {
        this.problem = problem;
    }

    /** "did you mean "us-plant"? known: …" for an unknown id of a kind. */
    String hint(Kind kind, String id) {
        Set<String> known = ids.computeIfAbsent(kind, this::collect);
        String close = known.size() <= SUGGEST_AMONG && id.length() <= 200 ? Fields.closest(id, known) : null;
        // short ids are all close to each other ("2030" and "2025"): suggest only a near miss
        if (close != null && !close.equalsIgnoreCase(id) && Fields.distance(id, close) > Math.max(1, id.length() / 4)) {
            close = null;
        }
        return (close == null ? "" : "did you mean \"" + close + "\"? ") + Report.known(known);
    }

    private Set<String> collect(Kind kind) {
        return switch (kind) {
            case SITE -> names(problem.sites(), s -> s.id());
            case OPTION -> names(problem.options(), o -> o.id());
            case PERIOD -> names(problem.periods(), t -> t.id());
            case SUBSIDY -> names(problem.subsidies(), u -> u.id());
            case MARKET -> names(problem.markets(), k -> k.id());
            case PRODUCT -> names(problem.products(), p -> p.id());
            case DESTINATION -> {
                Set<String> both = new LinkedHashSet<>(names(problem.markets(), k -> k.id()));
                both.addAll(names(problem.sites(), s -> s.id()));
                yield both;
            }
        };
    }

    private static <T> Set<String> names(List<T> items, Function<T, String> id) {
        List<String> out = new ArrayList<>(items.size());
        for (T t : items) out.add(id.apply(t));
        return new LinkedHashSet<>(out);
    }
}
