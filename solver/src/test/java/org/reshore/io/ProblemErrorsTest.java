package org.reshore.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per class of error: the exact message and the exact line:column a planner sees. */
class ProblemErrorsTest {
    /** Two header lines, then {@code body} from line 3, column 1. */
    static String problem(String body) {
        return "{\"format\":\"reshore/1\",\"name\":\"t\",\"currency\":\"USD\",\n"
                + "\"economies\":[{\"id\":\"US\"},{\"id\":\"CN\",\"risk\":1}],\"products\":[{\"id\":\"chip\"}],\n"
                + body + "}";
    }

    static List<String> errors(String text) {
        InputException e = assertThrows(InputException.class, () -> new ProblemReader().parse(text, "p.json"));
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    static List<String> errorsIn(String body) {
        return errors(problem(body));
    }

    @Test
    void unknownField() {
        assertEquals(List.of("p.json:3:65: sites[0].capcity: unknown field \"capcity\" (did you mean \"capacity\"? known fields: id, name, "
                + "economy, product, capacity, unitCost, options, note, sources)"),
                errorsIn("""
                "sites":[{"id":"s","economy":"US","product":"chip","unitCost":1,"capcity":5}]
                """));
    }

    @Test
    void unknownReference() {
        assertEquals(List.of("p.json:3:30: sites[0].economy: unknown economy \"TWN\" (known: US, CN)"),
                errorsIn("""
                "sites":[{"id":"s","economy":"TWN","product":"chip","unitCost":1}]
                """));
    }

    @Test
    void duplicateIds() {
        assertEquals(List.of(
                "p.json:4:7: sites[1].id: duplicate id \"s\": already a site (site, market and option ids must be unique across all three)",
                "p.json:5:73: sites[2].options[0].id: duplicate id \"US\": already used by a market (site, market and option ids must be unique across all three)"),
                errorsIn("""
                "sites":[{"id":"s","economy":"US","product":"chip","unitCost":1},
                {"id":"s","economy":"US","product":"chip","unitCost":2},
                {"id":"t","economy":"US","product":"chip","unitCost":2,"options":[{"id":"US","capacity":1,"capex":1}]}]
                """));
    }

    @Test
    void duplicateEconomy() {
        assertEquals(List.of("p.json:2:7: economies[1].id: duplicate economy id \"A\" (ids must be unique)"),
                errors("""
                {"economies":[{"id":"A"},{"id":"A"}],"format":"reshore/1","name":"t","currency":"USD","products":[]}"""
                        .replace("{\"economies\":[{\"id\":\"A\"},", "{\"economies\":[{\"id\":\"A\"},\n")));
    }

    @Test
    void negativeNumber() {
        assertEquals(List.of("p.json:3:76: sites[0].capacity: must not be negative, found -5 (give 0 or more)"),
                errorsIn("""
                "sites":[{"id":"s","economy":"US","product":"chip","unitCost":1,"capacity":-5}]
                """));
    }

    @Test
    void numberBeyondDoubleRange() {
        assertEquals(List.of("p.json:3:76: sites[0].capacity: number 1e999 is beyond the double range "
                + "(numbers must be within ±1.8e308)"),
                errorsIn("""
                "sites":[{"id":"s","economy":"US","product":"chip","unitCost":1,"capacity":1e999}]
                """));
    }

    @Test
    void malformedMoney() {
        assertEquals(List.of("p.json:3:63: sites[0].unitCost: malformed money \"12 BN USD\" (expected a number or "
                + "\"<number>[K|M|B|T] <CURRENCY>\", e.g. \"12B USD\" or \"5.2K JPY\")"),
                errorsIn("""
                "sites":[{"id":"s","economy":"US","product":"chip","unitCost":"12 BN USD"}]
                """));
    }

    @Test
    void missingExchangeRate() {
        assertEquals(List.of("p.json:3:63: sites[0].unitCost: no exchange rate for JPY "
                + "(add \"JPY\": <USD per JPY> to exchangeRates)"),
                errorsIn("""
                "sites":[{"id":"s","economy":"US","product":"chip","unitCost":"1.2K JPY"}]
                """));
    }

    @Test
    void shareOutsideUnitInterval() {
        assertEquals(List.of("p.json:4:57: policies[0].share: must be within [0, 1], found 1.2 (give a value from 0 to 1)"),
                errorsIn("""
                "demand":[{"market":"US","product":"chip","quantity":1}],
                "policies":[{"type":"maxShortage","market":"US","share":1.2}]
                """));
    }

    @Test
    void riskOutsideUnitInterval() {
        assertEquals(List.of("p.json:3:40: lanes[0].risk: must be within [0, 1], found -0.5 (give a value from 0 to 1)"),
                errorsIn("""
                "lanes":[{"from":"CN","to":"US","risk":-0.5}]
                """));
    }

    @Test
    void earliestPeriodNotAPeriod() {
        assertEquals(List.of("p.json:4:126: sites[0].options[0].earliestPeriod: earliestPeriod \"2030\" is not a "
                + "period (known: 2024, 2027)"),
                errorsIn("""
                "periods":[{"id":"2024","years":3},{"id":"2027","years":3}],
                "sites":[{"id":"s","economy":"US","product":"chip","unitCost":1,"options":[{"id":"o","capacity":1,"capex":1,"earliestPeriod":"2030"}]}]
                """).subList(0, 1));
    }

    @Test
    void billOfMaterialsCycle() {
        String text = """
                {"format":"reshore/1","name":"t","currency":"USD","economies":[{"id":"US"}],
                "products":[{"id":"ore","inputs":[{"product":"metal","perUnit":1}]},
                {"id":"metal","inputs":[{"product":"ore","perUnit":2}]}]}""";
        assertEquals(List.of("p.json:2:46: products[0].inputs[0].product: bill-of-materials cycle: ore → metal → ore "
                + "(a product cannot be made, directly or indirectly, from itself)"), errors(text));
    }

    @Test
    void equallySpecificLanesThatDisagree() {
        assertEquals(List.of("p.json:4:1: lanes[1]: equally specific lanes disagree: lanes[0] and lanes[1] both go "
                + "from CN to US for every product (merge them into one lane, or name a product or a site to make one "
                + "more specific)"),
                errorsIn("""
                "lanes":[{"from":"CN","to":"US","tariff":0.1},
                {"from":"CN","to":"US","tariff":0.25}]
                """));
    }

    @Test
    void wrongJsonType() {
        assertEquals(List.of("p.json:3:76: sites[0].capacity: expected a number, found a string (a plain number such as 80 or 0.25)",
                "p.json:3:92: sites[0].options: expected a list, found an object (write it as [ … ], also for one entry)"),
                errorsIn("""
                "sites":[{"id":"s","economy":"US","product":"chip","unitCost":1,"capacity":"ten","options":{}}]
                """));
    }

    @Test
    void wrongFormat() {
        assertEquals(List.of("p.json:1:11: format: unsupported format \"reshore/2\" (this reader reads \"reshore/1\")"),
                errors("{\"format\":\"reshore/2\",\"name\":\"t\",\"currency\":\"USD\",\"economies\":[],\"products\":[]}"));
    }

    @Test
    void demandWithoutPeriodWhenThereAreSeveral() {
        assertEquals(List.of("p.json:4:11: demand[0]: missing field \"period\" (with several periods each demand "
                + "names its period)"),
                errorsIn("""
                "periods":[{"id":"a"},{"id":"b"}],
                "demand":[{"market":"US","product":"chip","quantity":1}]
                """));
    }

    @Test
    void unservedPenaltyRequiredWithScenarios() {
        assertEquals(List.of("p.json:5:13: objective: objective.unservedPenalty is required: there are scenarios and "
                + "demand of US, chip, period all has no shortagePenalty (set \"unservedPenalty\" in \"objective\", "
                + "the price of a unit short in a disruption)"),
                errorsIn("""
                "demand":[{"market":"US","product":"chip","quantity":1}],
                "scenarios":[{"id":"ban"}],
                "objective":{"scenarioWeight":1}
                """));
    }

    @Test
    void unknownSource() {
        assertEquals(List.of("p.json:4:76: sites[0].sources[0]: unknown source \"usgs\" (known: sia-2021)"),
                errorsIn("""
                "sources":[{"id":"sia-2021","title":"SIA report","year":2021}],
                "sites":[{"id":"s","economy":"US","product":"chip","unitCost":1,"sources":["usgs"]}]
                """));
    }

    @Test
    void allErrorsOfAFileInFileOrder() {
        List<String> e = errorsIn("""
                "sites":[{"id":"s","economy":"XX","product":"chip","unitCost":-1}],
                "demand":[{"market":"US","product":"chips","quantity":1}]
                """);
        assertEquals(List.of("p.json:3:30: sites[0].economy: unknown economy \"XX\" (known: US, CN)",
                "p.json:3:63: sites[0].unitCost: must not be negative, found -1 (money is an amount ≥ 0)",
                "p.json:4:36: demand[0].product: unknown product \"chips\" (known: chip)"), e);
    }
}
