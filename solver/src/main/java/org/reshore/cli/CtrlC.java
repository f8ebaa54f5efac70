package org.reshore.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.reshore.engine.StopSignal;
import org.reshore.io.AtomicFiles;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C during a solve. The first one asks the engine to stop ({@link StopSignal}): it returns
 * its best plan so far, which the command writes (atomically) before exiting with 130. A second
 * one quits at once with 130: a plan being written is either finished or its temporary file is
 * removed ({@link AtomicFiles#closeForExit}), so no partial file is left. Outside a solve the
 * JVM's own handling applies (exit 130, nothing written).
 *
 * <p>Uses {@code sun.misc.Signal}, the JDK's supported-but-unofficial way to catch SIGINT. Where
 * SIGINT cannot be caught (a JVM started with {@code -Xrs}) a
 * shutdown hook does the first part instead: it asks the engine to stop and waits up to
 * {@link #HOOK_WAIT} for the plan to be written; the JVM then exits with 130 by itself, and a
 * second Ctrl-C cannot shorten the wait.
 */
final class CtrlC implements AutoCloseable {
    static final Duration HOOK_WAIT = Duration.ofSeconds(30);

    private final StopSignal stop;
    private final PrintWriter err;
    private SignalHandler previous;
    private Thread hook;
    private final CountDownLatch done = new CountDownLatch(1);
    private int count;

    private CtrlC(StopSignal stop, PrintWriter err) {
        this.stop = stop;
        this.err = err;
    }

    /** Catches Ctrl-C until {@link #close()}; a first one requests {@code stop}. */
    static CtrlC install(StopSignal stop, PrintWriter err) {
        CtrlC c = new CtrlC(stop, err);
        try {
            c.previous = Signal.handle(new Signal("INT"), sig -> c.interrupted());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            c.hook = new Thread(c::onShutdown, "reshore-ctrl-c");
            Runtime.getRuntime().addShutdownHook(c.hook);
        }
        return c;
    }

    /** Whether Ctrl-C was pressed. */
    boolean pressed() {
        return stop.requested();
    }

    private synchronized void interrupted() {
        count++;
        if (count == 1) {
            err.println("reshore: interrupted; stopping the engine and writing the best plan so far "
                    + "(Ctrl-C again to quit at once, writing nothing)");
            err.flush();
            // not on the signal thread: engine hooks (interruptSolve, terminateEarly) may take a moment
            Thread t = new Thread(stop::request, "reshore-stop");
            t.setDaemon(true);
            t.start();
            return;
        }
        err.println("reshore: interrupted again; quitting, nothing written");
        err.flush();
        AtomicFiles.closeForExit(Duration.ofSeconds(2));
        Runtime.getRuntime().halt(ExitCode.INTERRUPTED);
    }

    private void onShutdown() {
        stop.request();
        try {
            done.await(HOOK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        done.countDown();
        if (previous != null) {
            Signal.handle(new Signal("INT"), previous);
        } else if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it returns now that the plan is written
            }
        }
    }
}
