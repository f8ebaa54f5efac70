package org.reshore.engine.lp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Loads OR-Tools' native libraries from a cache folder that is filled once, instead of unpacking
 * 70 MB into the temp folder on every start as {@code com.google.ortools.Loader} does (1.1 s, and
 * the copies stay behind when the process is killed).
 *
 * <p>The folder is {@code $RESHORE_CACHE/ortools-<version>/} (default {@code ~/.cache/reshore}).
 * It is written under a temporary sibling name and renamed in one step, so a killed extraction
 * never leaves a half-filled folder that a later run would trust. Only {@code libjniortools} is
 * loaded explicitly: it finds its dependencies next to itself (its run path is {@code $ORIGIN}).
 *
 * <p>Nothing here runs until a solve or an export asks for it: reading and validating a problem
 * never loads natives.
 */
public final class NativeLibraries {
    private static boolean loaded;
    private static Path loadedFrom;

    private NativeLibraries() {}

    /** Loads the natives once per process; later calls return at once. */
    public static synchronized void load() {
        if (loaded) return;
        String prefix = resourcePrefix();
        String version = ortoolsVersion(prefix);
        Path dir = cacheRoot().resolve("ortools-" + version);
        try {
            if (!Files.isRegularFile(dir.resolve(System.mapLibraryName("jniortools")))) extract(prefix, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack OR-Tools natives into " + dir, e);
        }
        System.load(dir.resolve(System.mapLibraryName("jniortools")).toAbsolutePath().toString());
        quietLogging();
        loaded = true;
        loadedFrom = dir;
    }

    /**
     * Engines never print: OR-Tools' own log (e.g. "No solution exists" on an infeasible model)
     * would otherwise go to standard error. Only fatal messages pass.
     */
    private static void quietLogging() {
        com.google.ortools.init.CppBridge.initLogging("reshore");
        com.google.ortools.init.CppFlags flags = new com.google.ortools.init.CppFlags();
        flags.setStderrthreshold(3);
        flags.setLog_prefix(false);
        com.google.ortools.init.CppBridge.setFlags(flags);
        flags.delete();
    }

    /** Folder the natives were loaded from, or null before {@link #load()}. */
    public static synchronized Path loadedFrom() {
        return loadedFrom;
    }

    static Path cacheRoot() {
        String env = System.getenv("RESHORE_CACHE");
        if (env != null && !env.isBlank()) return Paths.get(env);
        return Paths.get(System.getProperty("user.home"), ".cache", "reshore");
    }

    /** JNA's name of this platform ("linux-x86-64"), as OR-Tools names its native jars. */
    private static String resourcePrefix() {
        return com.sun.jna.Platform.RESOURCE_PREFIX;
    }

    private static String ortoolsVersion(String prefix) {
        String pom = "META-INF/maven/com.google.ortools/ortools-" + prefix + "/pom.properties";
        try (InputStream in = NativeLibraries.class.getClassLoader().getResourceAsStream(pom)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null) return v;
            }
        } catch (IOException e) {
            // fall through: an unknown version still gets its own folder
        }
        return "unknown";
    }

    private static void extract(String prefix, Path dir) throws IOException {
        String resource = "ortools-" + prefix + "/";
        URL url = NativeLibraries.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException("OR-Tools natives for " + prefix + " are not on the class path (resource "
                    + resource + ")");
        }
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".partial-");
        try {
            copyTree(url, tmp);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another process finished first: its folder is complete, ours is dropped
                deleteTree(tmp);
            } catch (IOException e) {
                if (!Files.isDirectory(dir)) throw e;
                deleteTree(tmp);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static void copyTree(URL url, Path target) throws IOException {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                copyFiles(fs.provider().getPath(uri), target);
            } finally {
                if (opened) fs.close();
            }
        } else {
            copyFiles(Paths.get(uri), target);
        }
    }

    private static void copyFiles(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(source)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path out = target.resolve(f.getFileName().toString());
            Files.copy(f, out, StandardCopyOption.REPLACE_EXISTING);
            out.toFile().setExecutable(true);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover ".partial-" folder is never trusted
        }
    }
}
