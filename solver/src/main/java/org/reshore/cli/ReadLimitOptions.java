package org.reshore.cli;

import org.reshore.io.ReadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The caps on problem and plan files, as options of every command that reads one. A file beyond a
 * cap is refused (exit 2) with a message that names the option raising it; the defaults are far
 * above any planner's file.
 */
final class ReadLimitOptions {
    @Option(names = "--max-input-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "refuse problem and plan files larger than this, before reading them (default: 256M)")
    Long maxInputSize;

    @Option(names = "--max-list-length", paramLabel = "N",
            description = "refuse a list (or object) of more than N entries (default: 5000000)")
    Integer maxListLength;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "refuse lists and objects nested more than N levels deep (default: 64, at most 1000)")
    Integer maxDepth;

    @Option(names = "--max-string-length", paramLabel = "N",
            description = "refuse strings and keys of more than N characters (default: 1000000)")
    Integer maxStringLength;

    /** The limits these options give; an option out of range is a usage error (exit 2). */
    ReadLimits limits() {
        ReadLimits l = ReadLimits.DEFAULT;
        try {
            if (maxInputSize != null) l = l.withMaxInputBytes(maxInputSize);
            if (maxListLength != null) l = l.withMaxListLength(maxListLength);
            if (maxDepth != null) l = l.withMaxDepth(maxDepth);
            if (maxStringLength != null) l = l.withMaxStringLength(maxStringLength);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, e.getMessage());
        }
        return l;
    }

    /** Reads "256M", "1G", "64K" or a number of bytes. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return ReadLimits.parseSize(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
