package org.minping.core.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * The office's work plans of the pilot agencies and their liaison officers' reports. The office
 * (callers with the plan:manage permission) makes and changes plans; agency staff read only their
 * own agency's plan (another agency's items are "not found"), and only its liaison officers report.
 * Every change is audited in its transaction; input that breaks a rule changes nothing.
 */
@ApplicationScoped
public class WorkPlanService {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    // ---- the office's list and dashboard

    /** Every plan with its progress and overdue counts, in the agencies' order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanViews.Summary> plans() {
        LocalDate today = time.today();
        List<PlanViews.Summary> summaries = new ArrayList<>();
        for (Row row : NativeSql.query(em, """
                SELECT p.id, g.code, g.name_zh, g.name_en, p.next_report_due,
                       (SELECT COUNT(*) FROM plan_task t JOIN plan_phase h ON h.id = t.phase_id WHERE h.plan_id = p.id),
                       (SELECT COALESCE(SUM(t.percent_done), 0) FROM plan_task t JOIN plan_phase h ON h.id = t.phase_id WHERE h.plan_id = p.id),
                       (SELECT COUNT(*) FROM plan_task t JOIN plan_phase h ON h.id = t.phase_id
                         WHERE h.plan_id = p.id AND t.state <> 'DONE' AND t.due_on < ?)
                FROM work_plan p JOIN agency g ON g.id = p.agency_id ORDER BY g.sort_order, g.code""", today)) {
            int tasks = row.intValue(5);
            int progress = tasks == 0 ? 0 : (int) ((row.longValue(6) * 2 + tasks) / (2L * tasks));
            summaries.add(new PlanViews.Summary(row.longValue(0), row.string(1), new Localized(row.string(2), row.string(3)),
                    progress, tasks, row.intValue(7), row.date(4), ReportSchedule.isOverdue(row.date(4), today)));
        }
        return summaries;
    }

    /** The overdue items of every plan: late reports first, then tasks by due date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanViews.Overdue> overdue() {
        LocalDate today = time.today();
        List<PlanViews.Overdue> items = new ArrayList<>();
        for (Row row : NativeSql.query(em, """
                SELECT g.code, g.name_zh, g.name_en, p.next_report_due FROM work_plan p JOIN agency g ON g.id = p.agency_id
                WHERE p.next_report_due < ? ORDER BY p.next_report_due, g.code""", today)) {
            items.add(new PlanViews.Overdue(row.string(0), new Localized(row.string(1), row.string(2)), null, null, row.date(3)));
        }
        for (Row row : NativeSql.query(em.createNativeQuery("""
                SELECT g.code, g.name_zh, g.name_en, t.title, u.username, t.due_on
                FROM plan_task t JOIN plan_phase h ON h.id = t.phase_id JOIN work_plan p ON p.id = h.plan_id
                JOIN agency g ON g.id = p.agency_id JOIN user_account u ON u.id = t.assignee_id
                WHERE t.state <> 'DONE' AND t.due_on < ? ORDER BY t.due_on, g.code, t.id""").setParameter(1, today).setMaxResults(500))) {
            items.add(new PlanViews.Overdue(row.string(0), new Localized(row.string(1), row.string(2)), row.string(3),
                    row.string(4), row.date(5)));
        }
        return items;
    }

    /** The pilot agencies (roots of the agency trees) that have no plan yet: the entries of the office's "new plan" list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanViews.Department> agenciesWithoutPlan() {
        return NativeSql.query(em, """
                SELECT g.code, g.name_zh, g.name_en FROM agency g
                WHERE g.parent_id IS NULL AND NOT EXISTS (SELECT 1 FROM work_plan p WHERE p.agency_id = g.id)
                ORDER BY g.sort_order, g.code""").stream()
                .map(row -> new PlanViews.Department(row.string(0), new Localized(row.string(1), row.string(2)))).toList();
    }

    // ---- reading one plan

    /** A plan by its id, for the office. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanViews.Plan get(long planId) {
        return find("p.id = ?", planId).orElseThrow(PlanNotFoundException::new);
    }

    /** The plan of an agency, for its staff: empty when the office has made none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanViews.Plan> forAgency(String agencyCode) {
        return find("g.code = ?", agencyCode);
    }

    /** Whether the account is one of the plan's liaison officers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isLiaison(long planId, String username) {
        return !NativeSql.query(em, """
                SELECT 1 FROM plan_liaison l JOIN user_account u ON u.id = l.user_id WHERE l.plan_id = ? AND u.username = ?""",
                planId, username).isEmpty();
    }

    /** The enabled staff accounts (role agency) of the plan's agency: who tasks may go to and who may be liaison. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanViews.Staff> staff(long planId) {
        return NativeSql.query(em, """
                SELECT u.username, u.display_name FROM user_account u JOIN work_plan p ON p.agency_id = u.agency_id
                WHERE p.id = ? AND u.enabled AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'agency')
                ORDER BY u.username""", planId).stream().map(row -> new PlanViews.Staff(row.string(0), row.string(1))).toList();
    }

    /** The agencies below the plan's agency in its tree (cities, departments): the departments tasks may go to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanViews.Department> departments(long planId) {
        return NativeSql.query(em, """
                WITH RECURSIVE below (id) AS (
                  SELECT g.id FROM agency g JOIN work_plan p ON p.agency_id = g.parent_id WHERE p.id = ?
                  UNION ALL SELECT g.id FROM agency g JOIN below b ON g.parent_id = b.id)
                SELECT g.code, g.name_zh, g.name_en FROM agency g JOIN below b ON b.id = g.id ORDER BY g.sort_order, g.code""",
                planId).stream().map(row -> new PlanViews.Department(row.string(0), new Localized(row.string(1), row.string(2))))
                .toList();
    }

    /** The stored file name of a stage report of the agency's plan (any plan when the agency is null, for the office). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> stageReportFile(long reportId, String agencyCodeOrNull) {
        return NativeSql.query(em, """
                SELECT r.file_name, g.code FROM plan_report r JOIN work_plan p ON p.id = r.plan_id JOIN agency g ON g.id = p.agency_id
                WHERE r.id = ? AND r.file_name IS NOT NULL""", reportId).stream()
                .filter(row -> agencyCodeOrNull == null || agencyCodeOrNull.equals(row.string(1)))
                .map(row -> row.string(0)).findFirst();
    }

    private Optional<PlanViews.Plan> find(String where, Object key) {
        List<Row> rows = NativeSql.query(em, """
                SELECT p.id, g.code, g.name_zh, g.name_en, p.overall_goal, p.starts_on, p.ends_on, p.report_every, p.report_unit,
                       p.next_report_due
                FROM work_plan p JOIN agency g ON g.id = p.agency_id WHERE\s""" + where, key);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row plan = rows.get(0);
        long id = plan.longValue(0);
        LocalDate today = time.today();
        Map<Long, List<PlanViews.Step>> steps = new LinkedHashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT s.phase_id, s.id, s.title, s.starts_on, s.ends_on FROM plan_step s JOIN plan_phase h ON h.id = s.phase_id
                WHERE h.plan_id = ? ORDER BY s.starts_on, s.id""", id)) {
            steps.computeIfAbsent(row.longValue(0), k -> new ArrayList<>())
                    .add(new PlanViews.Step(row.longValue(1), row.string(2), row.date(3), row.date(4)));
        }
        Map<Long, List<PlanViews.Task>> tasks = new LinkedHashMap<>();
        List<Integer> percents = new ArrayList<>();
        for (Row row : NativeSql.query(em, """
                SELECT t.phase_id, t.id, t.title, t.department_text, d.code, d.name_zh, d.name_en, u.username, u.display_name,
                       t.due_on, t.state, t.percent_done
                FROM plan_task t JOIN plan_phase h ON h.id = t.phase_id JOIN user_account u ON u.id = t.assignee_id
                LEFT JOIN agency d ON d.id = t.department_agency_id
                WHERE h.plan_id = ? ORDER BY t.due_on, t.id""", id)) {
            TaskState state = TaskState.valueOf(row.string(10));
            percents.add(row.intValue(11));
            tasks.computeIfAbsent(row.longValue(0), k -> new ArrayList<>()).add(new PlanViews.Task(row.longValue(1), row.string(2),
                    row.string(3), row.string(4), row.isNull(4) ? null : new Localized(row.string(5), row.string(6)),
                    row.string(7), row.string(8), row.date(9), state, row.intValue(11),
                    PlanRules.taskOverdue(row.date(9), state, today)));
        }
        List<PlanViews.Phase> phases = NativeSql.query(em, """
                SELECT id, position, goal, target_on FROM plan_phase WHERE plan_id = ? ORDER BY position""", id).stream()
                .map(row -> new PlanViews.Phase(row.longValue(0), row.intValue(1), row.string(2), row.date(3),
                        steps.getOrDefault(row.longValue(0), List.of()), tasks.getOrDefault(row.longValue(0), List.of())))
                .toList();
        List<PlanViews.Staff> liaisons = NativeSql.query(em, """
                SELECT u.username, u.display_name FROM plan_liaison l JOIN user_account u ON u.id = l.user_id
                WHERE l.plan_id = ? ORDER BY u.username""", id).stream()
                .map(row -> new PlanViews.Staff(row.string(0), row.string(1))).toList();
        List<PlanViews.Report> reports = NativeSql.query(em.createNativeQuery("""
                SELECT r.id, r.kind, COALESCE(t.title, h.goal), r.percent_done, r.note, r.file_name IS NOT NULL, r.filed_by, r.filed_at
                FROM plan_report r LEFT JOIN plan_task t ON t.id = r.task_id LEFT JOIN plan_phase h ON h.id = r.phase_id
                WHERE r.plan_id = ? ORDER BY r.filed_at DESC, r.id DESC""").setParameter(1, id).setMaxResults(200)).stream()
                .map(row -> new PlanViews.Report(row.longValue(0), row.string(1), row.string(2),
                        row.isNull(3) ? null : row.intValue(3), row.string(4), row.bool(5), row.string(6), row.dateTime(7)))
                .toList();
        return Optional.of(new PlanViews.Plan(id, plan.string(1), new Localized(plan.string(2), plan.string(3)), plan.string(4),
                plan.date(5), plan.date(6), plan.intValue(7), ReportUnit.valueOf(plan.string(8)), plan.date(9),
                ReportSchedule.isOverdue(plan.date(9), today), PlanRules.progress(percents), phases, liaisons, reports));
    }

    // ---- the office's changes

    /** The header of a plan as the office types it: agency (new plans only), goal, period, interval and next due date. */
    public record PlanInput(String agencyCode, String goal, LocalDate startsOn, LocalDate endsOn, String reportEvery,
                            String reportUnit, LocalDate nextReportDue) {
    }

