package org.reshore.io;

/**
 * One finding about an input file, located for a planner: which file, where in it (line and column,
 * 1-based; 0 when unknown), the JSON path of the value ({@code sites[3].economy}), what is wrong
 * and, when there is one, how to fix it.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String path, String message,
                         String hint) {
    public enum Severity { ERROR, WARNING }

    public Diagnostic {
        path = path == null ? "" : path;
        hint = hint == null ? "" : hint;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code problem.json:41:18: sites[3].economy: unknown economy "TWN" (known: TW, US)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (file != null && !file.isEmpty()) b.append(file).append(':');
        if (line > 0) b.append(line).append(':').append(column).append(':');
        if (b.length() > 0) b.append(' ');
        if (severity == Severity.WARNING) b.append("warning: ");
        if (!path.isEmpty()) b.append(path).append(": ");
        b.append(message);
        if (!hint.isEmpty()) b.append(" (").append(hint).append(')');
        return b.toString();
    }
}
