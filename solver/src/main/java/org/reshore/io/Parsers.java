package org.reshore.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Jackson parsers set up for {@link TreeParser}: Jackson's and SnakeYAML's own caps are set just
 * above the {@link ReadLimits}, so that the tree parser's checks (which know the JSON path and the
 * option that raises the cap) speak first; NaN and Infinity are read as tokens so that each one is
 * reported where it stands instead of stopping at the first.
 */
final class Parsers {
    private static final JsonFactory DEFAULT_JSON = json(ReadLimits.DEFAULT);
    private static final YAMLFactory DEFAULT_YAML = yaml(ReadLimits.DEFAULT);

    private Parsers() {}

    static JsonParser create(String text, boolean yaml, ReadLimits limits) throws IOException {
        boolean dflt = limits.equals(ReadLimits.DEFAULT);
        if (yaml) return (dflt ? DEFAULT_YAML : yaml(limits)).createParser(text);
        return (dflt ? DEFAULT_JSON : json(limits)).createParser(text);
    }

    private static StreamReadConstraints constraints(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                // strings and keys are measured by the tree parser; the text is in memory already
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                // Jackson's default: a thousand digits, far beyond any double
                .maxNumberLength(StreamReadConstraints.DEFAULT_MAX_NUM_LEN)
                .build();
    }

    private static JsonFactory json(ReadLimits limits) {
        return JsonFactory.builder()
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(constraints(limits))
                .build();
    }

    private static YAMLFactory yaml(ReadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML's defaults (3 MB of text, 50 levels) would refuse files the limits allow.
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxInputBytes()));
        options.setNestingDepthLimit(limits.maxDepth() + 2);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints(limits)).build();
    }
}
