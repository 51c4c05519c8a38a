package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.plan.PlanViews;
import org.minping.core.plan.TaskState;
import org.minping.core.plan.WorkPlanService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * One pilot agency's work plan as the office keeps it: the plan's goal, period and reporting
 * schedule; its phases, steps and tasks; its liaison officers. Each form is one change of the core,
 * which checks it whole; the page then shows the plan as stored.
 */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient WorkPlanService plans;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient Messages messages;

    private final FormFeedback feedback = new FormFeedback();
    private long id;
    private PlanViews.Plan plan;
    private List<PlanViews.Staff> staff = List.of();
    private List<PlanViews.Department> departments = List.of();
    private final PlanForm header = new PlanForm();
    private String phaseGoal;
    private LocalDate targetOn;
    private String stepPhase;
    private String stepTitle;
    private LocalDate stepStartsOn;
    private LocalDate stepEndsOn;
    private String taskPhase;
    private String taskTitle;
    private String department;
    private String departmentAgency;
    private String assignee;
    private LocalDate dueOn;
    private String editTask;
    private String editState;
    private String editAssignee;
    private LocalDate editDueOn;
    private String liaison;

    /** The plan of the address's id (404 for none), its header in the form. */
    public void load() {
        SecurityUtils.getSubject().checkPermission("plan:manage");
        refresh();
        header.fill(plan);
    }

    private void refresh() {
        plan = plans.get(id);
        staff = plans.staff(id);
        departments = plans.departments(id);
    }

    public void saveHeader() {
        change("plan", () -> plans.update(id, header.input(null), currentUser.username()), "plans.saved");
    }

    public void addPhase() {
        change("phase", () -> plans.addPhase(id, phaseGoal, targetOn, currentUser.username()), "plans.phase.added");
    }

    public void addStep() {
        change("step", () -> plans.addStep(id, number(stepPhase), stepTitle, stepStartsOn, stepEndsOn, currentUser.username()),
                "plans.step.added");
    }

    public void addTask() {
        change("task", () -> plans.addTask(id, new WorkPlanService.TaskInput(number(taskPhase), taskTitle, department,
                departmentAgency, assignee, dueOn), currentUser.username()), "plans.task.added");
    }

    public void updateTask() {
        change("taskEdit", () -> plans.updateTask(id, number(editTask), editState, editAssignee, editDueOn, currentUser.username()),
                "plans.task.updated");
    }

    public void designate() {
        change("designate", () -> plans.setLiaison(id, liaison, true, currentUser.username()), "plans.liaison.designated");
    }

    public void withdraw(String username) {
        change(null, () -> plans.setLiaison(id, username, false, currentUser.username()), "plans.liaison.withdrawn");
    }

    private void change(String form, Runnable step, String noticeKey) {
        SecurityUtils.getSubject().checkPermission("plan:manage");
        if (feedback.attempt(pageProblems, form, step)) {
            feedback.notice(messages.get(noticeKey));
        }
        refresh();
    }

    /** An id a list posted; anything else is no id, which the core refuses naming the list. */
    private static long number(String posted) {
        return posted != null && posted.matches("[0-9]{1,18}") ? Long.parseLong(posted) : -1;
    }

    public List<TaskState> getStates() {
        return List.of(TaskState.values());
    }

    /** Every task of the plan, for the list of the form that changes one. */
    public List<PlanViews.Task> getTasks() {
        return plan.phases().stream().flatMap(p -> p.tasks().stream()).toList();
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public PlanViews.Plan getPlan() {
        return plan;
    }

    public List<PlanViews.Staff> getStaff() {
        return staff;
    }

    public List<PlanViews.Department> getDepartments() {
        return departments;
    }

    public PlanForm getHeader() {
        return header;
    }

    public String getPhaseGoal() {
        return phaseGoal;
    }

    public void setPhaseGoal(String phaseGoal) {
        this.phaseGoal = phaseGoal;
    }

    public LocalDate getTargetOn() {
        return targetOn;
    }

    public void setTargetOn(LocalDate targetOn) {
        this.targetOn = targetOn;
    }

    public String getStepPhase() {
        return stepPhase;
    }

    public void setStepPhase(String stepPhase) {
        this.stepPhase = stepPhase;
    }

    public String getStepTitle() {
        return stepTitle;
    }

    public void setStepTitle(String stepTitle) {
        this.stepTitle = stepTitle;
    }

    public LocalDate getStepStartsOn() {
        return stepStartsOn;
    }

    public void setStepStartsOn(LocalDate stepStartsOn) {
        this.stepStartsOn = stepStartsOn;
    }

    public LocalDate getStepEndsOn() {
        return stepEndsOn;
    }

    public void setStepEndsOn(LocalDate stepEndsOn) {
        this.stepEndsOn = stepEndsOn;
    }

    public String getTaskPhase() {
        return taskPhase;
    }

    public void setTaskPhase(String taskPhase) {
        this.taskPhase = taskPhase;
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getDepartmentAgency() {
        return departmentAgency;
    }

    public void setDepartmentAgency(String departmentAgency) {
        this.departmentAgency = departmentAgency;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getEditTask() {
        return editTask;
    }

    public void setEditTask(String editTask) {
        this.editTask = editTask;
    }

    public String getEditState() {
        return editState;
    }

    public void setEditState(String editState) {
        this.editState = editState;
    }

    public String getEditAssignee() {
        return editAssignee;
    }

    public void setEditAssignee(String editAssignee) {
        this.editAssignee = editAssignee;
    }

    public LocalDate getEditDueOn() {
        return editDueOn;
    }

    public void setEditDueOn(LocalDate editDueOn) {
        this.editDueOn = editDueOn;
    }

    public String getLiaison() {
        return liaison;
    }

    public void setLiaison(String liaison) {
        this.liaison = liaison;
    }

    /** The plan's header as the form holds it. */
    public static final class PlanForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String goal;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private String reportEvery;
        private String reportUnit;
        private LocalDate nextReportDue;

        void fill(PlanViews.Plan plan) {
            goal = plan.goal();
            startsOn = plan.startsOn();
            endsOn = plan.endsOn();
            reportEvery = String.valueOf(plan.reportEvery());
            reportUnit = plan.reportUnit().name();
            nextReportDue = plan.nextReportDue();
        }

        WorkPlanService.PlanInput input(String agency) {
            return new WorkPlanService.PlanInput(agency, goal, startsOn, endsOn, reportEvery, reportUnit, nextReportDue);
        }

        public String getGoal() {
            return goal;
        }

        public void setGoal(String goal) {
            this.goal = goal;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public String getReportEvery() {
            return reportEvery;
        }

        public void setReportEvery(String reportEvery) {
            this.reportEvery = reportEvery;
        }

        public String getReportUnit() {
            return reportUnit;
        }

        public void setReportUnit(String reportUnit) {
            this.reportUnit = reportUnit;
        }

        public LocalDate getNextReportDue() {
            return nextReportDue;
        }

        public void setNextReportDue(LocalDate nextReportDue) {
            this.nextReportDue = nextReportDue;
        }
    }
}
