package org.minping.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.minping.core.account.CitizenRegistration;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.security.AccountThrottle;
import org.minping.web.security.ClientAddress;
import org.minping.web.security.ProofOfWork;

/** Citizens register with an e-mail address or mobile number and a password, then sign in. */
@Named
@RequestScoped
public class RegistrationBacking {

    @Inject
    CitizenRegistration registration;

    @Inject
    Messages messages;

    @Inject
    AccountThrottle throttle;

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private String contact;
    private String displayName;
    private String password;
    private String passwordAgain;
    private final Map<String, String> fieldErrors = new LinkedHashMap<>();

    public String register() {
        fieldErrors.clear();
        try {
            String username = registration.checkedContact(contact, password, displayName);
            if (!password.equals(passwordAgain)) {
                fieldErrors.put("passwordAgain", messages.get("register.passwordsDiffer"));
                return null;
            }
            // Checked after the fields, so a mistyped form does not use up the solved challenge.
            if (!proofOfWork.accept(request.getParameter("altcha"))) {
                fieldErrors.put("altcha", messages.get("pow.failed"));
                return null;
            }
            String address = ClientAddress.of(request);
            long wait = throttle.registrationWait(address);
            if (wait > 0) {
                fieldErrors.put("contact", messages.get("register.tooMany", (wait + 59) / 60));
                return null;
            }
            // The same argon2id hashing as every account, through the realm's password service.
            registration.register(username, new DefaultPasswordService().encryptPassword(password), displayName);
            // Only a registration made counts: a mistyped form or a taken address uses nothing up.
            throttle.registered(address);
            return "/login?faces-redirect=true&registered=true";
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(e -> fieldErrors.merge(e.field(), messages.of(e), (a, b) -> a + " " + b));
            return null;
        }
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
