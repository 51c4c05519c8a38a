package org.minping.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.apache.shiro.SecurityUtils;
import org.minping.core.account.VerificationService;
import org.minping.web.security.AccountThrottle;
import org.minping.web.security.CurrentUser;

/** A citizen proves they hold the e-mail address or mobile number they registered with. */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient VerificationService verification;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient AccountThrottle throttle;

    private boolean verified;
    private boolean sent;
    private String code;
    private String problem;
    private String sendProblem;

    public void load() {
        SecurityUtils.getSubject().checkPermission("appraisal:read-own");
        verified = verification.isVerified(currentUser.username());
    }

    public void send() {
        SecurityUtils.getSubject().checkPermission("appraisal:read-own");
        String username = currentUser.username();
        long wait = throttle.takeCode(username);
        if (wait > 0) {
            sent = false;
            sendProblem = messages.get("verify.tooMany", (wait + 59) / 60);
            return;
        }
        verification.start(username);
        sent = true;
        sendProblem = null;
    }

    public void confirm() {
        SecurityUtils.getSubject().checkPermission("appraisal:read-own");
        problem = pageProblems.first(() -> {
            verification.confirm(currentUser.username(), code);
            verified = true;
        });
    }

    public boolean isVerified() {
        return verified;
    }

    public boolean isSent() {
        return sent;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSendProblem() {
        return sendProblem;
    }

    public String getProblem() {
        return problem;
    }
}
