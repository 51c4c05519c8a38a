package org.minping.core.scoring;

/** Random complete cycles for tests outside this package. */
public final class TestCycles {

    private TestCycles() {
    }

    public static ScoringInput random(long seed) {
        return RandomCycles.cycle(seed);
    }
}
