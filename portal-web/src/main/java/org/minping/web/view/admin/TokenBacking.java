package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.account.ApiTokens;
import org.minping.core.assessment.EvaluatorService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.PageProblems;

/**
 * Administrators issue API tokens for other systems (shown once; assessments tokens belong to an
 * evaluator organisation, picked from the list) and revoke them.
 */
@Named
@ViewScoped
public class TokenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ApiTokens tokens;

    @Inject
    transient EvaluatorService evaluators;

    @Inject
    transient PageProblems pageProblems;

    private List<ApiTokens.TokenView> list = List.of();
    private List<EvaluatorService.Organisation> organisations = List.of();
    private String name;
    private String scope = ApiTokens.INTERNAL_SCORES;
    private String org;
    private String issued;
    private final FormFeedback feedback = new FormFeedback();

    public void load() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        list = tokens.list();
        organisations = evaluators.organisations();
    }

    public void issue() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        issued = null;
        feedback.attempt(pageProblems, "issue", () -> {
            issued = tokens.issue(name, scope, org, currentUser.username());
            name = null;
        });
        load();
    }

    public void revoke(long id) {
        SecurityUtils.getSubject().checkPermission("admin:access");
        tokens.revoke(id, currentUser.username());
        issued = null;
        load();
    }

    public List<ApiTokens.TokenView> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getOrg() {
        return org;
    }

    public void setOrg(String org) {
        this.org = org;
    }

    /** The token just issued, shown once: not again when the next sending of the form is refused. */
    public String getIssued() {
        return feedback.isRefused() ? null : issued;
    }

    public List<String> getScopes() {
        return ApiTokens.SCOPES;
    }

    public List<EvaluatorService.Organisation> getOrganisations() {
        return organisations;
    }

    public FormFeedback getFeedback() {
        return feedback;
    }

    public List<String> getProblems() {
        return feedback.getProblems();
    }
}
