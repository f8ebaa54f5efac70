package org.reshore.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the diagnostics of one file, so that a reader reports all errors rather than the first. */
final class Report {
    final String file;
    private final List<Diagnostic> all = new ArrayList<>();
    private final Set<String> said = new HashSet<>();
    private boolean errors;

    Report(String file) {
        this.file = file;
    }

    void error(Node at, String message, String hint) {
        add(Diagnostic.Severity.ERROR, at.line(), at.column(), at.path().toString(), message, hint);
    }

    void error(Node at, String message) {
        error(at, message, "");
    }

    /** An error about one key of an object: it points at the key itself. */
    void errorAtKey(Node.Field f, String path, String message, String hint) {
        add(Diagnostic.Severity.ERROR, f.line(), f.column(), path, message, hint);
    }

    void warning(Node at, String message, String hint) {
        add(Diagnostic.Severity.WARNING, at.line(), at.column(), at.path().toString(), message, hint);
    }

    void add(Diagnostic.Severity s, int line, int column, String path, String message, String hint) {
        // a value read twice (for the model and for a label) would otherwise be reported twice
        if (!said.add(line + ":" + column + ":" + path + ":" + message)) return;
        all.add(new Diagnostic(s, file, line, column, path, message, hint));
        if (s == Diagnostic.Severity.ERROR) errors = true;
    }

    void addAll(Collection<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            all.add(d);
            if (d.isError()) errors = true;
        }
    }

    boolean hasErrors() {
        return errors;
    }

    List<Diagnostic> warnings() {
        return all.stream().filter(d -> !d.isError()).toList();
    }

    /** Throws every diagnostic so far when any of them is an error. */
    void throwIfErrors() throws InputException {
        if (!errors) return;
        List<Diagnostic> sorted = new ArrayList<>(all);
        // In file order: a planner fixes a file from top to bottom.
        sorted.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        throw new InputException(sorted);
    }

    /** "known: a, b, c" with at most ten names, for hints. */
    static String known(Collection<String> names) {
        return known(names, 10);
    }

    static String known(Collection<String> names, int limit) {
        if (names.isEmpty()) return "none are defined";
        StringBuilder b = new StringBuilder("known: ");
        int i = 0;
        for (String n : names) {
            if (i == limit) {
                b.append(", … (").append(names.size()).append(" in all)");
                break;
            }
            if (i++ > 0) b.append(", ");
            b.append(n);
        }
        return b.toString();
    }
}
