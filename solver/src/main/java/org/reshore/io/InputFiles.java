package org.reshore.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input file's bytes, refusing one larger than the size cap before it takes the memory. */
final class InputFiles {
    private InputFiles() {}

    static byte[] read(Path path, String name, ReadLimits limits) throws InputException {
        if (Files.isDirectory(path)) {
            throw new InputException(fileError(path.toString(), "is a folder, not a file", "name a problem or plan file"));
        }
        try {
            // a regular file says its size; a pipe or device is read up to one byte past the cap
            if (Files.isRegularFile(path)) checkSize(Files.size(path), name, limits);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) limits.maxInputBytes() + 1);
            }
            if (bytes.length > limits.maxInputBytes()) {
                throw new InputException(fileError(name, "the file is larger than the cap of "
                        + ReadLimits.size(limits.maxInputBytes()), raise(2 * limits.maxInputBytes())));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputException(fileError(path.toString(), "no such file", "check the path"));
        } catch (AccessDeniedException e) {
            throw new InputException(fileError(path.toString(), "permission denied", "check the file's permissions"));
        } catch (IOException | RuntimeException e) {
            throw new InputException(fileError(path.toString(), "cannot read the file: " + e.getMessage(),
                    "check that it is a readable file"));
        }
    }

    /** The error for a file that does not fit in the Java heap (reading it filled the heap). */
    static InputException outOfMemory(Path path, String name) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException | RuntimeException e) {
            size = -1;
        }
        String what = size < 0 ? "this file" : "this file of " + ReadLimits.size(size);
        return new InputException(fileError(name, "not enough memory to read " + what + " (the Java heap has "
                + ReadLimits.size(Runtime.getRuntime().maxMemory()) + ")",
                "give Java more memory, e.g. RESHORE_JAVA_OPTS=-Xmx8g ./reshore …, or split the problem"));
    }

    /** Refuses {@code size} bytes when they are more than the cap. */
    static void checkSize(long size, String name, ReadLimits limits) throws InputException {
        if (size > limits.maxInputBytes()) {
            throw new InputException(fileError(name, "the file has " + ReadLimits.size(size) + ", more than the cap of "
                    + ReadLimits.size(limits.maxInputBytes()), raise(size)));
        }
    }

    /** The option and a value that would let {@code size} bytes in: the next power of two. */
    private static String raise(long size) {
        long cap = Long.highestOneBit(Math.max(1, size)) << 1;
        String value = cap >= 1L << 30 ? (cap >> 30) + "G" : cap >= 1L << 20 ? (cap >> 20) + "M"
                : cap >= 1L << 10 ? (cap >> 10) + "K" : String.valueOf(cap);
        return "if the file is meant to be this large, raise the cap: --max-input-size " + value;
    }

    private static Diagnostic fileError(String file, String message, String hint) {
        return new Diagnostic(Diagnostic.Severity.ERROR, file, 0, 0, "", message, hint);
    }
}
