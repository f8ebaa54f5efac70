package org.reshore.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Typed, checked access to the fields of one object of a file. Creating it reports every unknown
 * field (with the known names as the hint); each getter reports a missing required field, a wrong
 * type or a value out of range at the value's own location, and returns a harmless default so that
 * reading goes on and finds the file's other errors.
 */
final class Fields {
    final Node.Obj obj;
    private final ReadContext cx;

    private Fields(Node.Obj obj, ReadContext cx) {
        this.obj = obj;
        this.cx = cx;
    }

    /** The fields of {@code n}, or null (after an error) when it is not an object. */
    static Fields of(Node n, ReadContext cx, String... known) {
        if (!(n instanceof Node.Obj o)) {
            cx.report.error(n, "expected an object, found " + n.kind(), "write it as {\"key\": value, …}");
            return null;
        }
        boolean top = o.path() == TreePath.ROOT;
        for (Node.Field f : o.fields()) {
            // A linear scan of a dozen names: cheaper than a set per object on a file of a million objects.
            if (isKnown(f.key(), known, top)) continue;
            Set<String> names = new LinkedHashSet<>(Arrays.asList(known));
            if (!top) {
                names.add("note");
                names.add("sources");
            }
            String close = closest(f.key(), names);
            cx.report.errorAtKey(f, f.value().path().toString(), "unknown field \"" + f.key() + "\"",
                    (close == null ? "" : "did you mean \"" + close + "\"? ")
                            + Report.known(names, Integer.MAX_VALUE).replace("known: ", "known fields: "));
        }
        Fields fs = new Fields(o, cx);
        if (!top) {
            Node note = o.get("note");
            if (note != null && !(note instanceof Node.Str)) {
                cx.report.error(note, "expected a string, found " + note.kind(), "a note is text in double quotes");
            }
            Node src = o.get("sources");
            if (src != null) for (String id : fs.strings("sources")) cx.sourceRef(fs.stringNode("sources", id), id);
        }
        return fs;
    }

    /** The known name nearest to a misspelt one (edit distance ≤ 2, or equal ignoring case), or null. */
    static String closest(String key, Set<String> names) {
        String best = null;
        int bestDistance = 3;
        for (String n : names) {
            int d = n.equalsIgnoreCase(key) ? 0 : distance(key, n);
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static boolean isKnown(String key, String[] known, boolean top) {
        for (String k : known) if (k.equals(key)) return true;
        return !top && (key.equals("note") || key.equals("sources"));
    }

    private Node stringNode(String key, String value) {
        if (obj.get(key) instanceof Node.Arr a) {
            for (Node n : a.items()) if (n instanceof Node.Str s && s.value().equals(value)) return n;
        }
        return obj.get(key);
    }

    Node get(String key) {
        return obj.get(key);
    }

    boolean has(String key) {
        return obj.has(key);
    }

    private void missing(String key) {
        cx.report.error(obj, "missing field \"" + key + "\"", "add \"" + key + "\" to this object");
    }

    /** A required non-empty string; null after an error. */
    String id(String key) {
        Node n = obj.get(key);
        if (n == null) {
            missing(key);
            return null;
        }
        String s = string(n);
        if (s != null && s.isEmpty()) {
            cx.report.error(n, "must not be empty", "give a non-empty id or name");
            return null;
        }
        return s;
    }

    /** An optional string. */
    String str(String key, String dflt) {
        Node n = obj.get(key);
        if (n == null) return dflt;
        String s = string(n);
        return s == null ? dflt : s;
    }

    String string(Node n) {
        if (n instanceof Node.Str s) return s.value();
        // YAML reads an unquoted 2024 as a number: the usual way a period id goes wrong.
        String hint = n instanceof Node.Num num ? "write it in quotes: \"" + Canonical.number(num.value()) + "\""
                : n instanceof Node.Bool b ? "write it in quotes: \"" + b.value() + "\"" : "text in double quotes";
        cx.report.error(n, "expected a string, found " + n.kind(), hint);
        return null;
    }

    /** An optional number within [min, max]; dflt when absent, also after an error. */
    double num(String key, double dflt, double min, double max) {
        Node n = obj.get(key);
        if (n == null) return dflt;
        return number(n, dflt, min, max);
    }

    double reqNum(String key, double min, double max) {
        Node n = obj.get(key);
        if (n == null) {
            missing(key);
            return min;
        }
        return number(n, min, min, max);
    }

    double number(Node n, double dflt, double min, double max) {
        if (!(n instanceof Node.Num num)) {
            cx.report.error(n, "expected a number, found " + n.kind(), numberHint(n));
            return dflt;
        }
        double v = num.value();
        if (v < min || v > max) {
            cx.report.error(n, range(v, min, max), rangeHint(min, max));
            return dflt;
        }
        return v;
    }

    /** "write it without quotes: 80" for a number in quotes; "a plain number" otherwise. */
    private static String numberHint(Node n) {
        if (n instanceof Node.Str s) {
            String t = s.value().strip();
            if (t.length() <= 40 && t.matches("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) return "write it without quotes: " + t;
        }
        if (n instanceof Node.Arr) return "one number, not a list";
        return "a plain number such as 80 or 0.25";
    }

    static String rangeHint(double min, double max) {
        if (max == Double.POSITIVE_INFINITY) return "give " + Canonical.number(min) + " or more";
        return "give a value from " + Canonical.number(min) + " to " + Canonical.number(max);
    }

    static String range(double v, double min, double max) {
        String found = ", found " + Canonical.number(v);
        if (max == Double.POSITIVE_INFINITY) {
            return min == 0 ? "must not be negative" + found : "must be ≥ " + Canonical.number(min) + found;
        }
        return "must be within [" + Canonical.number(min) + ", " + Canonical.number(max) + "]" + found;
    }

    /** An optional whole number ≥ min. */
    int integer(String key, int dflt, int min) {
        Node n = obj.get(key);
        if (n == null) return dflt;
        double v = number(n, Double.NaN, min, Integer.MAX_VALUE);
        if (Double.isNaN(v)) return dflt;
        if (v != Math.rint(v)) {
            cx.report.error(n, "must be a whole number, found " + Canonical.number(v), "e.g. " + Canonical.number(Math.rint(v)));
            return dflt;
        }
        return (int) v;
    }

    boolean bool(String key, boolean dflt) {
        Node n = obj.get(key);
        if (n == null) return dflt;
        if (n instanceof Node.Bool b) return b.value();
        cx.report.error(n, "expected true or false, found " + n.kind(), "write true or false without quotes");
        return dflt;
    }

    /** Optional money (≥ 0) in base currency; dflt when absent, 0 after an error. */
    double money(String key, double dflt) {
        Node n = obj.get(key);
        return n == null ? dflt : cx.money.parse(n);
    }

    double reqMoney(String key) {
        Node n = obj.get(key);
        if (n == null) {
            missing(key);
            return 0;
        }
        return cx.money.parse(n);
    }

    /** The items of an optional list (empty when absent or after an error). */
    List<Node> list(String key) {
        Node n = obj.get(key);
        if (n == null) return List.of();
        if (n instanceof Node.Arr a) return a.items();
        cx.report.error(n, "expected a list, found " + n.kind(), "write it as [ … ], also for one entry");
        return List.of();
    }

    /** An optional list of strings. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Node n : list(key)) {
            String s = string(n);
            if (s != null) out.add(s);
        }
        return out;
    }
}
