package org.reshore.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a JSON or YAML file into a located {@link Node} tree. Every fault of the text (bad UTF-8,
 * a truncated file, a duplicate key, NaN, a number beyond the double range, a file beyond the
 * {@link ReadLimits}) becomes a {@link Diagnostic}; no Jackson exception reaches the caller.
 */
public final class TreeParser {
    private final String file;
    private final ReadLimits limits;
    private final List<Diagnostic> errors = new ArrayList<>();
    private TreePath current = TreePath.ROOT;
    private int depth;

    /** Thrown to stop reading at a cap: what follows is exactly what the cap keeps out of memory. */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private TreeParser(String file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Whether a file name says YAML (.yaml, .yml); everything else is read as JSON. */
    public static boolean isYaml(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Reads and parses a file within the default limits; the format follows its extension. */
    public static Node parse(Path path) throws InputException {
        return parse(path, ReadLimits.DEFAULT);
    }

    /** Reads and parses a file; one larger than {@code limits} allow is refused before it is read. */
    public static Node parse(Path path, ReadLimits limits) throws InputException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        return parse(InputFiles.read(path, name, limits), name, limits);
    }

    /** Parses the bytes of a file (UTF-8); {@code fileName} names it in messages and picks JSON or YAML. */
    public static Node parse(byte[] bytes, String fileName, ReadLimits limits) throws InputException {
        InputFiles.checkSize(bytes.length, fileName, limits);
        return parse(Utf8.decode(bytes, fileName), fileName, limits);
    }

    /** Parses text already in memory within the default limits. */
    public static Node parse(String text, String fileName) throws InputException {
        return parse(text, fileName, ReadLimits.DEFAULT);
    }

    /** Parses text already in memory; {@code fileName} names it in messages and picks JSON or YAML. */
    public static Node parse(String text, String fileName, ReadLimits limits) throws InputException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        TreeParser p = new TreeParser(fileName, limits);
        Node root = p.run(text, isYaml(fileName));
        if (!p.errors.isEmpty()) {
            // in file order: an object's cap is found after its contents
            p.errors.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            throw new InputException(p.errors);
        }
        return root;
    }

