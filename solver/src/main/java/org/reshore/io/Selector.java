package org.reshore.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reshore.model.Economy;
import org.reshore.model.Site;

/**
 * Picks sites by {@code economies}, {@code tags} (of the site's economy), {@code products} and
 * {@code sites}: several keys intersect, several values of one key unite, an empty selector picks
 * every site. Options are picked through their site.
 */
final class Selector {
    static final String[] KEYS = {"economies", "tags", "products", "sites"};

    private final Set<Integer> economies;
    private final Set<String> tags;
    private final Set<Integer> products;
    private final Set<Integer> sites;
    final String text;

    private Selector(Set<Integer> economies, Set<String> tags, Set<Integer> products, Set<Integer> sites, String text) {
        this.economies = economies;
        this.tags = tags;
        this.products = products;
        this.sites = sites;
        this.text = text;
    }

    static final Selector ALL = new Selector(null, null, null, null, "all");

    /** Reads the selector keys of {@code f} (the caller declared them known); references are checked. */
    static Selector read(Fields f, ReadContext cx) {
        if (f == null) return ALL;
        StringBuilder text = new StringBuilder();
        Set<Integer> economies = refs(f, "economies", cx.economies, text);
        Set<Integer> products = refs(f, "products", cx.products, text);
        Set<Integer> sites = refs(f, "sites", cx.sites, text);
        Set<String> tags = null;
        if (f.has("tags")) {
            tags = new HashSet<>();
            Node.Arr arr = f.get("tags") instanceof Node.Arr a ? a : null;
            for (String t : f.strings("tags")) {
                if (!cx.tags.contains(t)) {
                    Node at = arr == null ? f.get("tags") : arr.items().stream()
                            .filter(n -> n instanceof Node.Str s && s.value().equals(t)).findFirst().orElse(arr);
                    cx.report.error(at, "unknown tag \"" + t + "\"", Report.known(cx.tags));
                }
                tags.add(t);
            }
            append(text, "tags", f.strings("tags"));
        }
        return new Selector(economies, tags, products, sites, text.length() == 0 ? "all" : text.toString());
    }

    private static Set<Integer> refs(Fields f, String key, Ids ids, StringBuilder text) {
        if (!f.has(key)) return null;
        Set<Integer> out = new HashSet<>();
        List<Node> items = f.list(key);
        List<String> names = new ArrayList<>();
        for (Node n : items) {
            String id = f.string(n);
            if (id == null) continue;
            int i = ids.ref(n, id);
            if (i >= 0) out.add(i);
            names.add(id);
        }
        append(text, key, names);
        return out;
    }

    private static void append(StringBuilder text, String key, List<String> names) {
        if (text.length() > 0) text.append(' ');
        text.append(key).append('=').append(String.join(",", names));
    }

    boolean picks(Site s, Economy e) {
        if (economies != null && !economies.contains(s.economy())) return false;
        if (products != null && !products.contains(s.product())) return false;
        if (sites != null && !sites.contains(s.index())) return false;
        if (tags != null) {
            for (String t : e.tags()) if (tags.contains(t)) return true;
            return false;
        }
        return true;
    }

    /** Indices of the picked sites, ascending. */
    List<Integer> sites(List<Site> all, List<Economy> economyList) {
        List<Integer> out = new ArrayList<>();
        for (Site s : all) if (picks(s, economyList.get(s.economy()))) out.add(s.index());
        return out;
    }

    /** Indices of the options of the picked sites, ascending. */
    List<Integer> options(List<Site> all, List<Economy> economyList) {
        List<Integer> out = new ArrayList<>();
        for (Site s : all) if (picks(s, economyList.get(s.economy()))) out.addAll(s.options());
        out.sort(null);
        return out;
    }
}
