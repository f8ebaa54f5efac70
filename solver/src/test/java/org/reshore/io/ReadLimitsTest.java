package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each cap of {@link ReadLimits}, set small: refused with a located message naming the option. */
class ReadLimitsTest {
    private static final ReadLimits SMALL = new ReadLimits(200, 3, 4, 10);

    static List<String> errors(String text, String file, ReadLimits limits) {
        InputException e = assertThrows(InputException.class, () -> TreeParser.parse(text, file, limits));
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aFileLargerThanTheCapIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.json");
        Files.writeString(f, "{\"note\": \"" + "x".repeat(300) + "\"}");
        InputException e = assertThrows(InputException.class, () -> TreeParser.parse(f, SMALL));
        assertEquals("big.json: the file has 312 bytes, more than the cap of 200 bytes "
                + "(if the file is meant to be this large, raise the cap: --max-input-size 512)", e.getMessage());
        // the same bytes from memory are measured too
        assertThrows(InputException.class,
                () -> TreeParser.parse(Files.readAllBytes(f), "big.json", SMALL));
    }

    @Test
    void aLongListIsRefusedAtTheListAndTheRestIsStillRead() {
        assertEquals(List.of("p.json:1:8: a: a list of more than 3 entries (if this is meant, raise the cap with --max-list-length)",
                        "p.json:1:36: b: duplicate key \"b\" (each key may appear once in an object; the first is kept)"),
                errors("{\"a\":  [1, [2], 3, {}, 5], \"b\": 1, \"b\": 2}", "p.json", SMALL));
    }

    @Test
    void anObjectOfTooManyFieldsIsRefused() {
        assertEquals(List.of("p.json:1:1: an object of more than 3 fields (if this is meant, raise the cap with --max-list-length)"),
                errors("{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": {\"e\": 4}, \"f\": 5}", "p.json", SMALL));
    }

    @Test
    void deepNestingIsRefusedAtTheFirstLevelTooDeep() {
        // the top-level object is level 1; the fifth level is one too many
        assertEquals(List.of("p.json:1:14: a[0][0][1]: nested deeper than 4 levels "
                        + "(problem and plan files nest a few levels; if this is meant, raise the cap with --max-depth)"),
                errors("{\"a\": [[[ 1, [[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]] ]]]}", "p.json", SMALL));
        assertEquals(List.of("p.yaml:1:14: a[0][0][1]: nested deeper than 4 levels "
                        + "(problem and plan files nest a few levels; if this is meant, raise the cap with --max-depth)"),
                errors("{\"a\": [[[ 1, [[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]] ]]]}", "p.yaml", SMALL));
    }

    @Test
    void theDefaultDepthCapStopsJunkFarBelowTheStackLimit() {
        String junk = "[".repeat(100_000);
        List<String> e = errors(junk, "junk.json", ReadLimits.DEFAULT);
        assertEquals(1, e.size());
        assertEquals("junk.json:1:65: [0][0][0][0][0][0][0][0][0][0][0][0]…[0][0][0][0]: nested deeper than 64 levels "
                + "(problem and plan files nest a few levels; if this is meant, raise the cap with --max-depth)", e.get(0));
    }

    @Test
    void longStringsAndKeysAreRefused() {
        assertEquals(List.of("p.json:1:7: a: a string of 11 characters, more than the cap of 10 "
                        + "(if this is meant, raise the cap with --max-string-length)",
                        "p.json:1:22: …: a key of 11 characters, more than the cap of 10 "
                        + "(if this is meant, raise the cap with --max-string-length)"),
                errors("{\"a\": \"hello world\", \"hello world\": 1}", "p.json", SMALL));
    }

    @Test
    void numbersOfAThousandDigitsAreRefusedByLength() {
        List<String> e = errors("{\"a\": 1" + "0".repeat(1200) + "}", "p.json", ReadLimits.DEFAULT);
        assertEquals(List.of("p.json:1:7: a: a number of more than 1000 characters (write long numbers with an exponent (1.5e20))"), e);
    }

    @Test
    void sizesAreReadAsPlannersWriteThem() {
        assertEquals(256L << 20, ReadLimits.parseSize("256M"));
        assertEquals(1L << 30, ReadLimits.parseSize("1G"));
        assertEquals(1536, ReadLimits.parseSize("1.5kb"));
        assertEquals(4096, ReadLimits.parseSize("4096"));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.parseSize("lots"));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.parseSize("-5M"));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.DEFAULT.withMaxDepth(5000));
        assertEquals("256 MB", ReadLimits.size(256L << 20));
        assertEquals("1.5 KB", ReadLimits.size(1536));
    }
}
