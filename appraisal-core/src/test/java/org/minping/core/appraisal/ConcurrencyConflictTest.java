package org.minping.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConcurrencyConflictTest {

    @Test
    void aDuplicateKeyDeepInTheCauseChainIsAConflict() {
        RuntimeException wrapped = new RuntimeException("persistence",
                new IllegalStateException("eclipselink", new SQLIntegrityConstraintViolationException("dup", "23000", 1062)));
        assertTrue(AppraisalService.isConcurrencyConflict(wrapped));
    }

    @Test
    void aDeadlockIsAConflict() {
        assertTrue(AppraisalService.isConcurrencyConflict(new RuntimeException(new SQLException("deadlock", "40001", 1213))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(AppraisalService.isConcurrencyConflict(new RuntimeException(new SQLException("gone", "08S01"))));
        assertFalse(AppraisalService.isConcurrencyConflict(new IllegalArgumentException("bad")));
        assertFalse(AppraisalService.isConcurrencyConflict(new RuntimeException(new SQLException("no state"))));
    }
}
