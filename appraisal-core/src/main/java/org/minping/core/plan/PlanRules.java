package org.minping.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minping.core.shared.AdminInput;
import org.minping.core.shared.FieldError;

/**
 * The rules of what the office and liaison officers type for a work plan, pure so that each is
 * tested without a database: texts within their columns, dates in order and inside the plan,
 * percentages whole numbers 0 to 100, list values that are one of the list's entries.
 */
public final class PlanRules {

    static final int MAX_GOAL = 1000;
    static final int MAX_PHASE_GOAL = 500;
    static final int MAX_TITLE = 300;
    static final int MAX_DEPARTMENT = 200;
    static final int MAX_NOTE = 2000;

    private PlanRules() {
    }

    /** A required text: stripped, not empty, within {@code max} characters, no control characters. */
    static String text(String field, String code, String typed, int max, List<FieldError> errors) {
        String text = AdminInput.text(typed);
        if (!AdminInput.fits(text, max)) {
            errors.add(new FieldError(field, code, field + " must be 1 to " + max + " characters on one line", max));
        }
        return text;
    }

    /** A required note of several lines (a report): stripped, not empty, within {@code max} characters. */
    static String note(String field, String code, String typed, int max, List<FieldError> errors) {
        String text = AdminInput.text(typed);
        if (text.isEmpty() || text.codePointCount(0, text.length()) > max) {
            errors.add(new FieldError(field, code, field + " must be 1 to " + max + " characters", max));
        }
        return text;
    }

    /** A required date. */
    static void required(String field, String code, LocalDate date, List<FieldError> errors) {
        if (date == null) {
            errors.add(new FieldError(field, code, field + " is required"));
        }
    }

