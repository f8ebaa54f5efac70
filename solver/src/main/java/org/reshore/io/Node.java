package org.reshore.io;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a parsed JSON or YAML file that remembers where it stood: its line and column (1-based)
 * and its JSON path. Immutable; objects keep their fields in file order.
 */
public sealed interface Node {
    int line();

    int column();

    TreePath path();

    /** What a planner would call this kind of value in a message: "an object", "a string", … */
    String kind();

    /** One field of an object, with where its key stands (unknown-field errors point at the key). */
    record Field(String key, int line, int column, Node value) {}

    /** A JSON object. */
    record Obj(int line, int column, TreePath path, List<Field> fields) implements Node {
        public Obj {
            fields = Collections.unmodifiableList(fields);
        }

        public Node get(String key) {
            // Objects are small; a linear scan beats a map per object on a 50 MB file.
            for (Field f : fields) if (f.key().equals(key)) return f.value();
            return null;
        }

        public boolean has(String key) {
            return get(key) != null;
        }

        public Map<String, Node> asMap() {
            Map<String, Node> m = new HashMap<>();
            for (Field f : fields) m.put(f.key(), f.value());
            return m;
        }

        public String kind() {
            return "an object";
        }
    }

    /** A JSON array. */
    record Arr(int line, int column, TreePath path, List<Node> items) implements Node {
        public Arr {
            items = Collections.unmodifiableList(items);
        }

        public String kind() {
            return "a list";
        }
    }

    /** A string. */
    record Str(int line, int column, TreePath path, String value) implements Node {
        public String kind() {
            return "a string";
        }
    }

    /** A finite number (the parser refuses NaN, infinities and numbers beyond the double range). */
    record Num(int line, int column, TreePath path, double value, boolean integral) implements Node {
        public String kind() {
            return "a number";
        }
    }

    /** true or false. */
    record Bool(int line, int column, TreePath path, boolean value) implements Node {
        public String kind() {
            return "a boolean";
        }
    }

    /** null. */
    record Null(int line, int column, TreePath path) implements Node {
        public String kind() {
            return "null";
        }
    }
}
