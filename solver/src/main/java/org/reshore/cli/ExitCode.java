package org.reshore.cli;

/** The command line's exit codes; scripts rely on them. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    public static final int NO_PLAN = 3;
    public static final int INTERRUPTED = 130;

    private ExitCode() {}
}
