package org.reshore.io;

import java.util.List;
import java.util.stream.Collectors;

/** A file that cannot be used, with every error found in it (not only the first). */
public class InputException extends Exception {
    private final List<Diagnostic> diagnostics;

    public InputException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public InputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    /** Every diagnostic of the file: the errors, and the warnings found along the way. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Only the errors. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
