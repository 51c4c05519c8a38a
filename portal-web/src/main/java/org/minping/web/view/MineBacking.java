package org.minping.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.appraisal.AppraisalStatusView;
import org.minping.core.appraisal.CitizenAppraisals;
import org.minping.web.security.PortalPrincipal;
import org.minping.web.security.CurrentUser;

/** A signed-in citizen's own appraisals with their status and the reasons they are told. */
@Named
@ViewScoped
public class MineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient CitizenAppraisals citizenAppraisals;

    private List<AppraisalStatusView> appraisals = List.of();

    public void load() {
        SecurityUtils.getSubject().checkPermission("appraisal:read-own");
        PortalPrincipal principal = currentUser.principal();
        appraisals = citizenAppraisals.ofAccount(principal.username());
    }

    public List<AppraisalStatusView> getAppraisals() {
        return appraisals;
    }
}
