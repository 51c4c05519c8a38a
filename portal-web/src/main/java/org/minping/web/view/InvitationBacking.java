package org.minping.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.minping.core.account.AccountPasswords;
import org.minping.core.account.StaffAccounts;
import org.minping.core.shared.InvalidInputException;

/** The page of an invitation link: the invited person sees whose account it is and chooses its password. */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffAccounts accounts;

    @Inject
    transient Messages messages;

    private String token;
    private StaffAccounts.Invitee invitee;
    private String password;
    private String passwordAgain;
    private boolean accepted;
    private Map<String, String> fieldErrors = new LinkedHashMap<>();

    public void load() {
        invitee = accounts.invitee(token).orElse(null);
    }

    public void accept() {
        fieldErrors = new LinkedHashMap<>();
        AccountPasswords.problem(password).ifPresent(e -> fieldErrors.put("password", messages.of(e)));
        if (fieldErrors.isEmpty() && !password.equals(passwordAgain)) {
            fieldErrors.put("passwordAgain", messages.get("register.passwordsDiffer"));
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        try {
            // The same argon2id hashing as every account, through the realm's password service.
            accounts.accept(token, new DefaultPasswordService().encryptPassword(password));
            accepted = true;
        } catch (InvalidInputException invalid) {
            invitee = null;
        }
        password = null;
        passwordAgain = null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public StaffAccounts.Invitee getInvitee() {
        return invitee;
    }

    public boolean isAccepted() {
        return accepted;
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

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
