package org.minping.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.minping.core.account.CitizenRegistration;
import org.minping.core.account.RegistrationToken;
import org.minping.core.shared.InvalidInputException;

/** The registrant enters the code sent to their contact; the account is made (verified) when it is right. */
@Named
@RequestScoped
public class ConfirmRegistrationBacking {

    @Inject
    CitizenRegistration registration;

    @Inject
    RegistrationInProgress inProgress;

    @Inject
    Messages messages;

    @Inject
    PageProblems pageProblems;

    private String code;
    private String problem;

    public String confirm() {
        Optional<RegistrationToken> token = inProgress.token();
        if (token.isEmpty()) {
            problem = messages.get("validation.registration.expired");
            return null;
        }
        try {
            registration.confirm(token.get(), code);
            inProgress.ended();
            return "/login?faces-redirect=true&registered=true";
        } catch (InvalidInputException invalid) {
            problem = pageProblems.first(invalid);
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProblem() {
        return problem;
    }
}
