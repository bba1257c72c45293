package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void percentilesAreNearestRank() {
        Latencies l = new Latencies(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0));
        assertEquals(5.0, l.percentile(50));
        assertEquals(10.0, l.percentile(95));
        assertEquals(1.0, l.percentile(10));
        assertEquals(2.0, l.percentile(11));
        assertEquals(10.0, l.max());
    }

    @Test
    void noValuesGiveNaN() {
        assertTrue(Double.isNaN(new Latencies(List.of()).percentile(50)));
    }
}
