package org.minping.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.twofactor.SecondFactorCheck;
import org.minping.core.twofactor.SignInStep;
import org.minping.core.twofactor.TwoFactorService;
import org.minping.web.security.ClientAddress;
import org.minping.web.security.CurrentUser;
import org.minping.web.security.LoginThrottle;

/**
 * The signed-in person's account page: who they are, and for moderators, administrators and
 * auditors their two-factor sign-in, turned on with a code from the app (recovery codes shown
 * once) and off with a code. Everything acts on the signed-in account only.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient TwoFactorService twoFactor;

    @Inject
    transient LoginThrottle throttle;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private TwoFactorService.Status status;
    private boolean privileged;
    private boolean required;
    private TwoFactorSetup setup;
    private String code;
    private String offCode;
    private Map<String, String> fieldErrors = new LinkedHashMap<>();
    private List<String> problems = new ArrayList<>();
    private String notice;

    public void load() {
        status = twoFactor.status(currentUser.username());
        privileged = SignInStep.privileged(currentUser.principal().roles());
        required = twoFactor.isRequired();
    }

    /** Offers a new secret to set up in the app. */
    public void start() {
        problems = pageProblems.attempt(() -> setup = new TwoFactorSetup(twoFactor.newEnrolment(currentUser.username())));
        notice = null;
    }

    /** The app's first code confirms the secret: two-factor sign-in is on, and the recovery codes are shown this once. */
    public void confirm() {
        fieldErrors = new LinkedHashMap<>();
        if (setup == null || !setup.enrolment().username().equals(currentUser.username())) {
            return;
        }
        try {
            setup.confirmed(twoFactor.enable(setup.enrolment(), code));
            notice = messages.get("twoFactor.enabled");
        } catch (InvalidInputException invalid) {
            fieldErrors = pageProblems.byField(invalid);
        } finally {
            code = null;
        }
        load();
    }

    /** Turns two-factor sign-in off with a code; wrong codes are throttled as at sign-in. */
    public void turnOff() {
        fieldErrors = new LinkedHashMap<>();
        String username = currentUser.username();
        String address = ClientAddress.of((ServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        if (throttle.codeWait(username) > 0) {
            fieldErrors.put("offCode", messages.get("twoFactor.locked"));
            return;
        }
        try {
            SecondFactorCheck check = twoFactor.disable(username, offCode);
            if (check.isAccepted()) {
                setup = null;
                notice = messages.get("twoFactor.disabled");
            } else {
                throttle.codeFailed(username, address);
                fieldErrors.put("offCode", messages.of(check.refusal().problem()));
            }
        } catch (InvalidInputException invalid) {
            fieldErrors.put("offCode", pageProblems.first(invalid));
        } finally {
            offCode = null;
        }
        load();
    }

    public TwoFactorService.Status getStatus() {
        return status;
    }

    public boolean isPrivileged() {
        return privileged;
    }

    public boolean isRequired() {
        return required;
    }

    public TwoFactorSetup getSetup() {
        return setup;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getOffCode() {
        return offCode;
    }

    public void setOffCode(String offCode) {
        this.offCode = offCode;
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getNotice() {
        return notice;
    }
}
