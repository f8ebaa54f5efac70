package org.reshore.io;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ids of one kind of entity (economy, product, …) in file order, for look-ups and hints. */
final class Ids {
    final String kind;
    final Map<String, Integer> index = new LinkedHashMap<>();
    private final Report report;

    Ids(String kind, Report report) {
        this.kind = kind;
        this.report = report;
    }

    /** Adds an id; reports a duplicate at {@code at}. Returns whether it was new. */
    boolean add(String id, Node at) {
        if (index.containsKey(id)) {
            report.error(at, "duplicate " + kind + " id \"" + id + "\"", "ids must be unique");
            return false;
        }
        index.put(id, index.size());
        return true;
    }

    int get(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    boolean contains(String id) {
        return index.containsKey(id);
    }

    int size() {
        return index.size();
    }

    /** The index of a referenced id, or -1 after an error naming the known ids. */
    int ref(Node at, String id) {
        Integer i = index.get(id);
        if (i == null) {
            report.error(at, "unknown " + kind + " \"" + id + "\"", Report.known(index.keySet()));
            return -1;
        }
        return i;
    }
}
