package org.reshore.engine.mip;

/**
 * Variable and row names built from ids, e.g. {@code flow[tsmc-az,US,2024]}, so that an exported
 * LP reads like the model. Characters that LP and MPS files cannot carry become '_'.
 */
final class Names {
    private Names() {}

    static String of(String family, String... ids) {
        StringBuilder b = new StringBuilder(family).append('[');
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) b.append(',');
            b.append(clean(ids[i]));
        }
        return b.append(']').toString();
    }

    static String clean(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (char c : id.toCharArray()) {
            boolean ok = Character.isLetterOrDigit(c) && c < 128 || "-_.+#@!&%$~".indexOf(c) >= 0;
            b.append(ok ? c : '_');
        }
        return b.toString();
    }
}
