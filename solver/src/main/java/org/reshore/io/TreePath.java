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

    @Override
    public String toString() {
        if (parent == null) return "";
        StringBuilder b = new StringBuilder();
        append(b);
        return b.toString();
    }

    private void append(StringBuilder b) {
        if (parent == null) return;
        parent.append(b);
        if (key != null) {
            if (b.length() > 0) b.append('.');
            b.append(key);
        } else {
            b.append('[').append(index).append(']');
        }
    }
}
