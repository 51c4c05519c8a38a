package org.minping.web.view.desk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.account.AccountService;
import org.minping.core.rectification.RectificationNotFoundException;
import org.minping.core.rectification.RectificationService;
import org.minping.core.rectification.RectificationTask;
import org.minping.web.security.CurrentUser;
import org.minping.web.security.EvidenceUploads;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/** Agency staff's rectification tasks: their own agency's only; a plan and evidence files for each. */
@Named
@ViewScoped
public class RectificationDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient RectificationService rectifications;

    @Inject
    transient AccountService accounts;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient Clock clock;

    private long id;
    private List<RectificationTask> list = List.of();
    private RectificationTask task;
    private String plan;
    private transient Part evidence;
    private final FormFeedback feedback = new FormFeedback();

    public void loadList() {
        list = rectifications.forAgency(agency());
    }

    public void loadOne() throws IOException {
        try {
            task = rectifications.get(id, agency());
            plan = task.plan();
        } catch (RectificationNotFoundException notFound) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such rectification task");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void submitPlan() {
        String agency = agency();
        if (feedback.attempt(pageProblems, "plan", () -> rectifications.submitPlan(id, agency, plan, currentUser.username()))) {
            feedback.notice(messages.get("rectification.plan.saved"));
        }
        task = rectifications.get(id, agency);
    }

    public void uploadEvidence() {
        String agency = agency();
        if (feedback.attempt(pageProblems, "evidence",
                () -> EvidenceUploads.store(rectifications, id, agency, evidence, currentUser.username()))) {
            feedback.notice(messages.get("rectification.evidence.saved"));
        }
        task = rectifications.get(id, agency);
    }

    public boolean overdue(RectificationTask item) {
        return item.overdueOn(LocalDate.now(clock));
    }

    /** Staff of no agency have no tasks: an empty list, and every task "not found". */
    private String agency() {
        SecurityUtils.getSubject().checkPermission("rectification:respond");
        return accounts.findAgencyCode(currentUser.username()).orElse("");
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public List<RectificationTask> getList() {
        return list;
    }

    public RectificationTask getTask() {
        return task;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }
}
