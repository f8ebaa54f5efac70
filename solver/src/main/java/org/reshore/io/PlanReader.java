package org.reshore.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plan files (MODEL.md §4) with the same located parser as problems: a wrong field, type or
 * format is an error with file, line, column and path. Ids are not resolved here but by
 * {@link Plans#toSolution}, against the problem.
 */
public final class PlanReader {
    private PlanReader() {}

    public static PlanFile read(Path file) throws InputException {
        return read(file, ReadLimits.DEFAULT);
    }

    /** Reads a plan file, refusing one beyond {@code limits} with a located error. */
    public static PlanFile read(Path file, ReadLimits limits) throws InputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return fromTree(TreeParser.parse(file, limits), name);
        } catch (OutOfMemoryError e) {
            throw InputFiles.outOfMemory(file, name);
        }
    }

    public static PlanFile parse(String text, String fileName) throws InputException {
        return fromTree(TreeParser.parse(text, fileName), fileName);
    }

    /** Reads the bytes of a plan file (UTF-8); {@code fileName} names it in messages. */
    public static PlanFile parse(byte[] bytes, String fileName, ReadLimits limits) throws InputException {
        return fromTree(TreeParser.parse(bytes, fileName, limits), fileName);
    }

    static PlanFile fromTree(Node root, String fileName) throws InputException {
        ReadContext cx = new ReadContext(fileName);
        cx.money = new Money("", java.util.Map.of(), cx.report);
        if (root instanceof Node.Obj o && o.get("format") instanceof Node.Str f && !f.value().equals(PlanFile.FORMAT)) {
            // another kind of file: its every field would be a follow-up error
            boolean problem = f.value().equals(ProblemReader.FORMAT);
            cx.report.error(f, problem ? "this is a problem file, not a plan file" : "not a plan file: format \"" + f.value() + "\"",
                    problem ? "commands take the problem first, then the plan: reshore evaluate PROBLEM PLAN"
                            : "plan files have \"format\": \"" + PlanFile.FORMAT + "\"");
            cx.report.throwIfErrors();
        }
        Fields top = Fields.of(root, cx, "$schema", "format", "problem", "solver", "builds", "subsidies", "flows",
                "shortages", "stockpiles", "kpis", "note");
        if (top == null) cx.report.throwIfErrors();
        Node format = top.get("format");
        if (format == null) {
            cx.report.error(root, "missing field \"format\"", "add \"format\": \"" + PlanFile.FORMAT + "\"");
        } else if (!(format instanceof Node.Str)) {
            cx.report.error(format, "not a plan file: format " + format.kind(),
                    "plan files have \"format\": \"" + PlanFile.FORMAT + "\"");
        }
        PlanFile.ProblemRef ref = new PlanFile.ProblemRef("", "");
        if (!top.has("problem")) cx.report.error(root, "missing field \"problem\"", "{\"name\": …, \"sha256\": …}");
        else {
            Fields p = Fields.of(top.get("problem"), cx, "name", "sha256");
            if (p != null) ref = new PlanFile.ProblemRef(p.id("name"), p.id("sha256"), where(top.get("problem")));
        }
        PlanFile.SolverInfo solver = null;
        if (top.has("solver")) {
            Fields s = Fields.of(top.get("solver"), cx, "name", "config", "status", "objective", "bound", "gap", "seconds", "seed");
            if (s != null) {
                double inf = Double.POSITIVE_INFINITY;
                solver = new PlanFile.SolverInfo(s.str("name", ""), s.has("config") ? toJson(s.get("config")) : null,
                        s.str("status", null), s.num("objective", Double.NaN, -inf, inf), s.num("bound", Double.NaN, -inf, inf),
                        s.num("gap", Double.NaN, 0, inf), s.num("seconds", Double.NaN, 0, inf), (long) s.num("seed", 0, -9.2e18, 9.2e18));
            }
        }
        List<PlanFile.Build> builds = new ArrayList<>();
        for (Node n : top.list("builds")) {
            Fields f = Fields.of(n, cx, "site", "option", "period", "count");
            if (f == null) continue;
            builds.add(new PlanFile.Build(f.id("site"), f.id("option"), f.id("period"), f.integer("count", 1, 0), where(n)));
            if (!f.has("count")) cx.report.error(n, "missing field \"count\"", "how many of the option are built, e.g. 1");
        }
        List<PlanFile.SubsidyUse> subsidies = new ArrayList<>();
        for (Node n : top.list("subsidies")) {
            Fields f = Fields.of(n, cx, "subsidy", "site", "option", "period", "amount");
            if (f == null) continue;
            subsidies.add(new PlanFile.SubsidyUse(f.id("subsidy"), f.id("site"), f.has("option") ? f.id("option") : null,
                    f.id("period"), amount(f, "amount"), where(n)));
        }
        List<PlanFile.Flow> flows = new ArrayList<>();
        for (Node n : top.list("flows")) {
            Fields f = Fields.of(n, cx, "from", "to", "period", "quantity");
            if (f == null) continue;
            flows.add(new PlanFile.Flow(f.id("from"), f.id("to"), f.id("period"), amount(f, "quantity"), where(n)));
        }
        List<PlanFile.Shortage> shortages = new ArrayList<>();
        for (Node n : top.list("shortages")) {
            Fields f = Fields.of(n, cx, "market", "product", "period", "quantity");
            if (f == null) continue;
            shortages.add(new PlanFile.Shortage(f.id("market"), f.id("product"), f.id("period"), amount(f, "quantity"), where(n)));
        }
        List<PlanFile.StockpileLevel> stockpiles = new ArrayList<>();
        for (Node n : top.list("stockpiles")) {
            Fields f = Fields.of(n, cx, "market", "product", "level");
            if (f == null) continue;
            stockpiles.add(new PlanFile.StockpileLevel(f.id("market"), f.id("product"), amount(f, "level"), where(n)));
        }
        JsonNode kpis = top.has("kpis") ? toJson(top.get("kpis")) : null;
        cx.report.throwIfErrors();
        return new PlanFile(PlanFile.FORMAT, ref, solver, builds, subsidies, flows, shortages, stockpiles, kpis, fileName);
    }

    /**
     * A required number; negative values are read as they are, since judging them (x ≥ 0) is the
     * evaluator's work, not the reader's.
     */
    private static double amount(Fields f, String key) {
        if (!f.has(key)) {
            f.reqNum(key, 0, 0);
            return 0;
        }
        return f.num(key, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    private static PlanFile.Where where(Node n) {
        return new PlanFile.Where(n.line(), n.column(), n.path().toString());
    }

    /** The located tree as a Jackson tree, for the free-form parts (kpis, solver config). */
    static JsonNode toJson(Node n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof Node.Obj o) {
            ObjectNode out = f.objectNode();
            for (Node.Field fl : o.fields()) out.set(fl.key(), toJson(fl.value()));
            return out;
        }
        if (n instanceof Node.Arr a) {
            ArrayNode out = f.arrayNode();
            for (Node c : a.items()) out.add(toJson(c));
            return out;
        }
        if (n instanceof Node.Str s) return f.textNode(s.value());
        if (n instanceof Node.Num num) {
            return num.integral() && Math.abs(num.value()) < 9e15 ? f.numberNode((long) num.value()) : f.numberNode(num.value());
        }
        if (n instanceof Node.Bool b) return f.booleanNode(b.value());
        return f.nullNode();
    }
}
