package org.reshore.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical form of a parsed file: JSON with object keys sorted (by UTF-16 code units), no white
 * space, numbers spelled one way ({@link #number}), strings escaped one way. The same content read
 * from JSON or YAML, or reformatted, has the same canonical form and so the same SHA-256. The
 * top-level {@code $schema} (an editor hint, not content) is left out.
 */
public final class Canonical {
    private Canonical() {}

    /** The canonical text of a tree. */
    public static String text(Node root) {
        StringBuilder b = new StringBuilder();
        try {
            write(root, b, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** Lower-case hex SHA-256 of the canonical text's UTF-8 bytes, streamed (no copy of a large file). */
    public static String sha256(Node root) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        DigestSink sink = new DigestSink(md);
        try {
            write(root, sink, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sink.flush();
        return HexFormat.of().formatHex(md.digest());
    }

    /** Collects text in a buffer and feeds it to the digest as UTF-8 in large chunks. */
    private static final class DigestSink implements Appendable {
        private final MessageDigest md;
        private final StringBuilder buf = new StringBuilder(1 << 16);

        DigestSink(MessageDigest md) {
            this.md = md;
        }

        @Override
        public Appendable append(CharSequence cs) {
            buf.append(cs);
            if (buf.length() >= 1 << 16) flush();
            return this;
        }

        @Override
        public Appendable append(CharSequence cs, int start, int end) {
            return append(cs.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            buf.append(c);
            if (buf.length() >= 1 << 16) flush();
            return this;
        }

        void flush() {
            // A chunk may end inside a surrogate pair; keep the high half for the next chunk.
            int n = buf.length();
            if (n > 0 && Character.isHighSurrogate(buf.charAt(n - 1))) n--;
            md.update(buf.substring(0, n).getBytes(StandardCharsets.UTF_8));
            buf.delete(0, n);
        }
    }

    /**
     * One spelling per double: integers below 1e15 in plain digits ("3", never "3.0" or "3e0"),
     * everything else as {@link Double#toString} ("0.25", "1.5E20"); -0 is 0.
     */
    public static String number(double v) {
        if (v == 0) return "0";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private static void write(Node n, Appendable out, boolean root) throws IOException {
        if (n instanceof Node.Obj o) {
            List<Node.Field> fields = new ArrayList<>(o.fields());
            if (root) fields.removeIf(f -> f.key().equals("$schema"));
            fields.sort(Comparator.comparing(Node.Field::key));
            out.append('{');
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) out.append(',');
                string(fields.get(i).key(), out);
                out.append(':');
                write(fields.get(i).value(), out, false);
            }
            out.append('}');
        } else if (n instanceof Node.Arr a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) out.append(',');
                write(a.items().get(i), out, false);
            }
            out.append(']');
        } else if (n instanceof Node.Str s) {
            string(s.value(), out);
        } else if (n instanceof Node.Num num) {
            out.append(number(num.value()));
        } else if (n instanceof Node.Bool b) {
            out.append(b.value() ? "true" : "false");
        } else {
            out.append("null");
        }
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') return false;
        }
        return true;
    }

    /** JSON string with the short escapes for \b \f \n \r \t, \\u00XX for other controls, the rest as is. */
    static void string(String s, Appendable out) throws IOException {
        out.append('"');
        if (plain(s)) {
            out.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
