package org.reshore.io;

import java.util.LinkedHashSet;
import java.util.Set;

/** What the parts of the problem reader share: the report, money conversion and the ids read so far. */
final class ReadContext {
    final Report report;
    Money money;
    final Set<String> sources = new LinkedHashSet<>();
    final Ids periods;
    final Ids economies;
    final Ids products;
    final Ids markets;
    final Ids sites;
    final Ids options;
    final Ids subsidies;
    final Ids scenarios;
    final Set<String> tags = new LinkedHashSet<>();

    ReadContext(String file) {
        report = new Report(file);
        periods = new Ids("period", report);
        economies = new Ids("economy", report);
        products = new Ids("product", report);
        markets = new Ids("market", report);
        sites = new Ids("site", report);
        options = new Ids("option", report);
        subsidies = new Ids("subsidy", report);
        scenarios = new Ids("scenario", report);
    }

    void sourceRef(Node at, String id) {
        if (!sources.contains(id)) report.error(at, "unknown source \"" + id + "\"", Report.known(sources));
    }

    /**
     * Site, market and option ids share one name space (a flow's "to" may be either a market or a
     * site); reports an id already used by another of the three.
     */
    boolean uniqueDestination(String id, Node at, String kind) {
        String other = sites.contains(id) ? "site" : markets.contains(id) ? "market" : options.contains(id) ? "option" : null;
        if (other == null) return true;
        report.error(at, "duplicate id \"" + id + "\": already " + (other.equals(kind) ? "a " : "used by a ") + other,
                "site, market and option ids must be unique across all three");
        return false;
    }

    /** An index of an id, or -1 after an error (unknown reference). */
    int ref(Ids ids, Fields f, String key) {
        String id = f.id(key);
        if (id == null) return -1;
        return ids.ref(f.get(key), id);
    }
}
