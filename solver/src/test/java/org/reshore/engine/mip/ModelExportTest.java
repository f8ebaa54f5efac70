package org.reshore.engine.mip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reshore.model.Problem;

/**
 * The exported LP and MPS files read back (by the small readers of {@link ExportedModel}) to the
 * model reshore builds, number for number, bit for bit.
 */
class ModelExportTest {
    static Stream<Arguments> problems() {
        return Stream.of(Arguments.of("tinyExposure", Examples.tinyExposure()),
                Arguments.of("tinyBomPeriods", Examples.tinyBomPeriods()),
                Arguments.of("tinyPolicy", Examples.tinyPolicy()),
                Arguments.of("tinyStockpile", Examples.tinyStockpile()),
                Arguments.of("random 3", FacilityProblems.random(3)),
                Arguments.of("random 8", FacilityProblems.random(8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void theMpsFileIsTheModel(String label, Problem p) {
        ExportedModel e = ExportedModel.mps(ModelExport.text(p, ModelExport.Format.MPS));
        ReshoreModel rm = new ReshoreModel(p);
        LinearModel m = rm.linear();
        ExportNames names = ExportNames.mps(m);
        assertSameModel(m, objective(rm), names, e, r -> names.rows[r]);
        // an integer column never relies on the reader's defaults: LO and UP (or PL) are written
        for (int v = 0; v < m.numVars(); v++) {
            if (!m.isInteger(v) || m.lb(v) == m.ub(v)) continue;
            String col = names.columns[v];
            assertTrue(e.lines.stream().anyMatch(l -> l.startsWith(" LO BND " + col + " ")), col);
            assertTrue(e.lines.stream().anyMatch(l -> l.startsWith(" UP BND " + col + " ") || l.equals(" PL BND " + col)), col);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void theLpFileIsTheModel(String label, Problem p) {
        ExportedModel e = ExportedModel.lp(ModelExport.text(p, ModelExport.Format.LP));
        ReshoreModel rm = new ReshoreModel(p);
        LinearModel m = rm.linear();
        ExportNames names = ExportNames.lp(m);
        assertSameModel(m, objective(rm), names, e, r -> names.rows[r]);
        for (String line : e.lines) assertTrue(line.length() <= 560, line);
        for (String col : names.columns) assertFalse(col.matches(".*[\\[\\]+\\-:<>=*^/].*"), col);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void noNumberIsRounded(String label, Problem p) {
        // the files hold the model's own doubles (checked bit for bit above); here, that the
        // problems do have numbers that 6 significant digits (OR-Tools' exporter) would change
        String mps = ModelExport.text(p, ModelExport.Format.MPS);
        assertFalse(mps.contains("Infinity") || mps.contains("NaN") || mps.matches("(?s).*\\dE.*"), "Java's number forms");
        if (!label.equals("tinyBomPeriods")) return;
        ReshoreModel rm = new ReshoreModel(p);
        boolean long_ = false;
        for (double c : objective(rm)) long_ |= c != Double.parseDouble(String.format("%.6g", c));
        assertTrue(long_, "tinyBomPeriods has a coefficient with more than 6 digits (1/1.1)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void longRowsAreWrappedInTheLpFile(String label, Problem p) {
        List<String> lines = List.of(ModelExport.text(p, ModelExport.Format.LP).split("\n"));
        int first = lines.indexOf("Minimize") + 1;
        int end = lines.indexOf("Subject To");
        // a line is ended once it passes WRAP characters, and only then
        for (int i = first; i < end - 1; i++) assertTrue(lines.get(i).length() > LpWriter.WRAP, lines.get(i));
        if (label.startsWith("random")) assertTrue(end - first > 1, "the objective of a random problem needs several lines");
        assertTrue(lines.stream().allMatch(l -> l.length() < 560));
    }

    private static double[] objective(ReshoreModel rm) {
        LinExpr w = rm.weighted();
        double[] c = new double[rm.linear().numVars()];
        for (int i = 0; i < w.size(); i++) c[w.var(i)] += w.coef(i);
        return c;
    }

    /** Every row, coefficient, bound and integrality of {@code m} in {@code e}, and nothing else. */
    private static void assertSameModel(LinearModel m, double[] objective, ExportNames names, ExportedModel e,
            Function<Integer, String> rowName) {
        Map<String, Double> obj = e.coefs.getOrDefault(ExportNames.OBJECTIVE, Map.of());
        Set<String> used = new HashSet<>();
        for (LinearModel.Row r : m.rows()) for (int i = 0; i < r.expr().size(); i++) used.add(names.columns[r.expr().var(i)]);
        int nonzero = 0;
        for (int v = 0; v < m.numVars(); v++) {
            String col = names.columns[v];
            if (objective[v] != 0) {
                nonzero++;
                assertEquals(objective[v], obj.get(col), col); // bit for bit
            } else if (obj.containsKey(col)) {
                assertEquals(0.0, obj.get(col), col);
                assertFalse(used.contains(col), col + ": a 0 in the objective only for a column in no row");
            }
            double[] b = e.bounds.get(col);
            assertNotNull(b, col);
            assertEquals(m.lb(v), b[0], col + " lower bound");
            assertEquals(m.ub(v), b[1], col + " upper bound");
            assertEquals(m.isInteger(v), e.integer.getOrDefault(col, false), col + " integer");
        }
        assertEquals(m.numVars(), e.bounds.size(), "columns");
        assertEquals(nonzero, obj.values().stream().filter(c -> c != 0).count(), "objective terms");
        int rows = 0;
        for (int r = 0; r < m.rows().size(); r++) {
            LinearModel.Row row = m.rows().get(r);
            String name = rowName.apply(r);
            LinExpr x = row.expr();
            boolean lo = Double.isFinite(row.lb());
            boolean up = Double.isFinite(row.ub());
            List<String> parts = lo && up && row.lb() != row.ub() && e.rows.containsKey(name + "#hi")
                    ? List.of(name, name + "#hi") : List.of(name);
            if (!lo && !up) continue;
            for (String part : parts) {
                rows++;
                Map<String, Double> c = e.coefs.getOrDefault(part, Map.of());
                assertEquals(x.size(), c.size(), part + ": terms");
                for (int i = 0; i < x.size(); i++) assertEquals(x.coef(i), c.get(names.columns[x.var(i)]), part);
            }
            double[] got = parts.size() == 1 ? e.rows.get(name)
                    : new double[] {e.rows.get(name)[0], e.rows.get(name + "#hi")[1]};
            assertNotNull(got, name);
            assertEquals(row.lb(), got[0], name + " lower side");
            // MPS: a range is ub − lb, which reads back as lb + (ub − lb): equal up to rounding
            assertEquals(row.ub(), got[1], Math.ulp(row.ub()) * 2, name + " upper side");
        }
        assertEquals(rows, e.rows.size(), "rows");
    }

    @org.junit.jupiter.api.Test
    void numbersAreTheShortestExactDecimals() {
        assertEquals("580.6206976785714", ExportNumbers.of(580.6206976785714));
        assertEquals("12345678", ExportNumbers.of(12_345_678));
        assertEquals("12345678.5", ExportNumbers.of(12_345_678.5));
        assertEquals("-750000", ExportNumbers.of(-750_000));
        assertEquals("0.000015", ExportNumbers.of(1.5e-5));
        assertEquals("1.5e-7", ExportNumbers.of(1.5e-7));
        assertEquals("1e+20", ExportNumbers.of(1e20));
        assertEquals("1.7976931348623157e+308", ExportNumbers.of(Double.MAX_VALUE));
        assertEquals("4.9e-324", ExportNumbers.of(Double.MIN_VALUE));
        assertEquals("0", ExportNumbers.of(-0.0));
        assertEquals("0.1", ExportNumbers.of(0.1));
        assertThrows(IllegalArgumentException.class, () -> ExportNumbers.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ExportNumbers.of(Double.POSITIVE_INFINITY));
    }

    @org.junit.jupiter.api.Test
    void everyFiniteDoubleReadsBackBitForBit() {
        java.util.Random r = new java.util.Random(11);
        for (int i = 0; i < 200_000; i++) {
            double v = i % 2 == 0 ? Double.longBitsToDouble(r.nextLong())
                    : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
            if (!Double.isFinite(v)) continue;
            String s = ExportNumbers.of(v);
            assertTrue(s.matches("-?\\d+(\\.\\d+)?(e[+-]\\d+)?"), s);
            double back = Double.parseDouble(s);
            assertEquals(Double.doubleToLongBits(v == 0 ? 0.0 : v), Double.doubleToLongBits(back), s);
        }
    }

    @org.junit.jupiter.api.Test
    void namesAreUniqueAndLpNamesAvoidTheFormatsOperators() {
        assertEquals("flow(tsmc~az,US,2024)", ExportNames.lp("flow[tsmc-az,US,2024]"));
        assertEquals("_1x", ExportNames.lp("1x"));
        assertEquals("a_b", ExportNames.mps("a b"));
        LinearModel m = new LinearModel();
        int x = m.addVar("x[a-b]", 0, 1, false);
        int y = m.addVar("x[a+b]", 0, 1, false);
        m.addRow("obj", 0, 1, new LinExpr().add(x, 1).add(y, 1));
        ExportNames mps = ExportNames.mps(m);
        assertEquals(List.of("x[a-b]", "x[a+b]"), List.of(mps.columns));
        assertEquals("obj#2", mps.rows[0]);
        ExportNames lp = ExportNames.lp(m);
        assertEquals(List.of("x(a~b)", "x(a~b)#2"), List.of(lp.columns));
    }

    @org.junit.jupiter.api.Test
    void valuesByMpsNameMakeThePlan() {
        // problems/examples/README.md: tiny-exposure's optimum builds o1 and ships 50 from China
        Problem p = Examples.tinyExposure();
        var plan = ModelExport.solution(p, Map.of("build[o1,all]", 1.0, "flow[cn,US,all]", 50.0,
                "flow[us,US,all]", 50.0));
        assertEquals(1, plan.builds[p.optionIndex("o1")][0]);
    }
}
