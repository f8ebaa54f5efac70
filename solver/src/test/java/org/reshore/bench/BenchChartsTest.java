package org.reshore.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Curve labels in the right margin stay a line (14 px) apart and inside the plot's height. */
class BenchChartsTest {
    @Test
    void labelsAtTheSameHeightAreStackedDownwards() {
        assertArrayEquals(new double[] {100, 114, 128}, BenchCharts.spread(List.of(100.0, 100.0, 100.0), 10, 300), 1e-9);
    }

    @Test
    void labelsPushedPastTheBottomMoveUpKeepingTheirOrder() {
        // wanted 295 and 290: sorted 290, 295 → 290, 304 → the bottom 300 pushes them to 286, 300
        assertArrayEquals(new double[] {300, 286}, BenchCharts.spread(List.of(295.0, 290.0), 10, 300), 1e-9);
    }
}
