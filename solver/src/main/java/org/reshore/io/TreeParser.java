package org.reshore.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a JSON or YAML file into a located {@link Node} tree. Every fault of the text (bad UTF-8,
 * a truncated file, a duplicate key, NaN, a number beyond the double range) becomes a
 * {@link Diagnostic}; no Jackson exception reaches the caller.
 */
public final class TreeParser {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final String file;
    private final List<Diagnostic> errors = new ArrayList<>();
    private TreePath current = TreePath.ROOT;

    private TreeParser(String file) {
        this.file = file;
    }

    /** Whether a file name says YAML (.yaml, .yml); everything else is read as JSON. */
    public static boolean isYaml(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Reads and parses a file; the format follows its extension. */
    public static Node parse(Path path) throws InputException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(error(path.toString(), 0, 0, "no such file", ""));
        } catch (IOException | RuntimeException e) {
            throw new InputException(error(path.toString(), 0, 0, "cannot read the file: " + e.getMessage(), ""));
        }
        return parse(Utf8.decode(bytes, name), name);
    }

    /** Parses text already in memory; {@code fileName} names it in messages and picks JSON or YAML. */
    public static Node parse(String text, String fileName) throws InputException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        TreeParser p = new TreeParser(fileName);
        Node root = p.run(text, isYaml(fileName));
        if (!p.errors.isEmpty()) throw new InputException(p.errors);
        return root;
    }

    private Node run(String text, boolean yaml) {
        JsonParser parser = null;
        try {
            parser = yaml ? YAML.createParser(text) : JSON.createParser(text);
            JsonToken t = parser.nextToken();
            if (t == null) {
                errors.add(error(file, 1, 1, "the file is empty", "a problem file is one JSON object"));
                return null;
            }
            Node root = value(parser, t, TreePath.ROOT);
            current = TreePath.ROOT;
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation l = parser.currentTokenLocation();
                errors.add(error(file, l.getLineNr(), l.getColumnNr(), "more content after the end of the document",
                        "a file holds exactly one object"));
            }
            return root;
        } catch (JsonProcessingException e) {
            errors.add(fromJackson(e, parser));
        } catch (IOException | RuntimeException e) {
            JsonLocation l = parser == null ? null : parser.currentLocation();
            errors.add(new Diagnostic(Diagnostic.Severity.ERROR, file, l == null ? 0 : l.getLineNr(),
                    l == null ? 0 : l.getColumnNr(), contextPath(parser), "cannot parse: " + e.getMessage(), ""));
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

    /**
     * The path where the parser stopped, from its own context: Jackson reads a field's value token
     * together with its name, so an error in a value can come before this class has seen the key.
     */
    private String contextPath(JsonParser p) {
        if (p == null) return current.toString();
        java.util.ArrayDeque<String> steps = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) steps.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            else if (c.getCurrentName() != null) steps.push("." + c.getCurrentName());
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
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
            case START_OBJECT: {
                List<Node.Field> fields = new ArrayList<>();
                Set<String> seen = null; // only for large objects: a scan of a few keys is cheaper than a set
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    TreePath fp = path.field(key);
                    current = fp;
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
                        errors.add(new Diagnostic(Diagnostic.Severity.ERROR, file, kl.getLineNr(), kl.getColumnNr(),
                                fp.toString(), "duplicate key \"" + key + "\"", "each key may appear once in an object"));
                    }
                }
                current = path;
                if (k != JsonToken.END_OBJECT) throw new IllegalStateException("unexpected " + k);
                return new Node.Obj(line, col, path, fields);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (e == null) throw new IllegalStateException("end of input in a list");
                    items.add(value(p, e, path.element(items.size())));
                }
                current = path;
                return new Node.Arr(line, col, path, items);
            }
            case VALUE_STRING:
                return new Node.Str(line, col, path, p.getText());
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

    private Node number(JsonParser p, JsonToken t, int line, int col, TreePath path) throws IOException {
        double v;
        boolean integral = t == JsonToken.VALUE_NUMBER_INT;
        if (integral && p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            v = p.getBigIntegerValue().doubleValue();
        } else {
            v = p.getDoubleValue();
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            String text = p.getText();
            errors.add(error(line, col, path, "number " + shorten(text) + " is not a finite double",
                    "numbers must be finite and within ±1.8e308"));
            return new Node.Null(line, col, path);
        }
        return new Node.Num(line, col, path, v, integral);
    }

    private static String shorten(String s) {
        return s.length() <= 24 ? s : s.substring(0, 20) + "…";
    }

    private Diagnostic fromJackson(JsonProcessingException e, JsonParser parser) {
        JsonLocation l = e.getLocation();
        int line = l == null ? 0 : l.getLineNr();
        int col = l == null ? 0 : l.getColumnNr();
        String raw = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        raw = raw.replaceAll("\\s*\\(?\\s*(at )?\\[Source:[^\\]]*\\][^)]*\\)?", "").trim();
        String first = raw.lines().findFirst().orElse(raw);
        String message;
        String hint = "";
        if (e.getCause() instanceof MarkedYAMLException m) {
            // SnakeYAML says what it was parsing (context) and what went wrong (problem), at a mark.
            message = m.getProblem() == null ? first : m.getProblem();
            hint = m.getContext() == null ? "" : m.getContext();
            if (m.getProblemMark() != null) {
                line = m.getProblemMark().getLine() + 1;
                col = m.getProblemMark().getColumn() + 1;
            }
            if (message.contains("<stream end>")) hint = "is the file truncated? " + hint;
        } else if (e instanceof JsonEOFException) {
            message = "the file ends too early";
            hint = "is it truncated, or is a closing bracket missing?";
        } else if (first.contains("Non-standard token")) {
            message = "NaN and Infinity are not numbers in a problem file";
            hint = "give a finite number";
        } else if (e instanceof StreamConstraintsException) {
            message = "too large or too deeply nested: " + first;
        } else {
            message = first;
        }
        return new Diagnostic(Diagnostic.Severity.ERROR, file, line, col, contextPath(parser), message, hint);
    }

    private Diagnostic error(int line, int col, TreePath path, String message, String hint) {
        return new Diagnostic(Diagnostic.Severity.ERROR, file, line, col, path.toString(), message, hint);
    }

    private static Diagnostic error(String file, int line, int col, String message, String hint) {
        return new Diagnostic(Diagnostic.Severity.ERROR, file, line, col, "", message, hint);
    }
}
