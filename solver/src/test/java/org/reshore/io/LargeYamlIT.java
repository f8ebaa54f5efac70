package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** YAML files are capped by {@link ReadLimits}, not by SnakeYAML's own default of 3 MB (seconds: an IT). */
class LargeYamlIT {
    @Test
    void yamlFilesAboveSnakeYamlsOwnThreeMegabytesAreRead() throws InputException {
        String yaml = "# " + "x".repeat(3_300_000) + "\nformat: reshore/1\n";
        Node root = TreeParser.parse(yaml.getBytes(StandardCharsets.UTF_8), "big.yaml", ReadLimits.DEFAULT);
        assertInstanceOf(Node.Obj.class, root);
    }
}
