package org.minping.core.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minping.core.rectification.RectificationState.Step;
import org.minping.core.shared.InvalidInputException;

class RectificationStateTest {

    @Nested
    class Transitions {

        @ParameterizedTest(name = "{0} + {1} -> {2}")
        @CsvSource({
                "OPEN, SUBMIT_PLAN, PLAN_SUBMITTED",
                "REOPENED, SUBMIT_PLAN, PLAN_SUBMITTED",
                "PLAN_SUBMITTED, SUBMIT_PLAN, PLAN_SUBMITTED",
                "PLAN_SUBMITTED, SUBMIT_EVIDENCE, EVIDENCE_SUBMITTED",
                "EVIDENCE_SUBMITTED, SUBMIT_EVIDENCE, EVIDENCE_SUBMITTED",
                "EVIDENCE_SUBMITTED, CLOSE, CLOSED",
                "EVIDENCE_SUBMITTED, REOPEN, REOPENED",
                "PLAN_SUBMITTED, REOPEN, REOPENED",
                "CLOSED, REOPEN, REOPENED"})
        void allowedStepsLeadOn(RectificationState from, Step step, RectificationState to) {
            assertEquals(to, from.after(step));
        }

        @ParameterizedTest(name = "{0} + {1} refused, naming {2}")
        @CsvSource({
                "OPEN, SUBMIT_EVIDENCE, evidence",
                "REOPENED, SUBMIT_EVIDENCE, evidence",
                "OPEN, CLOSE, reason",
                "PLAN_SUBMITTED, CLOSE, reason",
                "CLOSED, CLOSE, reason",
                "CLOSED, SUBMIT_PLAN, plan",
                "EVIDENCE_SUBMITTED, SUBMIT_PLAN, plan",
                "CLOSED, SUBMIT_EVIDENCE, evidence",
                "OPEN, REOPEN, reason",
                "REOPENED, REOPEN, reason"})
        void otherStepsAreRefusedNamingTheirField(RectificationState from, Step step, String field) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> from.after(step));
            assertEquals(field, refused.errors().get(0).field());
            assertEquals(step.code(), refused.errors().get(0).code());
        }

        @Test
        void onlyAClosedTaskIsNoLongerPending() {
            for (RectificationState state : RectificationState.values()) {
                assertEquals(state != RectificationState.CLOSED, state.pending(), state.name());
            }
        }
    }

    @Nested
    class Deadline {

        private RectificationTask task(RectificationState state, LocalDate due) {
            return new RectificationTask(1, "C", "HZ", null, "I", null, RectificationOrigin.WEAK_INDICATOR, "d", 5,
                    due.minusDays(7), due, state, null, null, 0, false, List.of());
        }

        @Test
        void aTaskIsOverdueFromTheDayAfterItsDeadlineUntilItIsClosed() {
            LocalDate due = LocalDate.of(2026, 3, 10);
            assertFalse(task(RectificationState.OPEN, due).overdueOn(due));
            assertTrue(task(RectificationState.OPEN, due).overdueOn(due.plusDays(1)));
            assertTrue(task(RectificationState.EVIDENCE_SUBMITTED, due).overdueOn(due.plusDays(1)));
            assertFalse(task(RectificationState.CLOSED, due).overdueOn(due.plusDays(30)));
        }

        @Test
        void aReopenedOrOverdueTaskHasFailed() {
            LocalDate due = LocalDate.of(2026, 3, 10);
            assertTrue(task(RectificationState.REOPENED, due).failedOn(due.minusDays(1)));
            assertTrue(task(RectificationState.PLAN_SUBMITTED, due).failedOn(due.plusDays(1)));
            assertFalse(task(RectificationState.PLAN_SUBMITTED, due).failedOn(due));
            assertFalse(task(RectificationState.CLOSED, due).failedOn(due.plusDays(1)));
        }
    }
}
