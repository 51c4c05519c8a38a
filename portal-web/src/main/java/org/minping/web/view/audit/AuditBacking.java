package org.minping.web.view.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.minping.core.audit.AuditEvent;
import org.minping.core.audit.AuditLog;
import org.minping.web.view.Messages;

/** The auditors' page: verify the chain and read the newest events. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog audit;

    @Inject
    transient org.minping.core.appraisal.AppealService appeals;

    @Inject
    transient Messages messages;

    private AuditLog.Verification verification;
    private List<AuditEvent> latest = List.of();

    public void load() {
        latest = audit.latest(50);
    }

    public void verify() {
        verification = audit.verify();
        latest = audit.latest(50);
    }

    public AuditLog.Verification getVerification() {
        return verification;
    }

    /** Appeal outcomes: auditors follow how often moderators' decisions are overturned. */
    public java.util.Map<String, Long> getAppealStatistics() {
        return appeals.statistics();
    }

    /** What an event did, in the page's language; the code itself for an action the bundles do not name. */
    public String actionName(String action) {
        return messages.getOrDefault("audit.action." + action, action);
    }

    public List<AuditEvent> getLatest() {
        return latest;
    }
}