    /** Makes the plan of a pilot agency (one per agency). */
    @Transactional
    public long create(PlanInput input, String actor) {
        List<FieldError> errors = new ArrayList<>();
        List<Row> agency = NativeSql.query(em, "SELECT id, parent_id FROM agency WHERE code = ?",
                input.agencyCode() == null ? "" : input.agencyCode());
        if (agency.isEmpty() || !agency.get(0).isNull(1)) {
            errors.add(new FieldError("agency", "plan.agency", "choose a pilot agency of the list"));
        } else if (!NativeSql.query(em, "SELECT id FROM work_plan WHERE agency_id = ?", agency.get(0).longValue(0)).isEmpty()) {
            errors.add(new FieldError("agency", "plan.exists", "the agency has a plan already"));
        }
        PlanRules.Header header = header(input, errors);
        fail(errors);
        em.createNativeQuery("""
                INSERT INTO work_plan (agency_id, overall_goal, starts_on, ends_on, report_every, report_unit, next_report_due,
                  report_anchor, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, agency.get(0).longValue(0)).setParameter(2, header.goal()).setParameter(3, input.startsOn())
                .setParameter(4, input.endsOn()).setParameter(5, header.schedule().every())
                .setParameter(6, header.schedule().unit().name()).setParameter(7, input.nextReportDue())
                .setParameter(8, input.nextReportDue()).setParameter(9, actor).setParameter(10, time.now()).executeUpdate();
        long id = NativeSql.query(em, "SELECT id FROM work_plan WHERE agency_id = ?", agency.get(0).longValue(0)).get(0).longValue(0);
        audit.append(actor, "plan.create", "plan:" + id, Map.of("agency", input.agencyCode(), "startsOn",
                input.startsOn().toString(), "endsOn", input.endsOn().toString(), "every", header.schedule().every() + " "
                        + header.schedule().unit(), "nextReportDue", input.nextReportDue().toString()));
        return id;
    }

    /** Changes a plan's header; phases, steps and tasks must stay inside the new period. */
    @Transactional
    public void update(long planId, PlanInput input, String actor) {
        lockPlan(planId);
        List<FieldError> errors = new ArrayList<>();
        PlanRules.Header header = header(input, errors);
        if (errors.isEmpty() && !NativeSql.query(em, """
                SELECT 1 FROM plan_phase h LEFT JOIN plan_task t ON t.phase_id = h.id LEFT JOIN plan_step s ON s.phase_id = h.id
                WHERE h.plan_id = ? AND (h.target_on NOT BETWEEN ? AND ? OR t.due_on NOT BETWEEN ? AND ?
                  OR s.starts_on < ? OR s.ends_on > ?) LIMIT 1""", planId, input.startsOn(), input.endsOn(), input.startsOn(),
                input.endsOn(), input.startsOn(), input.endsOn()).isEmpty()) {
            errors.add(new FieldError("endsOn", "plan.period.items", "phases, steps or tasks fall outside the new period"));
        }
        fail(errors);
        em.createNativeQuery("""
                UPDATE work_plan SET overall_goal = ?, starts_on = ?, ends_on = ?, report_every = ?, report_unit = ?,
                  next_report_due = ?, report_anchor = ?, version = version + 1 WHERE id = ?""")
                .setParameter(1, header.goal()).setParameter(2, input.startsOn()).setParameter(3, input.endsOn())
                .setParameter(4, header.schedule().every()).setParameter(5, header.schedule().unit().name())
                .setParameter(6, input.nextReportDue()).setParameter(7, input.nextReportDue()).setParameter(8, planId).executeUpdate();
        audit.append(actor, "plan.update", "plan:" + planId, Map.of("startsOn", input.startsOn().toString(), "endsOn",
                input.endsOn().toString(), "every", header.schedule().every() + " " + header.schedule().unit(), "nextReportDue",
                input.nextReportDue().toString()));
    }

    private static PlanRules.Header header(PlanInput input, List<FieldError> errors) {
        return PlanRules.header(input.goal(), input.startsOn(), input.endsOn(), input.reportEvery(), input.reportUnit(),
                input.nextReportDue(), errors);
    }

    /** Adds a phase after the others: its target date inside the plan and not before the previous phase's. */
    @Transactional
    public void addPhase(long planId, String goal, LocalDate targetOn, String actor) {
        Row plan = lockPlan(planId);
        List<FieldError> errors = new ArrayList<>();
        String text = PlanRules.phase(goal, targetOn, plan.date(1), plan.date(2), errors);
        List<Row> last = NativeSql.query(em, "SELECT position, target_on FROM plan_phase WHERE plan_id = ? ORDER BY position DESC LIMIT 1",
                planId);
        if (targetOn != null && !last.isEmpty() && targetOn.isBefore(last.get(0).date(1))) {
            errors.add(new FieldError("targetOn", "plan.phase.order", "the target date is before the previous phase's",
                    last.get(0).date(1).toString()));
        }
        fail(errors);
        int position = last.isEmpty() ? 1 : last.get(0).intValue(0) + 1;
        em.createNativeQuery("INSERT INTO plan_phase (plan_id, position, goal, target_on) VALUES (?, ?, ?, ?)")
                .setParameter(1, planId).setParameter(2, position).setParameter(3, text).setParameter(4, targetOn).executeUpdate();
        audit.append(actor, "plan.phase.add", "plan:" + planId, Map.of("position", String.valueOf(position), "goal", text,
                "targetOn", targetOn.toString()));
    }

    /** Adds a step with its dates, inside the plan, under one of the plan's phases. */
    @Transactional
    public void addStep(long planId, long phaseId, String title, LocalDate startsOn, LocalDate endsOn, String actor) {
        Row plan = lockPlan(planId);
        List<FieldError> errors = new ArrayList<>();
        phaseOf(planId, phaseId, "stepPhase", errors);
        String text = PlanRules.step(title, startsOn, endsOn, plan.date(1), plan.date(2), errors);
        fail(errors);
        em.createNativeQuery("INSERT INTO plan_step (phase_id, title, starts_on, ends_on) VALUES (?, ?, ?, ?)")
                .setParameter(1, phaseId).setParameter(2, text).setParameter(3, startsOn).setParameter(4, endsOn).executeUpdate();
        audit.append(actor, "plan.step.add", "plan:" + planId, Map.of("phase", String.valueOf(phaseId), "title", text,
                "startsOn", startsOn.toString(), "endsOn", endsOn.toString()));
    }

    /** A task as the office types it: phase, title, department (text or a child agency's code), assignee and due date. */
    public record TaskInput(long phaseId, String title, String departmentText, String departmentCode, String assignee,
                            LocalDate dueOn) {
    }

    /** Adds a task to one of the plan's phases, assigned to a staff account of the plan's agency. */
    @Transactional
    public void addTask(long planId, TaskInput input, String actor) {
        Row plan = lockPlan(planId);
        List<FieldError> errors = new ArrayList<>();
        phaseOf(planId, input.phaseId(), "taskPhase", errors);
        String[] texts = PlanRules.task(input.title(), input.departmentText(), input.dueOn(), plan.date(1), plan.date(2), errors);
        String title = texts[0];
        String departmentText = texts[1];
        Long departmentId = null;
        if (input.departmentCode() != null && !input.departmentCode().isBlank()) {
            departmentId = departments(planId).stream().filter(d -> d.code().equals(input.departmentCode())).findFirst()
                    .map(d -> NativeSql.query(em, "SELECT id FROM agency WHERE code = ?", d.code()).get(0).longValue(0))
                    .orElse(null);
            if (departmentId == null) {
                errors.add(new FieldError("departmentAgency", "plan.department.agency", "not a department of the plan's agency"));
            }
        } else if (departmentText == null) {
            errors.add(new FieldError("department", "plan.department", "name the department, or choose one of the list"));
        }
        Long assignee = staffId(planId, input.assignee(), "assignee", "plan.assignee", errors);
        fail(errors);
        em.createNativeQuery("""
                INSERT INTO plan_task (phase_id, title, department_text, department_agency_id, assignee_id, due_on, state, percent_done)
                VALUES (?, ?, ?, ?, ?, ?, 'NOT_STARTED', 0)""")
                .setParameter(1, input.phaseId()).setParameter(2, title).setParameter(3, departmentText)
                .setParameter(4, departmentId).setParameter(5, assignee).setParameter(6, input.dueOn()).executeUpdate();
        audit.append(actor, "plan.task.add", "plan:" + planId, Map.of("phase", String.valueOf(input.phaseId()), "title", title,
                "department", departmentText != null ? departmentText : input.departmentCode(), "assignee", input.assignee(),
                "dueOn", input.dueOn().toString()));
    }

    /** The office changes a task's state, assignee or due date. */
    @Transactional
    public void updateTask(long planId, long taskId, String state, String assignee, LocalDate dueOn, String actor) {
        Row plan = lockPlan(planId);
        taskOf(planId, taskId);
        List<FieldError> errors = new ArrayList<>();
        Optional<TaskState> chosen = PlanRules.state(state, errors);
        Long assigneeId = staffId(planId, assignee, "assignee", "plan.assignee", errors);
        PlanRules.dueOn(dueOn, plan.date(1), plan.date(2), errors);
        fail(errors);
        // The state the office sets wins over the percentage: DONE is 100 %, NOT_STARTED 0 %.
        em.createNativeQuery("""
                UPDATE plan_task SET state = ?, assignee_id = ?, due_on = ?,
                  percent_done = CASE ? WHEN 'DONE' THEN 100 WHEN 'NOT_STARTED' THEN 0 ELSE LEAST(GREATEST(percent_done, 1), 99) END,
                  version = version + 1 WHERE id = ?""")
                .setParameter(1, chosen.get().name()).setParameter(2, assigneeId).setParameter(3, dueOn)
                .setParameter(4, chosen.get().name()).setParameter(5, taskId).executeUpdate();
        audit.append(actor, "plan.task.update", "plan-task:" + taskId, Map.of("state", chosen.get().name(), "assignee", assignee,
                "dueOn", dueOn.toString()));
    }

    /** Designates a staff account of the plan's agency as liaison officer, or withdraws the designation. */
    @Transactional
    public void setLiaison(long planId, String username, boolean liaison, String actor) {
        lockPlan(planId);
        List<FieldError> errors = new ArrayList<>();
        Long userId = staffId(planId, username, "liaison", "plan.liaison", errors);
        fail(errors);
        if (liaison) {
            em.createNativeQuery("INSERT IGNORE INTO plan_liaison (plan_id, user_id, named_by, named_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, planId).setParameter(2, userId).setParameter(3, actor).setParameter(4, time.now()).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM plan_liaison WHERE plan_id = ? AND user_id = ?").setParameter(1, planId)
                    .setParameter(2, userId).executeUpdate();
        }
        audit.append(actor, liaison ? "plan.liaison.designate" : "plan.liaison.withdraw", "plan:" + planId,
                Map.of("account", username));
    }

    // ---- the liaison officers' reports

    /** A liaison officer reports progress on a task of the agency's plan: the percentage sets the task's state. */
    @Transactional
    public void reportProgress(String agencyCode, long taskId, String percent, String note, String actor) {
        Row plan = liaisonPlan(agencyCode, actor);
        long planId = plan.longValue(0);
        taskOf(planId, taskId);
        List<FieldError> errors = new ArrayList<>();
        Optional<Integer> value = PlanRules.percent(percent, errors);
        String text = PlanRules.progressNote(note, errors);
        fail(errors);
        int done = value.get();
        em.createNativeQuery("UPDATE plan_task SET percent_done = ?, state = ?, version = version + 1 WHERE id = ?")
                .setParameter(1, done).setParameter(2, PlanRules.stateFor(done).name()).setParameter(3, taskId).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO plan_report (plan_id, kind, task_id, percent_done, note, filed_by, filed_at)
                VALUES (?, 'PROGRESS', ?, ?, ?, ?, ?)""")
                .setParameter(1, planId).setParameter(2, taskId).setParameter(3, done).setParameter(4, text)
                .setParameter(5, actor).setParameter(6, time.now()).executeUpdate();
        LocalDate next = advanceSchedule(plan);
        audit.append(actor, "plan.report.progress", "plan-task:" + taskId, Map.of("percent", String.valueOf(done), "note", text,
                "nextReportDue", next.toString()));
    }

