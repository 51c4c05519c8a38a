package org.minping.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minping.core.shared.FieldError;

class PlanRulesTest {

    private final List<FieldError> errors = new ArrayList<>();

    @Nested
    class Percent {

        @ParameterizedTest
        @CsvSource({"0, 0", "45, 45", "' 100 ', 100", "007, 7"})
        void wholeNumbersFrom0To100AreRead(String typed, int value) {
            assertEquals(Optional.of(value), PlanRules.percent(typed, errors));
            assertEquals(List.of(), errors);
        }

        @ParameterizedTest
        @ValueSource(strings = {"101", "-1", "", "50.5", "５０", "1e2", "abc", "1000", "50%"})
        void anythingElseNamesTheField(String typed) {
            assertEquals(Optional.empty(), PlanRules.percent(typed, errors));
            assertEquals(1, errors.size());
            assertEquals("percent", errors.get(0).field());
            assertEquals("plan.percent", errors.get(0).code());
        }

        @Test
        void nullIsMissing() {
            assertEquals(Optional.empty(), PlanRules.percent(null, errors));
            assertEquals("plan.percent", errors.get(0).code());
        }
    }

    @Nested
    class Dates {

        private final LocalDate start = LocalDate.of(2027, 1, 1);
        private final LocalDate end = LocalDate.of(2027, 12, 31);

        @Test
        void anEndBeforeItsStartNamesTheEnd() {
            PlanRules.step("材料清单公开", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1), start, end, errors);
            assertEquals(List.of("stepEndsOn"), errors.stream().map(FieldError::field).toList());
            assertEquals("plan.stepEndsOn.order", errors.get(0).code());
        }

        @Test
        void theSameDayIsInOrder() {
            PlanRules.step("材料清单公开", start, start, start, end, errors);
            assertEquals(List.of(), errors);
        }

        @ParameterizedTest
        @CsvSource({"2026-12-31, true", "2027-01-01, false", "2027-12-31, false", "2028-01-01, true"})
        void aDateOutsideThePlanNamesThePeriod(LocalDate date, boolean outside) {
            PlanRules.dueOn(date, start, end, errors);
            assertEquals(outside, !errors.isEmpty());
            if (outside) {
                assertEquals(List.of("2027-01-01", "2027-12-31"), errors.get(0).arguments());
            }
        }

        @Test
        void aMissingDateIsNamed() {
            PlanRules.phase("第一阶段", null, start, end, errors);
            assertEquals("targetOn", errors.get(0).field());
            assertEquals("plan.targetOn.missing", errors.get(0).code());
        }

        @Test
        void aPlanEndingBeforeItStartsAndADueDateOutsideAreNamed() {
            PlanRules.header("目标", end, start, "1", "MONTHS", start, errors);
            assertEquals(List.of("endsOn"), errors.stream().map(FieldError::field).toList());
            errors.clear();
            PlanRules.header("目标", start, end, "1", "MONTHS", end.plusDays(1), errors);
            assertEquals(List.of("plan.nextReportDue.outside"), errors.stream().map(FieldError::code).toList());
        }
    }

    @Nested
    class Choices {

        @ParameterizedTest
        @ValueSource(strings = {"FINISHED", "done", "", "DONE ", "<script>"})
        void aForgedValueIsRefused(String posted) {
            assertEquals(Optional.empty(), PlanRules.state(posted, errors));
            assertEquals("state", errors.get(0).field());
            assertEquals("plan.state", errors.get(0).code());
        }

        @Test
        void aListEntryIsRead() {
            assertEquals(Optional.of(TaskState.DONE), PlanRules.state("DONE", errors));
        }

        @ParameterizedTest
        @CsvSource({"1, MONTHS, true", "12, MONTHS, true", "13, MONTHS, false", "366, DAYS, true", "0, DAYS, false",
                "３, MONTHS, false", "x, DAYS, false"})
        void intervalsHaveBoundsByUnit(String every, String unit, boolean valid) {
            assertEquals(valid, PlanRules.schedule(every, unit, errors).isPresent());
            assertEquals(valid, errors.isEmpty());
        }

        @Test
        void aForgedUnitNamesTheUnit() {
            assertFalse(PlanRules.schedule("1", "WEEKS", errors).isPresent());
            assertEquals("reportUnit", errors.get(0).field());
        }
    }

    @Nested
    class TasksAndTexts {

        @Test
        void textsMustFitOnOneLine() {
            LocalDate day = LocalDate.of(2027, 1, 1);
            PlanRules.task("整改\n方案", null, day, day, day, errors);
            PlanRules.phase("x".repeat(501), day, day, day, errors);
            PlanRules.task("公开办事指南", "  ", day, day, day, errors);
            assertEquals(List.of("plan.taskTitle", "plan.phaseGoal"), errors.stream().map(FieldError::code).toList());
        }

        @Test
        void theStateFollowsThePercentage() {
            assertEquals(TaskState.NOT_STARTED, PlanRules.stateFor(0));
            assertEquals(TaskState.IN_PROGRESS, PlanRules.stateFor(1));
            assertEquals(TaskState.IN_PROGRESS, PlanRules.stateFor(99));
            assertEquals(TaskState.DONE, PlanRules.stateFor(100));
        }

        @Test
        void aTaskIsOverdueAfterItsDueDateUnlessDone() {
            LocalDate due = LocalDate.of(2027, 6, 30);
            assertFalse(PlanRules.taskOverdue(due, TaskState.IN_PROGRESS, due));
            assertTrue(PlanRules.taskOverdue(due, TaskState.IN_PROGRESS, due.plusDays(1)));
            assertTrue(PlanRules.taskOverdue(due, TaskState.NOT_STARTED, due.plusDays(1)));
            assertFalse(PlanRules.taskOverdue(due, TaskState.DONE, due.plusDays(100)));
        }

        @Test
        void progressIsTheRoundedMeanOfTheTasks() {
            assertEquals(0, PlanRules.progress(List.of()));
            assertEquals(50, PlanRules.progress(List.of(0, 100)));
            assertEquals(34, PlanRules.progress(List.of(0, 1, 100)));  // 33.67
            assertEquals(17, PlanRules.progress(List.of(0, 33)));     // 16.5 rounds half up
        }
    }
}
