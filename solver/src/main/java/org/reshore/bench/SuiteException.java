package org.reshore.bench;

/** A suite file or results folder that cannot be used, with file, JSON path and what was expected. */
public final class SuiteException extends Exception {
    public SuiteException(String message) {
        super(message);
    }
}
