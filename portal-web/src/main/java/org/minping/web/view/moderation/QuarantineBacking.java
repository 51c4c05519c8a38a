package org.minping.web.view.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.moderation.bomb.QuarantineService;
import org.minping.moderation.bomb.QuarantineService.Quarantine;
import org.minping.web.security.CurrentUser;

/** Review-bomb quarantine groups: detected on demand, each confirmed (its appraisals rejected) or released. */
@Named
@ViewScoped
public class QuarantineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    QueueFeedbackBacking feedback;

    @Inject
    transient QuarantineService quarantines;

    @Inject
    transient Event<QueueListsChanged> listsChanged;

    private List<Quarantine> openQuarantines = List.of();

    @PostConstruct
    void read() {
        openQuarantines = quarantines.open();
    }

    void reread(@Observes(notifyObserver = Reception.IF_EXISTS) QueueListsChanged changed) {
        read();
    }

    /** Runs review-bomb detection, bursts and slow brigades, now instead of waiting for the next sweep. */
    public void detectNow() {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        int created = quarantines.detect().size() + quarantines.detectSlowBrigades().size();
        feedback.clear();
        feedback.notice("quarantine.detected", created);
        listsChanged.fire(new QueueListsChanged());
    }

    public void confirmQuarantine(long id) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        quarantines.confirm(id, currentUser.username());
        feedback.notice("quarantine.confirmed");
        listsChanged.fire(new QueueListsChanged());
    }

    public void releaseQuarantine(long id) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        quarantines.release(id, currentUser.username());
        feedback.notice("quarantine.released");
        listsChanged.fire(new QueueListsChanged());
    }

    public List<Quarantine> getQuarantines() {
        return openQuarantines;
    }
}