    private Node run(String text, boolean yaml) {
        JsonParser parser = null;
        try {
            parser = Parsers.create(text, yaml, limits);
            JsonToken t = parser.nextToken();
            if (t == null) {
                errors.add(error(1, 1, TreePath.ROOT, "the file is empty", "a problem or plan file is one JSON object"));
                return null;
            }
            Node root = value(parser, t, TreePath.ROOT);
            current = TreePath.ROOT;
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation l = parser.currentTokenLocation();
                errors.add(error(l.getLineNr(), l.getColumnNr(), TreePath.ROOT, "more content after the end of the document",
                        "a file holds exactly one object: is a bracket closed too early?"));
            }
            return root;
        } catch (Abort stop) {
            // the cap's error is recorded
        } catch (JsonProcessingException e) {
            errors.add(new ParseErrors(file, limits).fromJackson(e, parser, current));
        } catch (YAMLException e) {
            // SnakeYAML's own limits and faults that Jackson does not wrap
            errors.add(new ParseErrors(file, limits).fromYaml(e, parser, current));
        } catch (IOException e) {
            errors.add(new ParseErrors(file, limits).other(e, parser, current));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // reading from a string: nothing to release
                }
            }
        }
        return null;
    }

    private Node value(JsonParser p, JsonToken t, TreePath path) throws IOException {
        current = path;
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            // Jackson's streaming YAML gives an alias's name, not its value: refuse rather than misread.
            errors.add(error(line, col, path, "YAML aliases (*name) are not supported", "write the value out"));
            if (t.isStructStart()) p.skipChildren();
            return new Node.Null(line, col, path);
        }
        switch (t) {
            case START_OBJECT:
            case START_ARRAY: {
                if (++depth > limits.maxDepth()) {
                    errors.add(error(line, col, path, "nested deeper than " + limits.maxDepth() + " levels",
                            "problem and plan files nest a few levels; if this is meant, raise the cap with --max-depth"));
                    throw new Abort();
                }
                Node n = t == JsonToken.START_OBJECT ? object(p, path, line, col) : array(p, path, line, col);
                depth--;
                current = path;
                return n;
            }
            case VALUE_STRING: {
                String s = p.getText();
                if (s.length() > limits.maxStringLength()) {
                    errors.add(tooLong(line, col, path, "a string of " + s.length() + " characters"));
                    return new Node.Null(line, col, path);
                }
                return new Node.Str(line, col, path, s);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(p, t, line, col, path);
            case VALUE_TRUE:
                return new Node.Bool(line, col, path, true);
            case VALUE_FALSE:
                return new Node.Bool(line, col, path, false);
            case VALUE_NULL:
                return new Node.Null(line, col, path);
            default:
                // YAML can produce embedded objects (binary tags): not part of a problem file.
                errors.add(error(line, col, path, "unsupported value " + t, "use plain JSON values"));
                return new Node.Null(line, col, path);
        }
    }

    private Node object(JsonParser p, TreePath path, int line, int col) throws IOException {
        List<Node.Field> fields = new ArrayList<>();
        Set<String> seen = null; // only for large objects: a scan of a few keys is cheaper than a set
        int entries = 0;
        JsonToken k;
        while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation kl = p.currentTokenLocation();
            TreePath fp = path.field(key.length() > limits.maxStringLength() ? "…" : key);
            current = fp;
            if (entries++ == limits.maxListLength()) {
                errors.add(error(line, col, path, "an object of more than " + limits.maxListLength() + " fields",
                        "if this is meant, raise the cap with --max-list-length"));
                skipRest(p, JsonToken.END_OBJECT, true);
                return new Node.Obj(line, col, path, fields);
            }
            if (key.length() > limits.maxStringLength()) {
                errors.add(tooLong(kl.getLineNr(), kl.getColumnNr(), fp, "a key of " + key.length() + " characters"));
                p.nextToken();
                p.skipChildren();
                continue;
            }
            Node v = value(p, p.nextToken(), fp);
            boolean first;
            if (seen != null) {
                first = seen.add(key);
            } else {
                first = true;
                for (Node.Field f : fields) {
                    if (f.key().equals(key)) {
                        first = false;
                        break;
                    }
                }
                if (fields.size() >= 16) {
                    seen = new HashSet<>();
                    for (Node.Field f : fields) seen.add(f.key());
                    seen.add(key);
                }
            }
            if (first) {
                fields.add(new Node.Field(key, kl.getLineNr(), kl.getColumnNr(), v));
            } else {
                errors.add(error(kl.getLineNr(), kl.getColumnNr(), fp, "duplicate key \"" + key + "\"",
                        "each key may appear once in an object; the first is kept"));
            }
        }
        if (k != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected " + k + " in an object");
        }
        return new Node.Obj(line, col, path, fields);
    }

    private Node array(JsonParser p, TreePath path, int line, int col) throws IOException {
        List<Node> items = new ArrayList<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
            if (e == null) throw new IllegalStateException("end of input in a list");
            if (items.size() == limits.maxListLength()) {
                errors.add(error(line, col, path, "a list of more than " + limits.maxListLength() + " entries",
                        "if this is meant, raise the cap with --max-list-length"));
                if (e.isStructStart()) p.skipChildren();
                skipRest(p, JsonToken.END_ARRAY, false);
                break;
            }
            items.add(value(p, e, path.element(items.size())));
        }
        return new Node.Arr(line, col, path, items);
    }

    /** Skips to the end of the list or object being read, building nothing. */
    private static void skipRest(JsonParser p, JsonToken end, boolean atKey) throws IOException {
        if (atKey) {
            p.nextToken();
            p.skipChildren();
        }
        JsonToken t;
        while ((t = p.nextToken()) != end) {
            if (t == null) throw new IllegalStateException("end of input while skipping");
            if (t.isStructStart()) p.skipChildren();
        }
    }

    private Node number(JsonParser p, JsonToken t, int line, int col, TreePath path) throws IOException {
        double v;
        boolean integral = t == JsonToken.VALUE_NUMBER_INT;
        try {
            if (integral && p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                v = p.getBigIntegerValue().doubleValue();
            } else {
                v = p.getDoubleValue();
            }
        } catch (JsonProcessingException e) {
            // YAML's .nan and .inf, and number forms Jackson cannot convert (reading goes on)
            v = Double.NaN;
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            String text = p.getText();
            boolean word = Double.isNaN(v) || !text.matches("[-+]?[0-9.eE+-]+");
            errors.add(word ? error(line, col, path, shorten(text) + " is not a finite number", "give a finite number")
                    : error(line, col, path, "number " + shorten(text) + " is beyond the double range",
                            "numbers must be within ±1.8e308"));
            return new Node.Null(line, col, path);
        }
        return new Node.Num(line, col, path, v, integral);
    }

    private static String shorten(String s) {
        return s.length() <= 24 ? s : s.substring(0, 20) + "…";
    }

    private Diagnostic tooLong(int line, int col, TreePath path, String what) {
        return error(line, col, path, what + ", more than the cap of " + limits.maxStringLength(),
                "if this is meant, raise the cap with --max-string-length");
    }

    private Diagnostic error(int line, int col, TreePath path, String message, String hint) {
        return new Diagnostic(Diagnostic.Severity.ERROR, file, line, col, path.toString(), message, hint);
    }
}
