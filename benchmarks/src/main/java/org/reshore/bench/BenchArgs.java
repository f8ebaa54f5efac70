package org.reshore.bench;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** The arguments the benchmark programs share: OR-Library instance names and engine parameters. */
final class BenchArgs {
    private BenchArgs() {}

    /** The instance file's name without {@code .txt}: {@code capa} for {@code capa_8000}, {@code cap41} for itself. */
    static String file(String name) {
        int cut = name.indexOf('_');
        return cut < 0 ? name : name.substring(0, cut);
    }

    /** The capacity variant as written after {@code _} ({@code 8000} for {@code capa_8000}), "-" for none. */
    static String capacity(String name) {
        int cut = name.indexOf('_');
        return cut < 0 ? "-" : name.substring(cut + 1);
    }

    /** {@link #capacity} as a number, empty for none. */
    static OptionalDouble capacityValue(String name) {
        return capacityArg(capacity(name));
    }

    /** A capacity argument: a number, or "-" for the instance's own capacities. */
    static OptionalDouble capacityArg(String arg) {
        return arg.equals("-") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(arg));
    }

    /** The published optimum of instance {@code name} from the lines of {@code optima.csv} (NaN if absent). */
    static double optimum(List<String> optima, String name) {
        return optima.stream().filter(l -> l.startsWith(name + ",")).mapToDouble(l -> Double.parseDouble(l.split(",")[3]))
                .findFirst().orElse(Double.NaN);
    }

    /** {@code base} and then every {@code key=value} of {@code args} from index {@code from} on. */
    static Map<String, String> params(String[] args, int from, Map<String, String> base) {
        Map<String, String> params = new TreeMap<>(base);
        for (int i = from; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            params.put(kv[0], kv[1]);
        }
        return params;
    }
}
