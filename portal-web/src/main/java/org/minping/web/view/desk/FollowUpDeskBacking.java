package org.minping.web.view.desk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.account.AccountService;
import org.minping.core.appraisal.AppealNotAllowedException;
import org.minping.core.followup.FollowUpNotFoundException;
import org.minping.core.followup.FollowUpService;
import org.minping.core.followup.FollowUpView;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/** Agency staff's desk: their agency's bad-review follow-ups, a call-back and a rectification for each. */
@Named
@ViewScoped
public class FollowUpDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient FollowUpService followUps;

    @Inject
    transient AccountService accounts;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient Clock clock;

    private long id;
    private List<FollowUpView> list = List.of();
    private FollowUpView followUp;
    private String callbackNote;
    private String rectificationNote;
    private String contestStatement;
    private String contestStatus;
    private String problem;
    private String notice;

    public void loadList() {
        list = followUps.forAgency(agency());
    }

    public void loadOne() throws IOException {
        try {
            followUp = followUps.get(id, agency());
            contestStatus = followUps.contestStatus(id).orElse(null);
        } catch (FollowUpNotFoundException notFound) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such follow-up");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void saveCallback() {
        act(() -> followUps.recordCallback(id, agency(), callbackNote, currentUser.username()), "followup.callback.saved");
    }

    /** The agency holds the review malicious and asks a moderator to reject it. */
    public void contest() {
        notice = null;
        problem = pageProblems.first(() -> {
            followUps.contest(id, agency(), contestStatement, currentUser.username());
            notice = messages.get("contest.filed");
        }, PageProblems.when(AppealNotAllowedException.class, "contest.notAllowed"));
        contestStatus = followUps.contestStatus(id).orElse(null);
    }

    public void saveRectification() {
        act(() -> followUps.recordRectification(id, agency(), rectificationNote, currentUser.username()), "followup.rectification.saved");
    }

    private void act(Runnable step, String noticeKey) {
        notice = null;
        problem = pageProblems.first(() -> {
            step.run();
            notice = messages.get(noticeKey);
        });
        followUp = followUps.get(id, agency());
    }

    public boolean overdue(FollowUpView view) {
        return view.overdueOn(LocalDate.now(clock));
    }

    /** Staff of no agency have no desk: they see an empty list, and every follow-up is "not found". */
    private String agency() {
        SecurityUtils.getSubject().checkPermission("feedback:respond");
        return accounts.findAgencyCode(currentUser.username()).orElse("");
    }


    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public List<FollowUpView> getList() {
        return list;
    }

    public FollowUpView getFollowUp() {
        return followUp;
    }

    public String getCallbackNote() {
        return callbackNote;
    }

    public void setCallbackNote(String callbackNote) {
        this.callbackNote = callbackNote;
    }

    public String getRectificationNote() {
        return rectificationNote;
    }

    public void setRectificationNote(String rectificationNote) {
        this.rectificationNote = rectificationNote;
    }

    public String getContestStatement() {
        return contestStatement;
    }

    public void setContestStatement(String contestStatement) {
        this.contestStatement = contestStatement;
    }

    public String getContestStatus() {
        return contestStatus;
    }

    public String getProblem() {
        return problem;
    }

    public String getNotice() {
        return notice;
    }
}
