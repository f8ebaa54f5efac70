package org.reshore.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.reshore.engine.SolveOptions;
import org.reshore.engine.SolveResult;
import org.reshore.engine.Status;
import org.reshore.engine.mip.GlopRecourseSolver;
import org.reshore.engine.mip.MipSolver;
import org.reshore.evaluate.Evaluation;
import org.reshore.evaluate.Evaluator;
import org.reshore.io.InputException;
import org.reshore.io.ProblemReader;
import org.reshore.model.Arc;
import org.reshore.model.Problem;
import org.reshore.model.Solution;

/**
 * One library problem solved to optimality by the exact engine and judged by the evaluator, with
 * the questions the library's tests ask of the plan (who builds what, who supplies whom).
 * Variants are made by editing the file's JSON tree, so that a test can show that a fact of the
 * plan is caused by the figure it names (the exposure price, a policy) and not by accident.
 *
 * <p>The backend is SCIP unless the system property {@code reshore.problems.backend} says
 * otherwise. (HiGHS once reported OPTIMAL on semiconductors-2021 for a plan that took none of the
 * capex grants; fixed, and checked for every file by {@code LibraryBackendsAgreeIT}.)
 */
final class LibraryRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    final Problem problem;
    final SolveResult result;
    final Evaluation evaluation;

    static final String BACKEND = System.getProperty("reshore.problems.backend", "scip");

    private LibraryRun(Problem problem) {
        this(problem, BACKEND);
    }

    private LibraryRun(Problem problem, String backend) {
        this.problem = problem;
        this.result = new MipSolver().solve(problem,
                new SolveOptions(Duration.ofSeconds(120), 0, 1, 1e-6, Map.of("backend", backend), null), e -> { });
        assertEquals(Status.OPTIMAL, result.status(), problem.name());
        this.evaluation = new Evaluator(new GlopRecourseSolver()).evaluate(problem, result.solution());
        assertTrue(evaluation.feasible(), evaluation.violations().toString());
        assertEquals(evaluation.objective(), result.objective(), 1e-6 * Math.abs(evaluation.objective()),
                "the engine's objective is the evaluator's");
    }

    static LibraryRun solve(String file) throws InputException {
        return solve(file, BACKEND);
    }

    static LibraryRun solve(String file, String backend) throws InputException {
        return new LibraryRun(new ProblemReader().read(LibraryReadsTest.LIBRARY.resolve(file)).problem(), backend);
    }

    /** Solves the file after {@code edit} has changed its JSON tree. */
    static LibraryRun solveVariant(String file, Consumer<ObjectNode> edit) throws IOException, InputException {
        Path path = LibraryReadsTest.LIBRARY.resolve(file);
        ObjectNode root = (ObjectNode) JSON.readTree(path.toFile());
        edit.accept(root);
        String text = JSON.writeValueAsString(root);
        return new LibraryRun(new ProblemReader().parse(text, file).problem());
    }

    Solution plan() {
        return result.solution();
    }

    /** Builds of the option in the period. */
    int builds(String option, String period) {
        return plan().builds[problem.optionIndex(option)][problem.periodIndex(period)];
    }

    /** Builds of the option over the whole horizon. */
    int builds(String option) {
        int o = problem.optionIndex(option);
        return plan().builtBy(o, problem.periods().size() - 1);
    }

    /** Yearly supply into a market of a product in a period from sites of the economy. */
    double supply(String market, String product, String period, String economy) {
        int k = problem.marketIndex(market);
        int p = problem.productIndex(product);
        int t = problem.periodIndex(period);
        int e = problem.economyIndex(economy);
        double sum = 0;
        for (int a : problem.arcsIntoMarket(k)) {
            Arc arc = problem.arc(a);
            if (problem.arcProduct(a) == p && problem.site(arc.from()).economy() == e) sum += plan().flows[a][t];
        }
        return sum;
    }

    /** Share of the market's demand for the product in the period served from the economy. */
    double share(String market, String product, String period, String economy) {
        int d = problem.demandIndex(problem.marketIndex(market), problem.productIndex(product),
                problem.periodIndex(period));
        return supply(market, product, period, economy) / problem.demand(d).quantity();
    }

    /** Yearly flow into a site (its inputs) from sites of the economy in the period. */
    double inputsFrom(String site, String period, String economy) {
        int s = problem.siteIndex(site);
        int t = problem.periodIndex(period);
        int e = problem.economyIndex(economy);
        double sum = 0;
        for (int a : problem.arcsIntoSite(s)) {
            if (problem.site(problem.arc(a).from()).economy() == e) sum += plan().flows[a][t];
        }
        return sum;
    }

    /** Money a programme pays over the horizon (capex and production grants). */
    double paid(String subsidy) {
        int u = problem.subsidyIndex(subsidy);
        return plan().capexGrants.stream().filter(g -> g.subsidy() == u).mapToDouble(g -> g.amount()).sum()
                + plan().productionGrants.stream().filter(g -> g.subsidy() == u).mapToDouble(g -> g.amount()).sum();
    }

    double stockpile(String market, String product) {
        int k = problem.marketIndex(market);
        int p = problem.productIndex(product);
        for (var s : problem.stockpiles()) if (s.market() == k && s.product() == p) return plan().stockpiles[s.index()];
        throw new IllegalArgumentException("no stockpile " + market + "/" + product);
    }

    /** Yearly shortage of a product over all markets when the plan runs through the scenario. */
    double stressShortage(String scenario, String product) {
        return evaluation.stress().stream().filter(st -> st.scenario().equals(scenario))
                .flatMap(st -> st.shortages().entrySet().stream())
                .filter(e -> e.getKey().endsWith("/" + product)).mapToDouble(e -> e.getValue()).sum();
    }

    /** One line for the library's README table. */
    String summary() {
        return String.format("%s [%s]: objective %.6g %s, exposure %.6g, %.2f s", problem.name(),
                result.config().get("backend"), result.objective(), problem.currency(), evaluation.exposure(),
                result.seconds());
    }
}
