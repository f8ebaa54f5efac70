package org.reshore.engine.search.flow;

import org.reshore.engine.lp.NativeLibraries;

/** Loads OR-Tools' natives (from the shared cache) before the first LP is built. */
final class OrTools {
    private OrTools() {
    }

    static void load() {
        NativeLibraries.load();
    }
}
