package org.reshore.io.orlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reshore.model.Problem;

class OrLibCflpTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("capx.txt");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void mapsWarehousesToOptionsAndCostsToPerUnitLaneCosts() throws IOException {
        // 2 warehouses, 2 customers; costs are for ALL of a customer's demand
        Path f = write(" 2 2\n 100 7500.\n capacity 0.\n 20 40. 60.\n 10 5. 2.5\n");
        OrLibCflp.Instance in = OrLibCflp.read(f, OptionalDouble.of(300));
        assertEquals("capx_300", in.name());
        Problem p = OrLibCflp.toProblem(in);
        assertEquals(2, p.sites().size());
        assertEquals(300, p.option(1).capacity());
        assertEquals(7500, p.option(0).capex());
        assertEquals(0, p.site(0).capacity());
        assertEquals(2.0, p.arc(p.arcIndex(0, 0, -1)).unitCost(), 1e-12); // 40 / 20
        assertEquals(0.25, p.arc(p.arcIndex(1, 1, -1)).unitCost(), 1e-12); // 2.5 / 10
        String json = OrLibCflp.toJson(in);
        assertTrue(json.contains("{\"from\": \"w1\", \"to\": \"c1\", \"unitCost\": 2}"), json);
        assertTrue(json.contains("\"capacity\": 300, \"capex\": 0"), json);
    }

    @Test
    void capacityWordWithoutAChosenValueIsAClearError() throws IOException {
        Path f = write(" 1 1\n capacity 10.\n 5 1.\n");
        IOException e = assertThrows(IOException.class, () -> OrLibCflp.read(f, OptionalDouble.empty()));
        assertTrue(e.getMessage().contains("--capacity"), e.getMessage());
    }

    @Test
    void wrongTokenCountNamesTheExpectation() throws IOException {
        Path f = write(" 2 2\n 100 7500.\n");
        IOException e = assertThrows(IOException.class, () -> OrLibCflp.read(f, OptionalDouble.empty()));
        assertTrue(e.getMessage().contains("expected 2 + 2m + n(m+1) = 12 tokens"), e.getMessage());
    }

    @Test
    void writesTheJsonAtomically() throws IOException {
        Path f = write(" 1 1\n 10 1.\n 5 1.\n");
        Path out = dir.resolve("out/capx.json");
        OrLibCflp.writeJson(OrLibCflp.read(f, OptionalDouble.empty()), out);
        assertTrue(Files.readString(out).startsWith("{\"format\": \"reshore/1\""));
        try (var s = Files.list(out.getParent())) {
            assertEquals(1, s.count()); // no temporary file left behind
        }
    }
}
