package org.reshore.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.reshore.io.ProblemReader;
import org.reshore.model.Economy;
import org.reshore.model.Policy;
import org.reshore.model.Problem;
import org.reshore.model.Site;

/** Generated problems are valid reshore/1 (the reader accepts them), of the asked size, reproducible. */
class ProblemGeneratorTest {
    private static Problem read(GeneratorSpec spec) throws Exception {
        return new ProblemReader().parse(ProblemGenerator.generate(spec), spec.name() + ".json").problem();
    }

    @Test
    void defaultsGiveTheAskedSizesAndTheReaderAcceptsThem() throws Exception {
        GeneratorSpec spec = GeneratorSpec.of(1, 50, 20, 2, 2);
        Problem p = read(spec);
        assertEquals("generated-1-50x20x2x2", p.name());
        assertEquals(50, p.sites().size());
        assertEquals(20, p.economies().size());
        assertEquals(20, p.markets().size(), "one market per economy");
        assertEquals(2, p.products().size());
        assertEquals(2, p.periods().size());
        assertEquals(20 * 2 * 2, p.demands().size(), "every market wants every product in every period");
        // every site reaches every market (lanes or the default lane): sites × markets routes
        assertEquals(50 * 20, p.arcs().size());
        // every tenth economy from E0 an adversary, every fifth from E1 domestic
        assertEquals(2, p.economies().stream().filter(e -> e.tags().contains("adversary")).count());
        assertEquals(4, p.economies().stream().filter(e -> e.tags().contains("domestic")).count());
        assertEquals(1, p.subsidies().size());
        assertEquals(1, p.policies().size());
        assertTrue(p.policies().get(0) instanceof Policy.Budget);
        assertEquals(2, p.objective().exposureWeight(), 0);
    }

    @Test
    void theSameSpecGivesTheSameTextAndAnotherSeedAnother() {
        GeneratorSpec spec = GeneratorSpec.of(3, 120, 30, 3, 3);
        assertEquals(ProblemGenerator.generate(spec), ProblemGenerator.generate(spec));
        assertNotEquals(ProblemGenerator.generate(spec), ProblemGenerator.generate(GeneratorSpec.of(4, 120, 30, 3, 3)));
    }

    /**
     * The published scale figures (benchmarks/RESULTS-search.md) were measured on problems of the
     * generator's first version, in the benchmarks module. With the default knobs this generator
     * writes the same text but for its description: these digests are of that version's output
     * (description line removed), for two sizes.
     */
    @Test
    void defaultsReproduceTheFirstVersionsProblems() throws Exception {
        assertEquals("1d3dfff217c50762525d1e90d3f19a708cb98ff1737d2901b94b605e2c72b642",
                digestWithoutDescription(GeneratorSpec.of(1, 50, 20, 2, 2)));
        assertEquals("9691607a6aac1017813fd6f9078a6f8b8be54061cc00dcefba60dfe13999a566",
                digestWithoutDescription(GeneratorSpec.of(7, 13, 3, 1, 1)));
    }

    private static String digestWithoutDescription(GeneratorSpec spec) throws Exception {
        String text = ProblemGenerator.generate(spec).replaceFirst("\"description\": \"[^\"]*\",\n", "");
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void knobsChangeWhatTheyNameAndTheProblemStaysValid() throws Exception {
        GeneratorSpec spec = new GeneratorSpec(5, 60, 20, 2, 3, 0.3, 0.25, 1.0, false, false, 0.4, 0.5);
        Problem p = read(spec);
        assertEquals("generated-5-60x20x2x3-adv0.3-dom0.25-build1-nosubsidies-nobudget-cap0.4-ew0.5", p.name());
        assertEquals(6, p.economies().stream().filter(e -> e.tags().contains("adversary")).count(), "0.3 of 20");
        // every fourth from E1: E1, E5, E9, E13 (E17 is an adversary already)
        assertEquals(4, p.economies().stream().filter(e -> e.tags().contains("domestic")).count());
        for (Site s : p.sites()) {
            Economy e = p.economy(s.economy());
            // adversaries never build; at buildableShare 1 every other site has its option
            assertEquals(e.tags().contains("adversary") ? 0 : 1, s.options().size(), s.id());
        }
        assertTrue(p.subsidies().isEmpty());
        assertEquals(1, p.policies().size());
        Policy.Share cap = (Policy.Share) p.policies().get(0);
        assertTrue(cap.upper());
        assertEquals(0.4, cap.share(), 0);
        assertEquals(0.5, p.objective().exposureWeight(), 0);
    }

    @Test
    void partsWhoseGroupIsEmptyAreLeftOutRatherThanNamingAnUnknownTag() throws Exception {
        // no domestic economy: no programme and no budget; no adversary: no cap
        Problem none = read(new GeneratorSpec(2, 30, 10, 1, 1, 0, 0, 0.2, true, true, 0.5, 2));
        assertTrue(none.subsidies().isEmpty());
        assertTrue(none.policies().isEmpty());
        assertTrue(none.description().contains("No economy is domestic"), none.description());
        assertTrue(none.economies().stream().allMatch(e -> e.tags().equals(java.util.List.of("ally"))));
    }

    @Test
    void badSpecsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeneratorSpec.of(0, 10, 1, 1, 1))
                .getMessage().contains("markets must be at least 2"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new GeneratorSpec(0, 10, 5, 1, 1, 0.1, 0.2, 1.5, true, true, Double.NaN, 2))
                .getMessage().contains("buildableShare must be a share between 0 and 1"));
    }
}
