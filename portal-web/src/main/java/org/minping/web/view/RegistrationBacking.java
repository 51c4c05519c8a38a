package org.minping.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.minping.core.account.CitizenRegistration;
import org.minping.core.account.Registrant;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.security.AccountThrottle;
import org.minping.web.security.ClientAddress;
import org.minping.web.security.ProofOfWork;

/**
 * Citizens register with an e-mail address or mobile number and a password, then confirm it with the
 * code sent there. The answer is the same whether or not the contact has an account (its holder is
 * told through the channel instead); only mistakes in the form itself are named here.
 */
@Named
@RequestScoped
public class RegistrationBacking {

    @Inject
    org.minping.web.config.PublicAddress publicAddress;

    @Inject
    CitizenRegistration registration;

    @Inject
    Messages messages;

    @Inject
    PageProblems pageProblems;

    @Inject
    AccountThrottle throttle;

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    RegistrationInProgress inProgress;

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
            if (!proofOfWork.accept(request.getParameter("altcha"), ClientAddress.of(request))) {
                fieldErrors.put("altcha", messages.get("pow.failed"));
                return null;
            }
            String address = ClientAddress.of(request);
            long wait = throttle.registrationWait(address);
            if (wait > 0) {
                fieldErrors.put("contact", messages.get("register.tooMany", (wait + 59) / 60));
                return null;
            }
            // The same argon2id hashing as every account, through the realm's password service; done
            // whether or not the contact has an account, so the answer takes the same time.
            String passwordHash = new DefaultPasswordService().encryptPassword(password);
            // A spent allowance is not shown: the contact's holder may have used it, and the page must not tell.
            boolean messageAllowed = throttle.takeCode(username) == 0;
            inProgress.begun(registration.begin(new Registrant(username, passwordHash, displayName),
                    noticeToAccountHolder(), messageAllowed));
            // Counted whichever way it went: this page does not know, and the limit must not tell either.
            throttle.registrationSent(address);
            return "/confirm-registration?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            fieldErrors.putAll(pageProblems.byField(invalid));
            return null;
        }
    }

    /**
     * What the holder of a contact that has an account is told instead of a code, in the registrant's
     * language. It links the sign-in page only at the configured public address: a link built from
     * the request's Host header would let a registrant put their own site into someone else's mail.
     */
    private String noticeToAccountHolder() {
        return messages.get("register.notice.signInAt", publicAddress.of("login"));
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
