package org.minping.web.view;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;
import org.minping.core.account.RegistrationToken;

/**
 * The registration this browser session waits to confirm with its code: kept in the session, not in
 * a URL, so the next step looks the same for every registrant and the token appears in no link or log.
 */
@SessionScoped
public class RegistrationInProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private RegistrationToken token;

    public void begun(RegistrationToken token) {
        this.token = token;
    }

    public Optional<RegistrationToken> token() {
        return Optional.ofNullable(token);
    }

    public void ended() {
        token = null;
    }
}
