package org.reshore.engine.search.flow;

import com.google.ortools.Loader;

/** Loads OR-Tools' natives once per JVM before the first LP is built. */
final class OrTools {
    private static boolean loaded;

    private OrTools() {
    }

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }
}
