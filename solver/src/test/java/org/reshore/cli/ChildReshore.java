package org.reshore.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code reshore} as a child process ({@code java -cp <the test class path> org.reshore.cli.Main}),
 * for what only a process of its own shows: wall time from start to exit, exit codes, signals,
 * and JVM-dependent behaviour (two runs in two JVMs).
 */
final class ChildReshore {
    final Process process;
    final Path out;
    final Path err;
    final long startNanos;

    private ChildReshore(Process process, Path out, Path err, long startNanos) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.startNanos = startNanos;
    }

    /** Starts {@code reshore args…}; stdout and stderr go to files in {@code dir}. */
    static ChildReshore start(Path dir, String label, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xss4m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.reshore.cli.Main");
        cmd.addAll(List.of(args));
        Path out = dir.resolve(label + ".out");
        Path err = dir.resolve(label + ".err");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildReshore(p, out, err, start);
    }

    /** Waits for the exit (at most {@code seconds}, then kills it and fails); returns the exit code. */
    int waitFor(double seconds) throws InterruptedException {
        if (!process.waitFor(Math.round(seconds * 1000), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("reshore still running after " + seconds + " s; stderr: " + text(err));
        }
        return process.exitValue();
    }

    /** Seconds since the process was started. */
    double elapsed() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Sends SIGINT (what Ctrl-C sends) through the system's {@code kill}. */
    void interrupt() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) throw new AssertionError("kill -INT failed");
    }

    /** Waits until stderr contains {@code text} (at most {@code seconds}); false if it never did. */
    boolean awaitErr(String text, double seconds) throws InterruptedException {
        long end = System.nanoTime() + Math.round(seconds * 1e9);
        while (System.nanoTime() < end) {
            if (text(err).contains(text)) return true;
            if (!process.isAlive()) return text(err).contains(text);
            Thread.sleep(50);
        }
        return false;
    }

    /** Whether signals can be sent here (a POSIX system with {@code kill}). */
    static boolean canSignal() {
        return File.separatorChar == '/' && (new File("/bin/kill").canExecute() || new File("/usr/bin/kill").canExecute());
    }

    static String text(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
