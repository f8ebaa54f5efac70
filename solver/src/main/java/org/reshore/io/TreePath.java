package org.reshore.io;

/**
 * The JSON path of a node ({@code sites[3].options[0].capex}), kept as a chain of steps so that a
 * large file does not hold one path string per value; the text is built only when a message needs it.
 */
public final class TreePath {
    public static final TreePath ROOT = new TreePath(null, null, -1);

    private final TreePath parent;
    private final String key;
    private final int index;

    private TreePath(TreePath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    public TreePath field(String name) {
        return new TreePath(this, name, -1);
    }

    public TreePath element(int i) {
        return new TreePath(this, null, i);
    }

    /** Paths deeper than this are shown with their middle left out ("a[0][0]…[0][0]"). */
    private static final int SHOWN = 16;

    @Override
    public String toString() {
        if (parent == null) return "";
        int depth = 0;
        for (TreePath p = this; p.parent != null; p = p.parent) depth++;
        StringBuilder b = new StringBuilder();
        if (depth <= SHOWN) {
            append(b);
            return b.toString();
        }
        // the first steps say where in the file, the last ones where in the junk; iterative, so
        // that a deep path costs no stack
        TreePath[] steps = new TreePath[depth];
        int i = depth;
        for (TreePath p = this; p.parent != null; p = p.parent) steps[--i] = p;
        for (int k = 0; k < depth; k++) {
            if (k == SHOWN - 4) {
                b.append('…');
                k = depth - 4;
            }
            steps[k].step(b);
        }
        return b.toString();
    }

    private void step(StringBuilder b) {
        if (key != null) {
            if (b.length() > 0) b.append('.');
            b.append(key);
        } else {
            b.append('[').append(index).append(']');
        }
    }

    private void append(StringBuilder b) {
        if (parent == null) return;
        parent.append(b);
        step(b);
    }
}
