package org.reshore.cli;

import org.reshore.bench.BenchRunner;

/**
 * One benchmark run in a JVM of its own, with the engines of the command line: {@code reshore
 * bench} starts it (same class path) with the run's spec file and the file its record goes to.
 * Not for use by hand.
 */
public final class BenchChild {
    private BenchChild() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(BenchRunner.child(args, new BenchCommand.CliEngines(), System.out));
    }
}
