package org.reshore.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.model.Problem;

/**
 * Compare on tiny-exposure: A is the optimum (build o1, 50 from the US, 50 from China: 2250),
 * B the README's alternative (80 from China, 20 from the US: 2280), C builds nothing (80 from
 * China, 20 short: 1040 + 20,000 + exposure 80·3 = 21,280).
 */
class PlanComparerTest {
    private static List<String> sentences(Comparison c, String label) {
        return c.differences().get(label).stream().map(Difference::sentence).toList();
    }

    @Test
    void explainsTheAlternativeAgainstTheOptimum() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        Comparison c = new PlanComparer(p).compare(List.of(
                TinyPlans.plan(p, "A", TinyPlans.tinyExposure(p, 50, 50, true)),
                TinyPlans.plan(p, "B", TinyPlans.tinyExposure(p, 80, 20, true))));
        assertEquals(List.of(
                "B costs $30 more than A ($2,280 against $2,250): production −$150, exposure +$90, transport +$60, tariffs +$30.",
                "B's exposure is 80 against A's 50 risk-weighted unit-years (+30, +60%).",
                "B raises CN's share of US widget supply from 50% to 80%.",
                "B ships 30 u/yr more from cn to US (80 instead of 50).",
                "B ships 30 u/yr less from us to US (20 instead of 50)."), sentences(c, "B"));
    }

    @Test
    void explainsABuildThatIsDroppedWithItsCapexSubsidyAndShare() throws Exception {
        Problem p = TinyPlans.read("tiny-exposure.json");
        Comparison c = new PlanComparer(p).compare(List.of(
                TinyPlans.plan(p, "A", TinyPlans.tinyExposure(p, 50, 50, true)),
                TinyPlans.plan(p, "B", TinyPlans.tinyExposure(p, 80, 20, true)),
                TinyPlans.plan(p, "C", TinyPlans.tinyExposure(p, 80, 0, false))));
        List<String> s = sentences(c, "C");
        assertEquals("C costs $19,030 more than A ($21,280 against $2,250): shortage +$20,000, capex −$1,000, "
                + "production −$450, capexSubsidies +$300, exposure +$90, transport +$60, tariffs +$30.", s.get(0));
        assertTrue(s.contains("C does not build o1 at us, which A builds (−$1,000 capex, +$300 subsidy s forgone) "
                + "and raises CN's share of US widget supply from 50% to 100%."), s.toString());
        assertTrue(s.contains("C leaves 20 u/yr of US widget demand unserved (A: 0)."), s.toString());
        assertTrue(s.contains("C ships 50 u/yr less from us to US (0 instead of 50)."), s.toString());
        // the share sentence is told once, inside the build sentence
        assertEquals(1, s.stream().filter(x -> x.contains("share")).count(), s.toString());
        assertEquals(List.of("B", "C"), List.copyOf(c.differences().keySet()));
    }
}
