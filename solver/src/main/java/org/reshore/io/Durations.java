package org.reshore.io;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as planners write them, on the command line and in suite files: "30s", "500ms", "5m", "1h", "1.5s" or bare seconds. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
    private static final double MAX_MILLIS = 1e15;

    private Durations() {}

    /** The duration, or null when the text is not one (or absurdly long). */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) return null;
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 1000;
        };
        return millis > MAX_MILLIS ? null : Duration.ofMillis(Math.round(millis));
    }
}