    /** A PDF attached to a stage report, checked by the caller (type from the bytes, size), and how to store it once the report is valid. */
    public record Attachment(String originalName, String sha256, java.util.function.Supplier<String> store) {
    }

    /** A liaison officer files a stage report on a phase of the agency's plan, with a PDF or without. */
    @Transactional
    public void fileStageReport(String agencyCode, long phaseId, String note, Attachment attachment, String actor) {
        Row plan = liaisonPlan(agencyCode, actor);
        long planId = plan.longValue(0);
        if (NativeSql.query(em, "SELECT id FROM plan_phase WHERE id = ? AND plan_id = ?", phaseId, planId).isEmpty()) {
            throw new PlanNotFoundException();
        }
        List<FieldError> errors = new ArrayList<>();
        String text = PlanRules.stageNote(note, errors);
        fail(errors);
        String stored = attachment == null ? null : attachment.store().get();
        em.createNativeQuery("""
                INSERT INTO plan_report (plan_id, kind, phase_id, note, file_name, original_name, sha256, filed_by, filed_at)
                VALUES (?, 'STAGE', ?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, planId).setParameter(2, phaseId).setParameter(3, text).setParameter(4, stored)
                .setParameter(5, attachment == null ? null : attachment.originalName())
                .setParameter(6, attachment == null ? null : attachment.sha256()).setParameter(7, actor)
                .setParameter(8, time.now()).executeUpdate();
        LocalDate next = advanceSchedule(plan);
        Map<String, String> data = new LinkedHashMap<>();
        data.put("phase", String.valueOf(phaseId));
        data.put("note", text);
        data.put("nextReportDue", next.toString());
        if (attachment != null) {
            data.put("sha256", attachment.sha256());
        }
        audit.append(actor, "plan.report.stage", "plan:" + planId, data);
    }

    /** A report settles the period due: the next due date is the schedule's first one after it and after today. */
    private LocalDate advanceSchedule(Row plan) {
        ReportSchedule schedule = new ReportSchedule(plan.intValue(3), ReportUnit.valueOf(plan.string(4)));
        LocalDate next = schedule.nextDue(plan.date(6), plan.date(5), time.today());
        em.createNativeQuery("UPDATE work_plan SET next_report_due = ? WHERE id = ?").setParameter(1, next)
                .setParameter(2, plan.longValue(0)).executeUpdate();
        return next;
    }

    /** The agency's plan, locked, if the actor is one of its liaison officers; else not found (another agency) or refused. */
    private Row liaisonPlan(String agencyCode, String actor) {
        List<Row> rows = NativeSql.query(em, """
                SELECT p.id, p.starts_on, p.ends_on, p.report_every, p.report_unit, p.next_report_due, p.report_anchor
                FROM work_plan p JOIN agency g ON g.id = p.agency_id WHERE g.code = ? FOR UPDATE""", agencyCode);
        if (rows.isEmpty()) {
            throw new PlanNotFoundException();
        }
        if (!isLiaison(rows.get(0).longValue(0), actor)) {
            throw new NotLiaisonException();
        }
        return rows.get(0);
    }

    private Row lockPlan(long planId) {
        List<Row> rows = NativeSql.query(em, "SELECT id, starts_on, ends_on FROM work_plan WHERE id = ? FOR UPDATE", planId);
        if (rows.isEmpty()) {
            throw new PlanNotFoundException();
        }
        return rows.get(0);
    }

    private void phaseOf(long planId, long phaseId, String field, List<FieldError> errors) {
        if (NativeSql.query(em, "SELECT id FROM plan_phase WHERE id = ? AND plan_id = ?", phaseId, planId).isEmpty()) {
            errors.add(new FieldError(field, "plan.phase", field + " is not one of the plan's phases"));
        }
    }

    private void taskOf(long planId, long taskId) {
        if (NativeSql.query(em, """
                SELECT t.id FROM plan_task t JOIN plan_phase h ON h.id = t.phase_id WHERE t.id = ? AND h.plan_id = ?""",
                taskId, planId).isEmpty()) {
            throw new PlanNotFoundException();
        }
    }

    /** The id of a staff account of the plan's agency, or an error naming the field (another agency's account included). */
    private Long staffId(long planId, String username, String field, String code, List<FieldError> errors) {
        List<Row> rows = NativeSql.query(em, """
                SELECT u.id FROM user_account u JOIN work_plan p ON p.agency_id = u.agency_id
                WHERE p.id = ? AND u.username = ? AND u.enabled
                  AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'agency')""",
                planId, username == null ? "" : username);
        if (rows.isEmpty()) {
            errors.add(new FieldError(field, code, field + " must be a staff account of the plan's agency"));
            return null;
        }
        return rows.get(0).longValue(0);
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
