package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults of the text itself, and the located tree and canonical form of good text. */
class TreeParserTest {
    static List<String> errors(String text, String file) {
        InputException e = assertThrows(InputException.class, () -> TreeParser.parse(text, file));
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void locatesEveryNode() throws InputException {
        Node.Obj root = (Node.Obj) TreeParser.parse("{\"sites\": [\n  {\"id\": \"a\"},\n  {\"economy\": \"TWN\"}]}", "p.json");
        Node economy = ((Node.Obj) ((Node.Arr) root.get("sites")).items().get(1)).get("economy");
        assertEquals("sites[1].economy", economy.path().toString());
        assertEquals(3, economy.line());
        assertEquals(15, economy.column());
    }

    @Test
    void duplicateKeysAreErrors() {
        assertEquals(List.of("p.json:2:3: sites[0].id: duplicate key \"id\" (each key may appear once in an object; the first is kept)"),
                errors("{\"sites\":[{\"id\":\"a\",\n  \"id\":\"b\"}]}", "p.json"));
    }

    @Test
    void duplicateKeysInLargeObjectsAreErrorsToo() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < 40; i++) b.append("\"k").append(i).append("\":1,");
        b.append("\"k3\":2,\"k39\":3}");
        assertEquals(List.of("d.json:1:312: k3: duplicate key \"k3\" (each key may appear once in an object; the first is kept)",
                "d.json:1:319: k39: duplicate key \"k39\" (each key may appear once in an object; the first is kept)"),
                errors(b.toString(), "d.json"));
    }

    @Test
    void nanIsAnError() {
        // each one is reported where it stands, not only the first
        assertEquals(List.of("p.json:1:16: risk: NaN is not a finite number (give a finite number)",
                "p.json:2:9: b[1]: -Infinity is not a finite number (give a finite number)"),
                errors("{\"a\":1,\"risk\": NaN,\n\"b\":[1, -Infinity]}", "p.json"));
        assertEquals(List.of("p.yaml:1:7: risk: .nan is not a finite number (give a finite number)",
                "p.yaml:2:4: b: -.inf is not a finite number (give a finite number)"),
                errors("risk: .nan\nb: -.inf\n", "p.yaml"));
    }

    @Test
    void numbersBeyondTheDoubleRangeAreErrors() {
        String big = "1" + "0".repeat(400);
        assertEquals(List.of("p.json:1:6: a: number 10000000000000000000… is beyond the double range "
                + "(numbers must be within ±1.8e308)"), errors("{\"a\":" + big + "}", "p.json"));
    }

    @Test
    void truncatedInputIsAnErrorWithItsLocation() {
        assertEquals(List.of("p.json:2:12: sites[0].id: the file ends too early (is it truncated, or is a closing bracket or quote missing?)"),
                errors("{\"sites\":[\n  {\"id\":\"a\"", "p.json"));
        assertEquals(List.of("p.yaml:3:1: sites[0]: expected the node content, but found '<stream end>' "
                + "(is the file truncated? while parsing a flow node)"), errors("sites: [\n  a,\n", "p.yaml"));
    }

    @Test
    void nonUtf8IsAnErrorNotACrash(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.json");
        Files.write(f, "{\"name\":\n \"Mönchengladbach\"}".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> TreeParser.parse(f));
        assertEquals("latin1.json:2:4: not UTF-8: byte 0xF6 at offset 12 (save the file as UTF-8)", e.getMessage());
    }

    @Test
    void syntaxErrorsAreLocated() {
        assertEquals(List.of("p.json:1:10: a[1]: Unexpected character ('}' (code 125)): expected a value (check the file's syntax here)"),
                errors("{\"a\":[1, }", "p.json").subList(0, 1).stream().map(s -> s.replaceAll("\\s+$", "")).toList());
    }

    @Test
    void yamlAliasesAreRefused() {
        assertEquals(List.of("p.yml:2:4: b: YAML aliases (*name) are not supported (write the value out)"),
                errors("a: &x 1\nb: *x\n", "p.yml"));
    }

    @Test
    void sameContentHasTheSameHashInJsonYamlOrReformatted() throws InputException {
        String json = "{\"name\":\"x\",\"sites\":[{\"id\":\"a\",\"capacity\":1.0,\"cost\":2.5e3}],\"ok\":true,\"n\":null}";
        String pretty = "{\n  \"sites\": [ { \"capacity\": 1, \"id\": \"a\", \"cost\": 2500 } ],\n  \"name\": \"x\", "
                + "\"n\": null, \"ok\": true, \"$schema\": \"../schema/reshore-1.schema.json\"\n}";
        String yaml = "name: x\nsites:\n  - id: a\n    capacity: 1\n    cost: 2500.0\nok: true\nn: null\n";
        String canonical = "{\"n\":null,\"name\":\"x\",\"ok\":true,\"sites\":[{\"capacity\":1,\"cost\":2500,\"id\":\"a\"}]}";
        assertEquals(canonical, Canonical.text(TreeParser.parse(json, "p.json")));
        String hash = Canonical.sha256(TreeParser.parse(json, "p.json"));
        assertEquals(hash, Canonical.sha256(TreeParser.parse(pretty, "p.json")));
        assertEquals(hash, Canonical.sha256(TreeParser.parse(yaml, "p.yaml")));
        assertNotEquals(hash, Canonical.sha256(TreeParser.parse(json.replace("2.5e3", "2.5e4"), "p.json")));
    }

    @Test
    void canonicalNumbersAndStrings() throws InputException {
        assertEquals("[0,0,3,0.25,1.5E20,-7,1.0E15]", Canonical.text(TreeParser.parse("[0.0,-0,3.000,25e-2,1.5e20,-7,1e15]", "p.json")));
        assertEquals("\"a\\\"b\\\\c\\n\\u0001é\"", Canonical.text(TreeParser.parse("\"a\\\"b\\\\c\\n\\u0001\\u00e9\"", "p.json")));
    }
}
