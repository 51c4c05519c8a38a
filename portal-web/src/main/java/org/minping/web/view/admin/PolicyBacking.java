package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.twofactor.TwoFactorService;
import org.minping.moderation.intake.ModerationPolicy;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;

/**
 * Administrators switch pre-moderation (hold everything for a moderator) per agency and per cycle,
 * and whether moderators, administrators and auditors must sign in with a second factor.
 */
@Named
@ViewScoped
public class PolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ModerationPolicy policy;

    @Inject
    transient TwoFactorService twoFactor;

    @Inject
    transient Messages messages;

    private List<ModerationPolicy.Switch> agencies = List.of();
    private List<ModerationPolicy.Switch> cycles = List.of();
    private boolean twoFactorRequired;
    private String notice;

    public void load() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        agencies = policy.agencies();
        cycles = policy.cycles();
        twoFactorRequired = twoFactor.isRequired();
    }

    public void switchTwoFactor(boolean required) {
        SecurityUtils.getSubject().checkPermission("admin:access");
        twoFactor.setRequired(required, currentUser.username());
        notice = messages.get("policy.saved");
        load();
    }

    public boolean isTwoFactorRequired() {
        return twoFactorRequired;
    }

    public void switchAgency(String code, boolean preModeration) {
        SecurityUtils.getSubject().checkPermission("admin:access");
        policy.setForAgency(code, preModeration, currentUser.username());
        notice = messages.get("policy.saved");
        load();
    }

    public void switchCycle(String code, boolean preModeration) {
        SecurityUtils.getSubject().checkPermission("admin:access");
        policy.setForCycle(code, preModeration, currentUser.username());
        notice = messages.get("policy.saved");
        load();
    }

    public List<ModerationPolicy.Switch> getAgencies() {
        return agencies;
    }

    public List<ModerationPolicy.Switch> getCycles() {
        return cycles;
    }

    public String getNotice() {
        return notice;
    }
}
