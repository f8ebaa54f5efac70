package org.reshore.engine.mip;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.reshore.engine.StopSignal;

/**
 * One {@code MPSolver.solve} on a thread of its own, watched: a planner's stop request and the
 * deadline both ask the solver to stop ({@code interruptSolve}), and when it does not return
 * within a short grace the solve is <em>abandoned</em>: the caller goes on with what it can find
 * elsewhere (HiGHS's improving-solution file, the warm start) while the native solve runs on
 * until its own limit and then frees itself.
 *
 * <p>Why: through OR-Tools 9.15 only SCIP honours {@code interruptSolve}; HiGHS and CBC ignore
 * it. HiGHS also spends seconds loading a large model before its own clock starts (OR-Library
 * capb, 100,100 columns: about 14 s on this machine, whatever its time limit), and CBC does not
 * check its limit inside the root LP. Without a watchdog a 5 s limit took 16 s.
 */
final class NativeSolve {
    /** How the watched solve ended. */
    enum End {
        /** The solver returned by itself. */
        RETURNED,
        /** A stop was requested; the solver returned (interrupted) or was abandoned. */
        STOPPED,
        /** The deadline passed and the solver did not return: abandoned. */
        DEADLINE
    }

    /** {@code status} is null when the solve was abandoned (no values can be read from the solver). */
    record Result(MPSolver.ResultStatus status, End end) {
        boolean abandoned() {
            return status == null;
        }
    }

    /** After interruptSolve, how long a solver may take to come back before it is abandoned (at most). */
    static final long GRACE_MILLIS = 500;
    private static final long POLL_MILLIS = 20;
    private static final int RUNNING = 0;
    private static final int RETURNED = 1;
    private static final int ABANDONED = 2;

    private NativeSolve() {}

    /**
     * The part of a time limit kept for the watchdog: the solver's own limit is that much shorter,
     * and a solver that has not returned by then is interrupted, then abandoned at the full limit.
     */
    static long graceMillis(long limitMillis) {
        return Math.min(GRACE_MILLIS, limitMillis / 10);
    }

    /**
     * Solves, returning when the solver returns, or at the latest {@code graceMillis} after a stop
     * request or after {@code interruptAt} (System.nanoTime), when the solver is asked to stop.
     * {@code release} runs once the native solve is over when it was abandoned (freeing the
     * solver is then its job).
     */
    static Result solve(MPSolver solver, MPSolverParameters params, long interruptAt, long graceMillis, StopSignal stop,
                        Runnable release) {
        AtomicInteger state = new AtomicInteger(RUNNING);
        CompletableFuture<MPSolver.ResultStatus> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            MPSolver.ResultStatus rs;
            try {
                rs = solver.solve(params);
            } catch (IllegalArgumentException e) {
                // status 99 (MPSOLVER_UNKNOWN_STATUS) has no Java constant: HiGHS stopped on the limit
                rs = MPSolver.ResultStatus.NOT_SOLVED;
            } catch (RuntimeException | Error e) {
                rs = MPSolver.ResultStatus.ABNORMAL;
            }
            if (!state.compareAndSet(RUNNING, RETURNED)) release.run();
            done.complete(rs);
        }, "reshore-mip-solve");
        worker.setDaemon(true);
        try (StopSignal.Registration r = stop.onRequest(solver::interruptSolve)) {
            worker.start();
            long interruptedAt = Long.MIN_VALUE;
            End why = End.RETURNED;
            while (true) {
                try {
                    MPSolver.ResultStatus rs = done.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    return new Result(rs, stop.requested() ? End.STOPPED : why);
                } catch (TimeoutException e) {
                    long now = System.nanoTime();
                    if (interruptedAt == Long.MIN_VALUE && (stop.requested() || now - interruptAt >= 0)) {
                        why = stop.requested() ? End.STOPPED : End.DEADLINE;
                        solver.interruptSolve();
                        interruptedAt = now;
                    } else if (interruptedAt != Long.MIN_VALUE && now - interruptedAt >= Math.max(1, graceMillis) * 1_000_000) {
                        if (state.compareAndSet(RUNNING, ABANDONED)) {
                            return new Result(null, stop.requested() ? End.STOPPED : why);
                        }
                        // it returned just now: the next get() has it
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    solver.interruptSolve();
                    if (state.compareAndSet(RUNNING, ABANDONED)) return new Result(null, End.STOPPED);
                    return new Result(done.join(), End.STOPPED);
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }
}
