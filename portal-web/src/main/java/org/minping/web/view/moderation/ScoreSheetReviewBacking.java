package org.minping.web.view.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.SecurityUtils;
import org.minping.core.assessment.ScoreSheetService;
import org.minping.core.assessment.ScoreSheetService.Sheet;
import org.minping.web.security.CurrentUser;

/** Four eyes on uploaded score sheets: someone of no part in the uploading organisation accepts or returns each. */
@Named
@ViewScoped
public class ScoreSheetReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    QueueFeedbackBacking feedback;

    @Inject
    transient ScoreSheetService scoreSheets;

    @Inject
    transient Event<QueueListsChanged> listsChanged;

    private List<Sheet> pendingSheets = List.of();
    private final Map<Long, String> sheetReturnReasons = new HashMap<>();

    @PostConstruct
    void read() {
        pendingSheets = scoreSheets.pending();
    }

    void reread(@Observes(notifyObserver = Reception.IF_EXISTS) QueueListsChanged changed) {
        read();
    }

    public void decideSheet(long sheetId, boolean accept) {
        SecurityUtils.getSubject().checkPermission("appraisal:moderate");
        feedback.clear();
        feedback.attempt(() -> {
            scoreSheets.decide(sheetId, accept, sheetReturnReasons.get(sheetId), currentUser.username());
            feedback.notice(accept ? "sheets.accepted" : "sheets.returned");
        });
        listsChanged.fire(new QueueListsChanged());
    }

    public List<Sheet> getPendingSheets() {
        return pendingSheets;
    }

    public Map<Long, String> getSheetReturnReasons() {
        return sheetReturnReasons;
    }
}