    /** An end that is not before its start (either missing is reported by {@link #required}). */
    static void ordered(LocalDate start, String endField, String code, LocalDate end, List<FieldError> errors) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError(endField, code, endField + " is before its start"));
        }
    }

    /** A date inside the plan's period. */
    static void inside(String field, String code, LocalDate date, LocalDate planStart, LocalDate planEnd, List<FieldError> errors) {
        if (date != null && (date.isBefore(planStart) || date.isAfter(planEnd))) {
            errors.add(new FieldError(field, code, field + " is outside the plan's period "
                    + planStart + " to " + planEnd, planStart.toString(), planEnd.toString()));
        }
    }

    /**
     * A percentage as typed: a whole number 0 to 100 in ASCII digits. Full-width digits (６０) are
     * refused with the message that says so rather than read silently: a report is a record the
     * office relies on, and what the liaison officer typed must be what is stored.
     */
    static Optional<Integer> percent(String typed, List<FieldError> errors) {
        String text = typed == null ? "" : typed.strip();
        if (text.matches("[0-9]{1,3}")) {
            int value = Integer.parseInt(text);
            if (value <= 100) {
                return Optional.of(value);
            }
        }
        errors.add(new FieldError("percent", "plan.percent", "percent must be a whole number from 0 to 100 in ASCII digits"));
        return Optional.empty();
    }

    /** One of an enumeration's names, as a list posts it; anything else (a forged value) is an error naming the field. */
    static <E extends Enum<E>> Optional<E> choice(String field, String code, String posted, Class<E> type, List<FieldError> errors) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(posted)) {
                return Optional.of(value);
            }
        }
        errors.add(new FieldError(field, code, field + " is not one of the list's entries"));
        return Optional.empty();
    }

    /** A reporting interval as posted: a whole number in ASCII digits, 1 to 366 days or 1 to 12 months. */
    static Optional<ReportSchedule> schedule(String every, String unit, List<FieldError> errors) {
        Optional<ReportUnit> chosen = choice("reportUnit", "plan.reportUnit", unit, ReportUnit.class, errors);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        int max = chosen.get() == ReportUnit.DAYS ? ReportSchedule.MAX_DAYS : ReportSchedule.MAX_MONTHS;
        String text = every == null ? "" : every.strip();
        if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > max) {
            errors.add(new FieldError("reportEvery", "plan.reportEvery", "the reporting interval must be 1 to " + max, max));
            return Optional.empty();
        }
        return Optional.of(new ReportSchedule(Integer.parseInt(text), chosen.get()));
    }

    /** The header of a plan: goal, period in order, interval, next due date inside the period. Returns the goal and schedule. */
    static Header header(String goal, LocalDate startsOn, LocalDate endsOn, String every, String unit, LocalDate nextReportDue,
                         List<FieldError> errors) {
        String text = text("goal", "plan.goal", goal, MAX_GOAL, errors);
        required("startsOn", "plan.startsOn.missing", startsOn, errors);
        required("endsOn", "plan.endsOn.missing", endsOn, errors);
        ordered(startsOn, "endsOn", "plan.endsOn.order", endsOn, errors);
        Optional<ReportSchedule> schedule = schedule(every, unit, errors);
        required("nextReportDue", "plan.nextReportDue.missing", nextReportDue, errors);
        if (startsOn != null && endsOn != null && !endsOn.isBefore(startsOn)) {
            inside("nextReportDue", "plan.nextReportDue.outside", nextReportDue, startsOn, endsOn, errors);
        }
        return new Header(text, schedule.orElse(null));
    }

    /** A plan's goal and reporting schedule as checked. */
    record Header(String goal, ReportSchedule schedule) {
    }

    /** A phase: its goal, and its target date inside the plan. */
    static String phase(String goal, LocalDate targetOn, LocalDate planStart, LocalDate planEnd, List<FieldError> errors) {
        String text = text("phaseGoal", "plan.phaseGoal", goal, MAX_PHASE_GOAL, errors);
        required("targetOn", "plan.targetOn.missing", targetOn, errors);
        inside("targetOn", "plan.targetOn.outside", targetOn, planStart, planEnd, errors);
        return text;
    }

    /** A step: its title, and its dates in order and inside the plan. */
    static String step(String title, LocalDate startsOn, LocalDate endsOn, LocalDate planStart, LocalDate planEnd,
                       List<FieldError> errors) {
        String text = text("stepTitle", "plan.stepTitle", title, MAX_TITLE, errors);
        required("stepStartsOn", "plan.stepStartsOn.missing", startsOn, errors);
        required("stepEndsOn", "plan.stepEndsOn.missing", endsOn, errors);
        ordered(startsOn, "stepEndsOn", "plan.stepEndsOn.order", endsOn, errors);
        inside("stepStartsOn", "plan.stepStartsOn.outside", startsOn, planStart, planEnd, errors);
        inside("stepEndsOn", "plan.stepEndsOn.outside", endsOn, planStart, planEnd, errors);
        return text;
    }

    /** A task's title, its typed department (null when none is typed) and its due date inside the plan. */
    static String[] task(String title, String department, LocalDate dueOn, LocalDate planStart, LocalDate planEnd,
                         List<FieldError> errors) {
        String text = text("taskTitle", "plan.taskTitle", title, MAX_TITLE, errors);
        String typed = department == null || department.isBlank() ? null
                : text("department", "plan.department.text", department, MAX_DEPARTMENT, errors);
        dueOn(dueOn, planStart, planEnd, errors);
        return new String[] {text, typed};
    }

    /** A task's due date, inside the plan. */
    static void dueOn(LocalDate dueOn, LocalDate planStart, LocalDate planEnd, List<FieldError> errors) {
        required("dueOn", "plan.dueOn.missing", dueOn, errors);
        inside("dueOn", "plan.dueOn.outside", dueOn, planStart, planEnd, errors);
    }

    /** A task's state as its list posts it. */
    static Optional<TaskState> state(String posted, List<FieldError> errors) {
        return choice("state", "plan.state", posted, TaskState.class, errors);
    }

    /** A progress report: the percentage and the note. */
    static String progressNote(String note, List<FieldError> errors) {
        return note("progressNote", "plan.progressNote", note, MAX_NOTE, errors);
    }

    /** A stage report's note. */
    static String stageNote(String note, List<FieldError> errors) {
        return note("stageNote", "plan.stageNote", note, MAX_NOTE, errors);
    }

    /** The state a task reaches with a reported percentage: 0 not started, 100 done, in progress between. */
    public static TaskState stateFor(int percent) {
        return percent == 0 ? TaskState.NOT_STARTED : percent == 100 ? TaskState.DONE : TaskState.IN_PROGRESS;
    }

    /** Whether a task is overdue on {@code today}: its due date has passed and it is not done. */
    public static boolean taskOverdue(LocalDate due, TaskState state, LocalDate today) {
        return state != TaskState.DONE && due.isBefore(today);
    }

    /** A plan's progress: the mean of its tasks' percentages, rounded half up; 0 without tasks. */
    public static int progress(List<Integer> percents) {
        if (percents.isEmpty()) {
            return 0;
        }
        long sum = percents.stream().mapToLong(Integer::longValue).sum();
        return (int) ((sum * 2 + percents.size()) / (2L * percents.size()));
    }
}
