package org.reshore.cli;

import java.time.Duration;
import org.reshore.io.Durations;
import picocli.CommandLine;

/** Reads "30s", "500ms", "5m", "1h", "1.5s" or a bare number of seconds. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        Duration d = Durations.parse(value);
        if (d == null) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a duration (expected e.g. 30s, 500ms, 5m, 1h)");
        }
        return d;
    }
}
