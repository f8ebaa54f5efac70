package org.reshore.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reshore.io.Diagnostic;
import org.reshore.io.InputException;
import org.reshore.io.ProblemReader;

class ProblemChecksTest {
    @Test
    void demandNoSiteCanServeAndInputsNoSiteMakesAreLocatedWarnings() throws InputException {
        String text = """
                {"format":"reshore/1","name":"c","currency":"USD","economies":[{"id":"US"},{"id":"CN","risk":1}],
                "products":[{"id":"ore"},{"id":"magnet","inputs":[{"product":"ore","perUnit":1}]},{"id":"chip"}],
                "sites":[{"id":"cn","economy":"CN","product":"chip","unitCost":1},
                {"id":"mag","economy":"US","product":"magnet","unitCost":1}],
                "demand":[{"market":"US","product":"chip","quantity":5},
                {"market":"US","product":"magnet","quantity":5},
                {"market":"CN","product":"ore","quantity":5,"shortagePenalty":10}],
                "lanes":[{"from":"CN","to":"US","blocked":true}]}
                """;
        List<String> warnings = new ProblemReader().parse(text, "c.json").warnings().stream()
                .map(Diagnostic::toString).toList();
        assertEquals(List.of(
                "c.json:5:11: warning: demand[0]: no site can deliver chip to US and the demand has no shortagePenalty: "
                        + "every plan is infeasible (add a site making it, unblock a lane, or set a shortagePenalty)",
                "c.json:7:1: warning: demand[2]: no site can deliver ore to CN: all of it will be short "
                        + "(add a site making it, or unblock a lane)",
                "c.json:4:1: warning: sites[1]: no site makes ore, an input of magnet: this site cannot produce "
                        + "(add a site making it)"), warnings);
    }
}
