package org.reshore.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void moneyReadsAsAPlannerWritesIt() {
        assertEquals("$2,250", Words.money(2250, "USD"));
        assertEquals("$12.0B", Words.money(12e9, "USD"));
        assertEquals("−$3.5B", Words.money(-3.5e9, "USD"));
        assertEquals("+$30", Words.signedMoney(30, "USD"));
        assertEquals("−$300", Words.signedMoney(-300, "USD"));
        assertEquals("2.5M EUR", Words.money(2.5e6, "EUR"));
        assertEquals("$0", Words.money(-1e-12, "USD"));
    }

    @Test
    void quantitiesAndShares() {
        assertEquals("25", Words.quantity(25.0000001));
        assertEquals("0", Words.quantity(1e-8));
        assertEquals("0.25", Words.quantity(0.25));
        assertEquals("1,250", Words.quantity(1250));
        assertEquals("61%", Words.percent(0.61));
        assertEquals("∞", Words.quantity(Double.POSITIVE_INFINITY));
    }
}
