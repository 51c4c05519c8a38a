package org.minping.core.evaluation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Folds the cube's deltas every two seconds, pass after pass while full ones keep coming, for at
 * most a second of work, so that a backlog after a peak drains without holding the timer.
 */
@Singleton
public class CubeFoldingSchedule {

    private static final Logger LOG = Logger.getLogger(CubeFoldingSchedule.class.getName());
    private static final long BUDGET_NANOS = 1_000_000_000L;

    @Inject
    CubeFolder folder;

    // No transaction of its own: each pass commits by itself, so a failed pass loses only itself.
    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fold() {
        long start = System.nanoTime();
        try {
            while (folder.foldPass() == CubeFolder.PASS && System.nanoTime() - start < BUDGET_NANOS) {
                // the next pass
            }
        } catch (RuntimeException e) {
            // Another node's pass, a cycle's rebuild or a deadlock: the deltas wait for the next round.
            LOG.log(Level.FINE, "a pass of folding cube deltas was rolled back; the next round retries", e);
        }
    }
}
