package org.reshore.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A planner's request to stop a solve early (Ctrl-C on the command line). Every engine honours
 * it: it stops searching and returns the best plan it has so far, with status
 * {@link Status#INTERRUPTED} (or no plan, when it has none yet). Once requested, a signal stays
 * requested. Safe to use from any thread: the request usually comes from a signal handler while
 * the engine runs on another thread.
 */
public final class StopSignal {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    /** Asks the engine to stop; the hooks registered so far run on the calling thread, once. */
    public void request() {
        if (requested.compareAndSet(false, true)) hooks.forEach(Runnable::run);
    }

    /** Whether a stop was requested. */
    public boolean requested() {
        return requested.get();
    }

    /**
     * Runs {@code hook} when a stop is requested (at once when it already was), until the returned
     * registration is closed. Engines use it to stop a solver that runs in native code or in a
     * library's loop (OR-Tools' interruptSolve, OptaPlanner's terminateEarly). A hook may run
     * twice when the request races with the registration: hooks must be idempotent.
     */
    public Registration onRequest(Runnable hook) {
        hooks.add(hook);
        if (requested.get()) hook.run();
        return () -> hooks.remove(hook);
    }

    /** A registered hook; closing it unregisters the hook. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
