package org.reshore.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes plan files: fixed key order, one decision per line, numbers in {@link Canonical#number}'s
 * spelling, so the same plan always gives the same bytes. Files are written to a temporary file in
 * the target's directory and renamed over it, so a reader never sees half a plan.
 */
public final class PlanWriter {
    private final StringBuilder b = new StringBuilder();

    private PlanWriter() {}

    /** Writes the plan to {@code file} atomically, creating its folder if needed. */
    public static void write(PlanFile plan, Path file) throws IOException {
        AtomicFiles.write(file, toJson(plan));
    }

    /** The file's text. */
    public static String toJson(PlanFile plan) {
        PlanWriter w = new PlanWriter();
        w.plan(plan);
        return w.b.toString();
    }

    private void plan(PlanFile p) {
        b.append("{\n  \"format\": ");
        str(p.format() == null ? PlanFile.FORMAT : p.format());
        b.append(",\n  \"problem\": {\"name\": ");
        str(p.problem().name());
        b.append(", \"sha256\": ");
        str(p.problem().sha256());
        b.append('}');
        if (p.solver() != null) solver(p.solver());
        list("builds", p.builds(), x -> {
            field("site", x.site(), true);
            field("option", x.option(), false);
            field("period", x.period(), false);
            num("count", x.count());
        });
        list("subsidies", p.subsidies(), x -> {
            field("subsidy", x.subsidy(), true);
            field("site", x.site(), false);
            if (x.option() != null) field("option", x.option(), false);
            field("period", x.period(), false);
            num("amount", x.amount());
        });
        list("flows", p.flows(), x -> {
            field("from", x.from(), true);
            field("to", x.to(), false);
            field("period", x.period(), false);
            num("quantity", x.quantity());
        });
        list("shortages", p.shortages(), x -> {
            field("market", x.market(), true);
            field("product", x.product(), false);
            field("period", x.period(), false);
            num("quantity", x.quantity());
        });
        list("stockpiles", p.stockpiles(), x -> {
            field("market", x.market(), true);
            field("product", x.product(), false);
            num("level", x.level());
        });
        if (p.kpis() != null && !p.kpis().isMissingNode()) {
            b.append(",\n  \"kpis\": ");
            json(p.kpis(), "  ");
        }
        b.append("\n}\n");
    }

    private void solver(PlanFile.SolverInfo s) {
        b.append(",\n  \"solver\": {\"name\": ");
        str(s.name());
        if (s.config() != null && !s.config().isNull()) {
            b.append(", \"config\": ");
            json(s.config(), null);
        }
        if (s.status() != null) {
            b.append(", \"status\": ");
            str(s.status());
        }
        opt("objective", s.objective());
        opt("bound", s.bound());
        opt("gap", s.gap());
        opt("seconds", s.seconds());
        b.append(", \"seed\": ").append(s.seed()).append('}');
    }

    private void opt(String key, double v) {
        if (Double.isFinite(v)) num(key, v);
    }

    private <T> void list(String key, List<T> items, Consumer<T> entry) {
        b.append(",\n  \"").append(key).append("\": [");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "\n    {" : ",\n    {");
            entry.accept(items.get(i));
            b.append('}');
        }
        b.append(items.isEmpty() ? "]" : "\n  ]");
    }

    private void field(String key, String value, boolean first) {
        if (!first) b.append(", ");
        b.append('"').append(key).append("\": ");
        str(value);
    }

    private void num(String key, double v) {
        b.append(", \"").append(key).append("\": ").append(number(v));
    }

    private static String number(double v) {
        // JSON has no NaN or infinity; a KPI that is not a number is written as null.
        return Double.isFinite(v) ? Canonical.number(v) : "null";
    }

    private void str(String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        try {
            Canonical.string(s, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Free JSON (kpis, solver config): objects in their own key order; indented unless indent is null. */
    private void json(JsonNode n, String indent) {
        if (n.isObject()) {
            if (n.isEmpty()) {
                b.append("{}");
                return;
            }
            String inner = indent == null ? null : indent + "  ";
            b.append('{');
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            boolean first = true;
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) b.append(',');
                if (inner != null) b.append('\n').append(inner);
                else if (!first) b.append(' ');
                first = false;
                str(e.getKey());
                b.append(": ");
                json(e.getValue(), inner);
            }
            if (indent != null) b.append('\n').append(indent);
            b.append('}');
        } else if (n.isArray()) {
            boolean scalars = true;
            for (JsonNode c : n) scalars &= c.isValueNode();
            String inner = indent == null || scalars ? null : indent + "  ";
            b.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) b.append(inner == null ? ", " : ",");
                if (inner != null) b.append('\n').append(inner);
                json(n.get(i), inner);
            }
            if (inner != null && n.size() > 0) b.append('\n').append(indent);
            b.append(']');
        } else if (n.isNumber()) {
            b.append(number(n.doubleValue()));
        } else if (n.isTextual()) {
            str(n.textValue());
        } else if (n.isBoolean()) {
            b.append(n.booleanValue());
        } else {
            b.append("null");
        }
    }
}
