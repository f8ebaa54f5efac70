package org.reshore.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes files whole or not at all: the bytes go to a hidden temporary sibling, which is then
 * renamed over the target in one step. A killed run or a full disk never leaves half a plan,
 * model or report behind. The target's folder is created when missing. A process about to halt
 * (a second Ctrl-C) calls {@link #closeForExit} first, so that it leaves no temporary file either.
 */
public final class AtomicFiles {
    /** One write at a time, so that {@link #closeForExit} knows what is being written. */
    private static final ReentrantLock WRITING = new ReentrantLock();
    private static volatile Path inFlight;
    private static volatile boolean closed;

    private AtomicFiles() {}

    public static void write(Path file, byte[] bytes) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        WRITING.lock();
        try {
            if (closed) throw new IOException(abs + ": not written, the program is quitting");
            Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            inFlight = tmp;
            try {
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                inFlight = null;
                Files.deleteIfExists(tmp);
            }
        } finally {
            WRITING.unlock();
        }
    }

    /**
     * For a process about to halt: lets a write in progress finish (waiting at most
     * {@code wait}; after that its temporary file is deleted) and refuses every later write.
     * Afterwards each target is either whole or untouched, and no temporary file is left.
     */
    public static void closeForExit(Duration wait) {
        boolean locked = false;
        try {
            locked = WRITING.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed = true;
        Path tmp = inFlight;
        if (!locked && tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // nothing more can be done on the way out
            }
        }
    }

    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
