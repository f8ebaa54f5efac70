package org.reshore.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a problem or plan file may hold before it is refused, so that a wrong file (a data dump,
 * a runaway generator, a file of a million nested brackets) gets a clear message instead of running
 * the machine out of memory or stack. The defaults are far above any planner's file (the largest
 * generated test problem has 50 MB, 270,000 entries in its longest list and 5 levels of nesting);
 * each can be raised on the command line with the option its message names.
 *
 * @param maxInputBytes   the file's size in bytes ({@code --max-input-size}); checked before reading
 * @param maxListLength   entries of one list, or fields of one object ({@code --max-list-length})
 * @param maxDepth        levels of nested lists and objects ({@code --max-depth}); at most
 *                        {@value #DEPTH_CEILING}, since reading recurses once per level
 * @param maxStringLength characters of one string or key ({@code --max-string-length})
 */
public record ReadLimits(long maxInputBytes, int maxListLength, int maxDepth, int maxStringLength) {
    /** Java arrays hold at most about 2^31 bytes; the file is read into one. */
    public static final long SIZE_CEILING = Integer.MAX_VALUE - 64;
    /** Each level of nesting is a frame of the reader (and of the hash): a bound on the stack it needs. */
    public static final int DEPTH_CEILING = 1000;

    private static final Pattern SIZE = Pattern.compile("\\s*([0-9]{1,15}(?:\\.[0-9]{1,6})?)\\s*([KMGkmg]?)[Bb]?\\s*");

    /** 256 MB, 5 million entries per list, 64 levels, a million characters per string. */
    public static final ReadLimits DEFAULT = new ReadLimits(256L << 20, 5_000_000, 64, 1_000_000);

    public ReadLimits {
        if (maxInputBytes < 1 || maxInputBytes > SIZE_CEILING) {
            throw new IllegalArgumentException("the input size cap must be within 1 byte and " + size(SIZE_CEILING));
        }
        if (maxListLength < 1) throw new IllegalArgumentException("the list length cap must be at least 1");
        if (maxDepth < 1 || maxDepth > DEPTH_CEILING) {
            throw new IllegalArgumentException("the nesting depth cap must be within 1 and " + DEPTH_CEILING);
        }
        if (maxStringLength < 1) throw new IllegalArgumentException("the string length cap must be at least 1");
    }

    public ReadLimits withMaxInputBytes(long bytes) {
        return new ReadLimits(bytes, maxListLength, maxDepth, maxStringLength);
    }

    public ReadLimits withMaxListLength(int entries) {
        return new ReadLimits(maxInputBytes, entries, maxDepth, maxStringLength);
    }

    public ReadLimits withMaxDepth(int levels) {
        return new ReadLimits(maxInputBytes, maxListLength, levels, maxStringLength);
    }

    public ReadLimits withMaxStringLength(int chars) {
        return new ReadLimits(maxInputBytes, maxListLength, maxDepth, chars);
    }

    /**
     * A size as a planner writes it: bytes, or a number with K, M or G (powers of 1024, an optional
     * B and any case: {@code 256M}, {@code 1.5GB}, {@code 4096}).
     *
     * @throws IllegalArgumentException when the text is not such a size
     */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("not a size: \"" + text + "\" (e.g. 256M, 1G or 4096)");
        String suffix = m.group(2).toUpperCase(Locale.ROOT);
        long unit = suffix.isEmpty() ? 1 : 1L << (10 * (1 + "KMG".indexOf(suffix.charAt(0))));
        double v = Double.parseDouble(m.group(1)) * unit;
        if (v > Long.MAX_VALUE) throw new IllegalArgumentException("size too large: \"" + text + "\"");
        return (long) Math.ceil(v);
    }

    /** {@code 256 MB}, {@code 1.5 GB}, {@code 900 bytes}: a size for messages. */
    public static String size(long bytes) {
        if (bytes < 1024) return bytes + (bytes == 1 ? " byte" : " bytes");
        String[] units = {"KB", "MB", "GB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        String n = v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
        return n + " " + units[u];
    }
}
