package org.reshore.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.reshore.generate.GeneratorSpec;

/**
 * A suite's {@code "generate"} object (the sizes and knobs of {@code reshore generate}, by the
 * names of {@link GeneratorSpec#fields()}) read into a spec, and written back for a child JVM.
 */
final class GeneratorSpecs {
    private static final List<String> SIZES = List.of("sites", "markets", "products", "periods");
    private static final List<String> SHARES = List.of("adversaryShare", "domesticShare", "buildableShare", "adversaryCap");

    /** Where a mistake is reported: a JSON path and what was expected. */
    interface Fail {
        SuiteException at(String path, String what);
    }

    private GeneratorSpecs() {
    }

    static GeneratorSpec read(JsonNode g, String at, Fail fail) throws SuiteException {
        if (g == null || !g.isObject()) {
            throw fail.at(at, "an object such as {\"sites\": 50, \"markets\": 20, \"products\": 2, \"periods\": 2, \"seed\": 1}");
        }
        TreeSet<String> known = new TreeSet<>(GeneratorSpec.of(0, 1, 2, 1, 1).fields().keySet());
        known.add("adversaryCap");
        for (Iterator<String> it = g.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) throw fail.at(at + "." + f, "unknown field (known: " + String.join(", ", known) + ")");
        }
        int[] size = new int[4];
        for (int i = 0; i < 4; i++) {
            JsonNode v = g.get(SIZES.get(i));
            if (v == null && i < 2) throw fail.at(at + "." + SIZES.get(i), "missing: a generated problem needs sites and markets");
            if (v != null && (!v.isIntegralNumber() || v.asInt() < 1)) throw fail.at(at + "." + SIZES.get(i), "an integer ≥ 1");
            size[i] = v == null ? 1 : v.asInt();
        }
        JsonNode seed = g.get("seed");
        if (seed != null && !seed.isIntegralNumber()) throw fail.at(at + ".seed", "an integer");
        GeneratorSpec d = GeneratorSpec.of(seed == null ? 0 : seed.asLong(), size[0], size[1], size[2], size[3]);
        double[] shares = {d.adversaryShare(), d.domesticShare(), d.buildableShare(), d.adversaryCap()};
        for (int i = 0; i < shares.length; i++) {
            JsonNode v = g.get(SHARES.get(i));
            if (v == null) continue;
            if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) throw fail.at(at + "." + SHARES.get(i), "a share between 0 and 1");
            shares[i] = v.asDouble();
        }
        boolean subsidies = flag(g, "subsidies", at, fail);
        boolean budget = flag(g, "budget", at, fail);
        double weight = d.exposureWeight();
        if (g.has("exposureWeight")) {
            if (!g.get("exposureWeight").isNumber() || g.get("exposureWeight").asDouble() < 0) {
                throw fail.at(at + ".exposureWeight", "a number ≥ 0");
            }
            weight = g.get("exposureWeight").asDouble();
        }
        try {
            return new GeneratorSpec(d.seed(), size[0], size[1], size[2], size[3], shares[0], shares[1], shares[2], subsidies,
                    budget, shares[3], weight);
        } catch (IllegalArgumentException e) {
            throw fail.at(at, e.getMessage());
        }
    }

    private static boolean flag(JsonNode g, String field, String at, Fail fail) throws SuiteException {
        if (!g.has(field)) return true;
        if (!g.get(field).isBoolean()) throw fail.at(at + "." + field, "true or false");
        return g.get(field).asBoolean();
    }

    static ObjectNode write(GeneratorSpec spec) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Object> e : spec.fields().entrySet()) {
            Object v = e.getValue();
            if (v instanceof Long l) o.put(e.getKey(), l);
            else if (v instanceof Integer i) o.put(e.getKey(), i);
            else if (v instanceof Double x) o.put(e.getKey(), x);
            else o.put(e.getKey(), (Boolean) v);
        }
        return o;
    }
}
