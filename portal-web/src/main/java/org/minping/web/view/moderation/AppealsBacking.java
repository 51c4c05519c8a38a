package org.minping.web.view.moderation;

import static org.minping.web.view.PageProblems.when;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.appraisal.AppealNotAllowedException;
import org.minping.core.appraisal.AppealService;
import org.minping.core.appraisal.AppealService.AppealView;
import org.minping.web.config.ModerationSettings;
import org.minping.web.security.CurrentUser;

/** Open appeals of authors against rejections and contests of agencies: overturned (granted) or upheld (denied). */
@Named
@ViewScoped
public class AppealsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationSettings settings;

    @Inject
    QueueFeedbackBacking feedback;

    @Inject
    transient AppealService appeals;

    @Inject
    transient Event<QueueListsChanged> listsChanged;

    private List<AppealView> openAppeals = List.of();
    private LocalDate overdueIfFiledBy;

    @PostConstruct
    void read() {
        openAppeals = appeals.open();
        overdueIfFiledBy = appeals.overdueIfFiledOnOrBefore(settings.appealSlaWorkingDays());
    }

    void reread(@Observes(notifyObserver = Reception.IF_EXISTS) QueueListsChanged changed) {
        read();
    }

    public void decideAppeal(long id, boolean overturn) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        feedback.clear();
        feedback.attempt(() -> {
            appeals.decide(id, overturn, currentUser.username());
            feedback.notice(overturn ? "appeal.overturned" : "appeal.upheld");
        }, when(AppealNotAllowedException.class, notAllowed -> switch (notAllowed.why()) {
            case SAME_MODERATOR -> "appeal.sameModerator";
            case OWN_AGENCY -> "appeal.ownAgency";
            default -> "appeal.notAllowed";
        }));
        listsChanged.fire(new QueueListsChanged());
    }

    /** Whether the appeal has waited past its deadline for a decision: marked overdue in the list. */
    public boolean appealOverdue(AppealView appeal) {
        return overdueIfFiledBy != null && !appeal.filedAtUtc().toLocalDate().isAfter(overdueIfFiledBy);
    }

    public List<AppealView> getAppeals() {
        return openAppeals;
    }
}
