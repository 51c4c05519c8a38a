package org.minping.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.twofactor.SecondFactorCheck;
import org.minping.core.twofactor.SignInStep;
import org.minping.core.twofactor.TwoFactorService;
import org.minping.web.security.ClientAddress;
import org.minping.web.security.LoginThrottle;
import org.minping.web.security.PendingSignIn;

/**
 * The second step of a sign-in, after a correct password: the code of the app (or a recovery
 * code), or, where the office requires two-factor sign-in and the account has none, setting it up.
 * Wrong codes count as failed logins and lock the code step after a few; the sign-in is given up
 * then and the password asked for again.
 */
@Named
@ViewScoped
public class LoginCodeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TwoFactorService twoFactor;

    @Inject
    transient LoginThrottle throttle;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    /**
     * What the page shows: NONE (no sign-in waiting), CODE, ENROL, DONE (set up, recovery codes
     * shown), LOCKED (too many wrong codes for the account), THROTTLED (too many failures from the
     * client's address).
     */
    private String state = "NONE";
    private String username;
    private TwoFactorSetup setup;
    private String code;
    private String next;
    private Map<String, String> fieldErrors = new LinkedHashMap<>();

    public void load() {
        Optional<PendingSignIn> pending = PendingSignIn.of(request());
        if (pending.isEmpty()) {
            state = "NONE";
            return;
        }
        username = pending.get().username();
        state = pending.get().step().name();
        if (pending.get().step() == SignInStep.ENROL && setup == null) {
            setup = new TwoFactorSetup(twoFactor.newEnrolment(username));
        }
    }

    /** The code of a sign-in whose account has two-factor sign-in on. */
    public void verify() throws IOException {
        fieldErrors = new LinkedHashMap<>();
        HttpServletRequest request = request();
        Optional<PendingSignIn> pending = stillWaiting(request, SignInStep.CODE);
        if (pending.isEmpty()) {
            return;
        }
        String address = ClientAddress.of(request);
        if (throttle.secondsToWait(address) > 0) {
            PendingSignIn.drop(request);
            state = "THROTTLED";
            return;
        }
        if (throttle.codeWait(username) > 0) {
            lock(request);
            return;
        }
        SecondFactorCheck check = twoFactor.signIn(username, code);
        code = null;
        if (!check.isAccepted()) {
            throttle.codeFailed(username, address);
            if (throttle.codeWait(username) > 0) {
                lock(request);
            } else {
                fieldErrors.put("code", messages.of(check.refusal().problem()));
            }
            return;
        }
        String then = pending.get().complete(request);
        // Whoever spends a recovery code has likely lost the phone: the account page says how many are left.
        FacesContext.getCurrentInstance().getExternalContext().redirect(check.recoveryCode() ? request.getContextPath() + "/account" : then);
    }

    /** The first code of the app being set up, where the office requires it: it turns two-factor sign-in on and signs in. */
    public void confirm() {
        fieldErrors = new LinkedHashMap<>();
        HttpServletRequest request = request();
        Optional<PendingSignIn> pending = stillWaiting(request, SignInStep.ENROL);
        if (pending.isEmpty()) {
            return;
        }
        try {
            setup.confirmed(twoFactor.enable(setup.enrolment(), code));
        } catch (InvalidInputException invalid) {
            fieldErrors = pageProblems.byField(invalid);
            return;
        } finally {
            code = null;
        }
        next = pending.get().complete(request);
        state = "DONE";
    }

    private Optional<PendingSignIn> stillWaiting(HttpServletRequest request, SignInStep step) {
        Optional<PendingSignIn> pending = PendingSignIn.of(request)
                .filter(p -> p.step() == step && p.username().equals(username));
        if (pending.isEmpty()) {
            state = "NONE";
        }
        return pending;
    }

    private void lock(HttpServletRequest request) {
        PendingSignIn.drop(request);
        state = "LOCKED";
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getState() {
        return state;
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

    /** Where the signed-in person goes on from the recovery codes. */
    public String getNext() {
        return next;
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
