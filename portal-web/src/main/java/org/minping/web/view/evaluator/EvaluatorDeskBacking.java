package org.minping.web.view.evaluator;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.SecurityUtils;
import org.minping.core.assessment.EvaluatorService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/** An evaluator's own organisation's assignments, and its conflict-of-interest declarations. */
@Named
@ViewScoped
public class EvaluatorDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient EvaluatorService evaluators;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private String organisation;
    private List<EvaluatorService.Assignment> assignments = List.of();
    private final Map<String, Boolean> conflicts = new HashMap<>();
    private final Map<String, String> statements = new HashMap<>();
    private String problem;
    private String notice;

    public void load() {
        SecurityUtils.getSubject().checkPermission("assessment:upload");
        organisation = evaluators.organisationOf(currentUser.username()).orElse(null);
        assignments = organisation == null ? List.of() : evaluators.assignments(organisation);
    }

    /** Declares for the agency of a row, with what was entered on that row. */
    public void declare(EvaluatorService.Assignment row) {
        SecurityUtils.getSubject().checkPermission("assessment:upload");
        notice = null;
        String key = rowKey(row);
        problem = pageProblems.first(() -> {
            evaluators.declare(organisation, row.agencyCode(), Boolean.TRUE.equals(conflicts.get(key)),
                    statements.get(key), currentUser.username());
            notice = messages.get("evaluators.declared");
        });
        load();
    }

    /** What a row's answers are kept under: its agency and cycle, as an agency may be assigned in several cycles. */
    public String rowKey(EvaluatorService.Assignment row) {
        return row.agencyCode() + "/" + row.cycleCode();
    }


    public String getOrganisation() {
        return organisation;
    }

    public List<EvaluatorService.Assignment> getAssignments() {
        return assignments;
    }

    public Map<String, Boolean> getConflicts() {
        return conflicts;
    }

    public Map<String, String> getStatements() {
        return statements;
    }

    public String getProblem() {
        return problem;
    }

    public String getNotice() {
        return notice;
    }
}
