package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.followup.FollowUpService;
import org.minping.core.followup.FollowUpView;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;

/** Administrators' list of overdue bad-review follow-ups; the check also runs every ten minutes. */
@Named
@ViewScoped
public class EscalationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient FollowUpService followUps;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private List<FollowUpView> escalated = List.of();
    private String notice;

    public void load() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        escalated = followUps.escalated();
    }

    public void checkNow() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        String actor = currentUser.username();
        int count = followUps.escalateOverdue(LocalDate.now(clock), actor);
        notice = messages.get("followup.escalated.checked", count);
        escalated = followUps.escalated();
    }

    public List<FollowUpView> getEscalated() {
        return escalated;
    }

    public String getNotice() {
        return notice;
    }
}
