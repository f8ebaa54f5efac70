package org.reshore.testing;

import java.util.Locale;
import java.util.Random;
import org.reshore.io.InputException;
import org.reshore.io.ProblemReader;
import org.reshore.model.Problem;

/**
 * A seeded family of problems whose figures span the ranges a planner meets: money from about
 * 1 (a wafer's transport, a unit cost of 1–3 USD) to 1e13 (a 1,500T JPY programme of fabs at
 * 0.0067 USD/JPY), quantities from 1e-3 (kilograms of a medical isotope) to 1e9 (wafers a year).
 * Two products, two periods with discounting, capex in yen, two capex programmes and a
 * production credit, tariffs and an exposure price: every money term of MODEL §3 but stockpiles.
 *
 * <p>{@code money} multiplies every amount of money (the optimum must scale by exactly that and
 * keep its decisions); {@code quantity} multiplies every quantity and divides every per-unit
 * price by the same (the optimum must stay, the flows scale).
 */
public final class WideRange {
    private WideRange() {}

    public static Problem problem(long seed, double money, double quantity) {
        try {
            return new ProblemReader().parse(json(seed, money, quantity), "wide-range-" + seed + ".json").problem();
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static String json(long seed, double money, double quantity) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        b.append("{\"format\": \"reshore/1\", \"name\": \"wide-range-").append(seed).append("\", \"currency\": \"USD\",\n");
        b.append(" \"exchangeRates\": {\"JPY\": 0.0067},\n");
        b.append(" \"periods\": [{\"id\": \"p1\", \"years\": 3}, {\"id\": \"p2\", \"years\": 4}], \"discountRate\": 0.05,\n");
        b.append(" \"economies\": [{\"id\": \"US\", \"risk\": 0}, {\"id\": \"JP\", \"risk\": 0.2}, {\"id\": \"CN\", \"risk\": 1}],\n");
        b.append(" \"products\": [{\"id\": \"wafer\", \"unit\": \"wafer\"}, {\"id\": \"isotope\", \"unit\": \"kg\"}],\n");
        b.append(" \"sites\": [\n");
        String[] eco = {"US", "JP", "CN"};
        for (int s = 0; s < 6; s++) {
            String e = eco[s % 3];
            boolean cn = e.equals("CN");
            // wafers: 1e8..1e9 a year at 0.8..3 USD; new fabs cost 100T..1,500T JPY (6.7e11..1e13 USD; fab0 1e13)
            b.append(String.format(Locale.ROOT, "  {\"id\": \"fab%d\", \"economy\": \"%s\", \"product\": \"wafer\", "
                            + "\"capacity\": %s, \"unitCost\": %s, \"options\": [{\"id\": \"fab%d-x\", \"capacity\": %s, "
                            + "\"capex\": \"%sT JPY\", \"fixedCost\": \"%sB USD\", \"maxBuilds\": %d%s}]},\n",
                    s, e, q(quantity, (cn ? 3e8 : 1e8) * (1 + r.nextDouble())),
                    m(money / quantity, (cn ? 0.8 : 1.5) + r.nextDouble() * 1.5), s,
                    q(quantity, 2e8 + 8e8 * r.nextDouble()), m(money, s == 0 ? 1500 : 100 + 1400 * r.nextDouble()),
                    m(money, 0.1 + 0.9 * r.nextDouble()), 1 + r.nextInt(2), s % 2 == 0 ? ", \"earliestPeriod\": \"p2\"" : ""));
            // isotope: 1e-3..5e-3 kg a year at 1e7..5e7 USD/kg; a new line costs 1e6..1e8 USD
            b.append(String.format(Locale.ROOT, "  {\"id\": \"iso%d\", \"economy\": \"%s\", \"product\": \"isotope\", "
                            + "\"capacity\": %s, \"unitCost\": %s, \"options\": [{\"id\": \"iso%d-x\", \"capacity\": %s, "
                            + "\"capex\": %s}]}%s\n",
                    s, e, q(quantity, 1e-3 * (1 + 4 * r.nextDouble())), m(money / quantity, 1e7 * (1 + 4 * r.nextDouble())), s,
                    q(quantity, 2e-3 + 8e-3 * r.nextDouble()), m(money, 1e6 * Math.pow(100, r.nextDouble())), s == 5 ? "" : ","));
        }
        b.append(" ],\n \"demand\": [\n");
        String[] markets = {"US", "JP"};
        boolean first = true;
        for (String k : markets) {
            for (String t : new String[] {"p1", "p2"}) {
                double growth = t.equals("p2") ? 1.5 : 1;
                b.append(first ? "" : ",\n").append(String.format(Locale.ROOT,
                        "  {\"market\": \"%s\", \"product\": \"wafer\", \"period\": \"%s\", \"quantity\": %s, \"shortagePenalty\": %s},\n"
                                + "  {\"market\": \"%s\", \"product\": \"isotope\", \"period\": \"%s\", \"quantity\": %s, \"shortagePenalty\": %s}",
                        k, t, q(quantity, growth * (4e8 + 5e8 * r.nextDouble())), m(money / quantity, 40),
                        k, t, q(quantity, growth * (2e-3 + 6e-3 * r.nextDouble())), m(money / quantity, 2e9)));
                first = false;
            }
        }
        b.append("\n ],\n");
        b.append(String.format(Locale.ROOT, " \"lanes\": [{\"from\": \"CN\", \"to\": \"US\", \"tariff\": 0.25, \"unitCost\": %s},"
                + " {\"from\": \"CN\", \"to\": \"JP\", \"product\": \"isotope\", \"unitCost\": %s}],\n", m(money / quantity, 0.3),
                m(money / quantity, 2e5)));
        b.append(String.format(Locale.ROOT, " \"defaultLane\": {\"unitCost\": %s, \"tariff\": 0.05},\n", m(money / quantity, 0.1)));
        b.append(String.format(Locale.ROOT, " \"subsidies\": [\n"
                        + "  {\"id\": \"chips\", \"amount\": \"%sT USD\", \"maxShare\": 0.3, \"eligible\": {\"economies\": [\"US\"]}},\n"
                        + "  {\"id\": \"jp-fabs\", \"amount\": \"%sT JPY\", \"maxShare\": 0.5, \"eligible\": {\"economies\": [\"JP\"], \"products\": [\"wafer\"]}},\n"
                        + "  {\"id\": \"credit\", \"kind\": \"production\", \"perUnit\": %s, \"amount\": \"%sB USD\", "
                        + "\"eligible\": {\"economies\": [\"US\"], \"products\": [\"wafer\"]}}],\n",
                m(money, 0.5 + 2 * r.nextDouble()), m(money, 100 + 300 * r.nextDouble()), m(money / quantity, 0.2),
                m(money, 10 + 40 * r.nextDouble())));
        b.append(String.format(Locale.ROOT, " \"objective\": {\"exposureWeight\": %s}\n}\n", m(money / quantity, 0.5)));
        return b.toString();
    }

    // Numbers written in full (Double.toString: shortest exact form), scaled.
    private static String q(double factor, double v) {
        return Double.toString(factor * v);
    }

    private static String m(double factor, double v) {
        return Double.toString(factor * v);
    }
}
