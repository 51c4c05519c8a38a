package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.account.Role;
import org.minping.core.account.StaffAccounts;
import org.minping.core.agency.AgencyQuery;
import org.minping.core.agency.AgencyService;
import org.minping.core.agency.AgencySummary;
import org.minping.core.assessment.EvaluatorService;
import org.minping.core.twofactor.TwoFactorService;
import org.minping.web.config.PublicAddress;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * Administrators invite the people who work in the portal (role and scope picked from lists), disable
 * or enable their accounts, and reset a lost phone's two-factor sign-in.
 */
@Named
@ViewScoped
public class StaffAccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient StaffAccounts accounts;

    @Inject
    transient TwoFactorService twoFactor;

    @Inject
    transient AgencyService agencyService;

    @Inject
    transient EvaluatorService evaluators;

    @Inject
    transient PublicAddress publicAddress;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private List<StaffAccounts.StaffAccount> list = List.of();
    private List<AgencySummary> agencies = List.of();
    private List<EvaluatorService.Organisation> organisations = List.of();
    private String username;
    private String displayName;
    private Role role;
    private String agency;
    private String org;
    private String link;
    private String linkFor;
    private final FormFeedback feedback = new FormFeedback();

    public void load() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        agencies = agencyService.search(AgencyQuery.all());
        organisations = evaluators.organisations();
        list = accounts.list();
    }

    public void invite() {
        act("invite", () -> {
            String token = accounts.invite(new StaffAccounts.Invitation(username, displayName, role, agency, org), currentUser.username());
            showLink(username, token);
            username = null;
            displayName = null;
        });
    }

    public void reinvite(String account) {
        act(null, () -> showLink(account, accounts.reinvite(account, currentUser.username())));
    }

    public void disable(String account) {
        act(null, () -> {
            accounts.setEnabled(account, false, currentUser.username());
            feedback.notice(messages.get("staff.disabled", account));
        });
    }

    public void enable(String account) {
        act(null, () -> {
            accounts.setEnabled(account, true, currentUser.username());
            feedback.notice(messages.get("staff.enabled", account));
        });
    }

    /** Turns off someone's two-factor sign-in (a lost phone): audited; they sign in with the password again. */
    public void resetTwoFactor(String account) {
        act(null, () -> {
            twoFactor.reset(account, currentUser.username());
            feedback.notice(messages.get("staff.twoFactor.resetDone", account));
        });
    }

    private void showLink(String account, String token) {
        link = publicAddress.of("invitation?token=" + token);
        linkFor = account;
    }

    private void act(String form, Runnable change) {
        SecurityUtils.getSubject().checkPermission("admin:access");
        link = null;
        feedback.attempt(pageProblems, form, change);
        list = accounts.list();
    }

    public List<Role> getRoles() {
        return StaffAccounts.staffRoles();
    }

    public List<StaffAccounts.StaffAccount> getList() {
        return list;
    }

    public List<AgencySummary> getAgencies() {
        return agencies;
    }

    public List<EvaluatorService.Organisation> getOrganisations() {
        return organisations;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getOrg() {
        return org;
    }

    public void setOrg(String org) {
        this.org = org;
    }

    public String getLink() {
        return feedback.isRefused() ? null : link;
    }

    /** Says whose link is shown, and that it is shown only now. */
    public String getLinkNotice() {
        return messages.get("staff.link", linkFor);
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public List<String> getProblems() {
        return feedback.getProblems();
    }

    public String getNotice() {
        return feedback.getNotice();
    }
}
