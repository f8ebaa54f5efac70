package org.reshore.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reshore.check.Finding;
import org.reshore.check.ProblemChecks;
import org.reshore.model.Problem;

/**
 * Reads a reshore/1 problem file (JSON, or YAML by extension) into a resolved {@link Problem}:
 * money in base currency, references as indices, lanes resolved into arcs. Every error of the file
 * is reported at once, each with file, line, column, JSON path and a hint.
 */
public final class ProblemReader {
    /** The problem and the warnings (things that are allowed but probably not meant). */
    public record ReadResult(Problem problem, List<Diagnostic> warnings) {
        public ReadResult {
            warnings = List.copyOf(warnings);
        }
    }

    static final String FORMAT = "reshore/1";
    private static final String[] TOP = {"$schema", "format", "name", "description", "note", "sources", "currency",
        "exchangeRates", "periods", "discountRate", "economies", "products", "markets", "sites", "demand", "lanes",
        "defaultLane", "subsidies", "policies", "stockpiles", "scenarios", "objective"};

    private final ReadLimits limits;

    /** A reader within the default {@link ReadLimits}. */
    public ProblemReader() {
        this(ReadLimits.DEFAULT);
    }

    /** A reader that refuses files beyond {@code limits} with a located error. */
    public ProblemReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads a problem file. A file within the caps that still does not fit in the Java heap is
     * refused like any bad input (the half-read tree is garbage by then), not a crash.
     */
    public ReadResult read(Path file) throws InputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return fromTree(TreeParser.parse(file, limits), name);
        } catch (OutOfMemoryError e) {
            throw InputFiles.outOfMemory(file, name);
        }
    }

    public ReadResult parse(String text, String fileName) throws InputException {
        return fromTree(TreeParser.parse(text, fileName, limits), fileName);
    }

    /** Reads the bytes of a file (UTF-8); {@code fileName} names it in messages and picks JSON or YAML. */
    public ReadResult parse(byte[] bytes, String fileName) throws InputException {
        return fromTree(TreeParser.parse(bytes, fileName, limits), fileName);
    }

    /** Builds the problem from a parsed tree (the hash is that of the tree's canonical form). */
    public ReadResult fromTree(Node root, String fileName) throws InputException {
        ReadContext cx = new ReadContext(fileName);
        otherFormat(root, fileName);
        Fields top = Fields.of(root, cx, TOP);
        if (top == null) throw new InputException(new Diagnostic(Diagnostic.Severity.ERROR, fileName, root.line(),
                root.column(), "", "expected an object, found " + root.kind(), "a problem file is one JSON object"));
        header(top, cx);
        String sha256 = Canonical.sha256(root);
        EntityReader en = new EntityReader(cx);
        en.periods(top);
        en.economies(top);
        en.products(top);
        en.markets(top);
        en.sites(top);
        en.demand(top);
        LaneResolver lanes = new LaneResolver(cx, en, root.line(), root.column());
        lanes.read(top);
        PolicyReader pr = new PolicyReader(cx, en);
        pr.subsidies(top);
        pr.policies(top);
        pr.stockpiles(top);
        ScenarioReader sr = new ScenarioReader(cx, en);
        sr.scenarios(top);
        sr.objective(top);
        cx.report.throwIfErrors();
        String name = top.str("name", "");
        String description = top.str("description", "");
        // Everything is read: let the parsed file go before the arcs of a large problem take its room.
        root = null;
        top = null;
        lanes.resolve();
        sr.resolve(lanes.arcs);
        Problem p = new Problem(name, description, cx.money.base(), sha256,
                en.periods, en.economies, en.products, en.markets, en.sites, en.options, en.demands, lanes.arcs,
                lanes.blocked, pr.subsidies, pr.policies, pr.stockpiles, sr.scenarios, sr.objective);
        for (Finding f : ProblemChecks.warnings(p)) {
            // With no errors, the i-th site or demand of the problem is the i-th entry of the file.
            int[] at = (f.kind().equals("demand") ? en.demandAt : en.siteAt).get(f.index());
            cx.report.add(Diagnostic.Severity.WARNING, at[0], at[1], f.kind() + "[" + f.index() + "]", f.message(), f.hint());
        }
        return new ReadResult(p, cx.report.warnings());
    }

    /**
     * Refuses a file of another format (a plan, a newer version) with that one error: its every
     * field would be a follow-up error.
     */
    private static void otherFormat(Node root, String fileName) throws InputException {
        if (!(root instanceof Node.Obj o) || !(o.get("format") instanceof Node.Str f) || f.value().equals(FORMAT)) return;
        boolean plan = f.value().equals(PlanFile.FORMAT);
        throw new InputException(new Diagnostic(Diagnostic.Severity.ERROR, fileName, f.line(), f.column(), "format",
                plan ? "this is a plan file, not a problem file" : "unsupported format \"" + f.value() + "\"",
                plan ? "commands take the problem first: reshore evaluate PROBLEM PLAN"
                        : "this reader reads \"" + FORMAT + "\""));
    }

    private static void header(Fields top, ReadContext cx) {
        Node format = top.get("format");
        if (format == null) {
            cx.report.error(top.obj, "missing field \"format\"", "add \"format\": \"" + FORMAT + "\"");
        } else if (!(format instanceof Node.Str)) {
            cx.report.error(format, "unsupported format " + format.kind(), "this reader reads \"" + FORMAT + "\"");
        }
        top.str("$schema", null);
        top.id("name");
        top.str("description", null);
        top.str("note", null);
        Ids sourceIds = new Ids("source", cx.report);
        for (Node n : top.list("sources")) {
            Fields f = Fields.of(n, cx, "id", "title", "year", "url", "publisher", "note");
            if (f == null) continue;
            String id = f.id("id");
            f.str("title", null);
            f.str("url", null);
            f.str("publisher", null);
            f.integer("year", 0, 0);
            if (id != null && sourceIds.add(id, f.get("id"))) cx.sources.add(id);
        }
        String currency = top.id("currency");
        if (currency == null) currency = "USD";
        Map<String, Double> rates = new LinkedHashMap<>();
        if (top.has("exchangeRates")) {
            Node er = top.get("exchangeRates");
            if (er instanceof Node.Obj o) {
                for (Node.Field f : o.fields()) {
                    Node v = f.value();
                    if (!(v instanceof Node.Num num)) {
                        cx.report.error(v, "expected a number, found " + v.kind(), "units of " + currency + " per one " + f.key());
                    } else if (!(num.value() > 0)) {
                        cx.report.error(v, "exchange rate must be > 0, found " + Canonical.number(num.value()),
                                "units of " + currency + " per one " + f.key());
                    } else {
                        rates.put(f.key(), num.value());
                    }
                }
            } else {
                cx.report.error(er, "expected an object, found " + er.kind(), "e.g. {\"JPY\": 0.0091}");
            }
        }
        cx.money = new Money(currency, rates, cx.report);
    }
}
