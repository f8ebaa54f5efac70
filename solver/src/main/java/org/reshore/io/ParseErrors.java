package org.reshore.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.ArrayDeque;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns what Jackson and SnakeYAML throw on bad text into a planner's diagnostic: where (from the
 * exception, else from the parser), the JSON path the parser was in, what is wrong in plain words
 * and a hint.
 */
final class ParseErrors {
    private final String file;
    private final ReadLimits limits;

    ParseErrors(String file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    Diagnostic fromJackson(JsonProcessingException e, JsonParser parser, TreePath current) {
        JsonLocation l = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        int line = l == null ? 1 : l.getLineNr();
        int col = l == null ? 1 : l.getColumnNr();
        String raw = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        raw = raw.replaceAll("\\s*\\(?\\s*(at )?\\[Source:[^\\]]*\\][^)]*\\)?", "").trim();
        String first = raw.lines().findFirst().orElse(raw);
        String message = first;
        String hint = "";
        if (e.getCause() instanceof MarkedYAMLException m) {
            return fromYaml(m, parser, current);
        } else if (e instanceof JsonEOFException || first.contains("end-of-input")) {
            message = "the file ends too early";
            hint = "is it truncated, or is a closing bracket or quote missing?";
        } else if (e instanceof StreamConstraintsException) {
            if (first.contains("Number value length")) {
                // Jackson stops after the number's last digit; its message says how long it was
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("length \\((\\d{1,9})\\)").matcher(first);
                if (m.find() && col > Integer.parseInt(m.group(1))) col -= Integer.parseInt(m.group(1));
                message = "a number of more than " + maxNumberLength() + " characters";
                hint = "write long numbers with an exponent (1.5e20)";
            } else if (first.contains("nesting depth")) {
                message = "nested deeper than " + limits.maxDepth() + " levels";
                hint = "problem and plan files nest a few levels; if this is meant, raise the cap with --max-depth";
            } else {
                message = "beyond what a file may hold: " + first;
            }
        } else if (first.contains("ALLOW_COMMENTS")) {
            message = "JSON has no comments";
            hint = "put remarks in a \"note\" field";
        } else if (first.contains("Unrecognized token")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Unrecognized token '([^']{0,40})'").matcher(first);
            message = m.find() ? "'" + m.group(1) + "' is not a JSON value" : "not a JSON value";
            hint = "text needs double quotes; true, false and null are lower case";
        } else if (first.contains("Illegal unquoted character")) {
            message = "a control character inside a string";
            hint = "write line breaks and tabs as \\n and \\t";
        } else if (first.contains("was expecting double-quote to start field name")
                || first.contains("was expecting comma")) {
            hint = "a comma, quote or bracket is missing or extra here";
        } else {
            hint = "check the file's syntax here";
        }
        return at(Math.max(1, line), Math.max(1, col), parser, current, message, hint);
    }

    private static int maxNumberLength() {
        return com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
    }

    /** SnakeYAML says what it was parsing (context) and what went wrong (problem), at a mark. */
    Diagnostic fromYaml(YAMLException e, JsonParser parser, TreePath current) {
        int line = 1;
        int col = 1;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        String hint = "check the YAML syntax here";
        if (e instanceof MarkedYAMLException m) {
            message = m.getProblem() == null ? message : m.getProblem();
            hint = m.getContext() == null ? hint : m.getContext();
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            if (mark != null) {
                line = mark.getLine() + 1;
                col = mark.getColumn() + 1;
            }
            if (message.contains("<stream end>")) hint = "is the file truncated? " + hint;
        } else if (parser != null) {
            JsonLocation l = parser.currentLocation();
            line = Math.max(1, l.getLineNr());
            col = Math.max(1, l.getColumnNr());
        }
        if (message.contains("Nesting Depth exceeded") || message.contains("nesting depth")) {
            message = "nested deeper than " + limits.maxDepth() + " levels";
            hint = "problem and plan files nest a few levels; if this is meant, raise the cap with --max-depth";
        }
        return at(line, col, parser, current, message, hint);
    }

    /** An I/O failure while parsing text in memory: not expected, but said plainly. */
    Diagnostic other(Exception e, JsonParser parser, TreePath current) {
        JsonLocation l = parser == null ? null : parser.currentLocation();
        return at(l == null ? 1 : Math.max(1, l.getLineNr()), l == null ? 1 : Math.max(1, l.getColumnNr()), parser, current,
                "cannot parse: " + e.getMessage(), "check the file's syntax here");
    }

    private Diagnostic at(int line, int col, JsonParser parser, TreePath current, String message, String hint) {
        return new Diagnostic(Diagnostic.Severity.ERROR, file, line, col, contextPath(parser, current), message, hint);
    }

    /**
     * The path where the parser stopped, from its own context: Jackson reads a field's value token
     * together with its name, so an error in a value can come before the tree parser has seen the key.
     */
    private static String contextPath(JsonParser p, TreePath current) {
        if (p == null) return current.toString();
        ArrayDeque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) steps.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            else if (c.getCurrentName() != null) steps.push("." + c.getCurrentName());
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
