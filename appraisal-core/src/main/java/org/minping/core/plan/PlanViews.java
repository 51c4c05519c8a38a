package org.minping.core.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.minping.core.shared.Localized;

/** What pages show of work plans: read-only values. */
public final class PlanViews {

    private PlanViews() {
    }

    /** A line of the office's list and dashboard: a plan's progress and what is overdue. */
    public record Summary(long id, String agencyCode, Localized agencyName, int progress, int tasks, int overdueTasks,
                          LocalDate nextReportDue, boolean reportOverdue) {

        /** Overdue items: tasks past their due date and not done, and the periodic report if it is late. */
        public int overdueCount() {
            return overdueTasks + (reportOverdue ? 1 : 0);
        }
    }

    /** A whole plan with its phases, liaison officers and reports. */
    public record Plan(long id, String agencyCode, Localized agencyName, String goal, LocalDate startsOn, LocalDate endsOn,
                       int reportEvery, ReportUnit reportUnit, LocalDate nextReportDue, boolean reportOverdue, int progress,
                       List<Phase> phases, List<Staff> liaisons, List<Report> reports) {
    }

    /** A phase: its goal and target date, its steps and tasks. */
    public record Phase(long id, int position, String goal, LocalDate targetOn, List<Step> steps, List<Task> tasks) {
    }

    public record Step(long id, String title, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A task, assigned to a department (free text, or a child agency with its code) and a staff account. */
    public record Task(long id, String title, String departmentText, String departmentCode, Localized departmentName,
                       String assignee, String assigneeName, LocalDate dueOn, TaskState state, int percent, boolean overdue) {
    }

    /** A staff account of the plan's agency. */
    public record Staff(String username, String displayName) {
    }

    /** A report filed by a liaison officer: PROGRESS on a task, or STAGE on a phase (with a PDF or not). */
    public record Report(long id, String kind, String subject, Integer percent, String note, boolean hasFile, String filedBy,
                         LocalDateTime filedAt) {
    }

    /** An overdue item of the dashboard: a task past its due date, or a plan's late report (task null). */
    public record Overdue(String agencyCode, Localized agencyName, String task, String assignee, LocalDate dueOn) {
    }

    /** A department a task may go to: a child agency of the plan's agency. */
    public record Department(String code, Localized name) {
    }
}
