package org.reshore.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The evaluation as one JSON object with the stable keys of MODEL.md §5, in a fixed order:
 * {@code problem, feasible, objective, cost, exposure, violations, markets}, then
 * {@code scenarioTerm} ("not needed", "computed", "not computed"), {@code builds},
 * {@code subsidies}, {@code stress}, {@code contributions}. A figure that could not be computed
 * (NaN) is written as null.
 */
public final class EvaluationJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EvaluationJson() {}

    public static ObjectNode toJson(Evaluation e) {
        ObjectNode root = F.objectNode();
        root.put("problem", e.problem());
        root.put("feasible", e.feasible());
        number(root, "objective", e.objective());
        ObjectNode cost = root.putObject("cost");
        CostBreakdown c = e.cost();
        number(cost, "production", c.production());
        number(cost, "tariffs", c.tariffs());
        number(cost, "transport", c.transport());
        number(cost, "fixed", c.fixed());
        number(cost, "capex", c.capex());
        number(cost, "capexSubsidies", c.capexSubsidies());
        number(cost, "productionSubsidies", c.productionSubsidies());
        number(cost, "shortage", c.shortage());
        number(cost, "stockpile", c.stockpile());
        number(cost, "exposure", c.exposure());
        number(cost, "scenarios", c.scenarios());
        number(root, "exposure", e.exposure());
        ArrayNode violations = root.putArray("violations");
        for (Violation v : e.violations()) {
            ObjectNode n = violations.addObject();
            n.put("constraint", v.constraint());
            ArrayNode ids = n.putArray("entities");
            v.entities().forEach(ids::add);
            number(n, "amount", v.amount());
            n.put("message", v.message());
        }
        ArrayNode markets = root.putArray("markets");
        for (MarketExposure m : e.markets()) {
            ObjectNode n = markets.addObject();
            n.put("market", m.market());
            n.put("product", m.product());
            n.put("period", m.period());
            n.put("demand", m.demand());
            n.put("supplied", m.supplied());
            ObjectNode shares = n.putObject("sourceShares");
            m.sourceShares().forEach(shares::put);
            n.put("riskShare", m.riskShare());
            n.put("hhi", m.hhi());
            n.put("shortage", m.shortage());
        }
        root.put("scenarioTerm", switch (e.scenarioTerm()) {
            case NOT_NEEDED -> "not needed";
            case COMPUTED -> "computed";
            case NOT_COMPUTED -> "not computed";
        });
        plan(root, e);
        ArrayNode stress = root.putArray("stress");
        for (ScenarioStress s : e.stress()) {
            ObjectNode n = stress.addObject();
            n.put("scenario", s.scenario());
            n.put("period", s.period());
            n.put("probability", s.probability());
            n.put("years", s.years());
            number(n, "yearlyCost", s.yearlyCost());
            number(n, "recourse", s.recourse());
            ObjectNode sh = n.putObject("shortages");
            s.shortages().forEach(sh::put);
            ObjectNode rel = n.putObject("releases");
            s.releases().forEach(rel::put);
        }
        ObjectNode contributions = root.putObject("contributions");
        table(contributions.putObject("sites"), e.contributions().sites());
        table(contributions.putObject("options"), e.contributions().options());
        table(contributions.putObject("subsidies"), e.contributions().subsidies());
        table(contributions.putObject("marketProducts"), e.contributions().marketProducts());
        return root;
    }

    private static void plan(ObjectNode root, Evaluation e) {
        ArrayNode builds = root.putArray("builds");
        for (PlanItems.Build b : e.builds()) {
            ObjectNode n = builds.addObject();
            n.put("site", b.site());
            n.put("option", b.option());
            n.put("period", b.period());
            n.put("count", b.count());
        }
        ArrayNode grants = root.putArray("subsidies");
        for (PlanItems.Grant g : e.grants()) {
            ObjectNode n = grants.addObject();
            n.put("subsidy", g.subsidy());
            n.put("kind", g.kind());
            n.put("site", g.site());
            if (g.option() != null) n.put("option", g.option());
            n.put("period", g.period());
            number(n, "amount", g.amount());
        }
    }

    private static void table(ObjectNode node, Map<String, Map<String, Double>> table) {
        table.forEach((id, row) -> {
            ObjectNode n = node.putObject(id);
            row.forEach((k, v) -> number(n, k, v));
        });
    }

    private static void number(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) node.put(key, v);
        else node.putNull(key);
    }
}
