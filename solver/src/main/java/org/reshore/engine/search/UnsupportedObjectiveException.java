package org.reshore.engine.search;

/**
 * The problem asks for an objective this engine does not optimise (robust mode, lexicographic
 * mode). A usage error, not a crash: the message says what to use instead.
 */
public final class UnsupportedObjectiveException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedObjectiveException(String message) {
        super(message);
    }
}
