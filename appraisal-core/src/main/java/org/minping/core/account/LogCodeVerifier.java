package org.minping.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** The demonstration verifier: the code appears in the server log, where an operator (or a test) reads it. */
@ApplicationScoped
public class LogCodeVerifier implements IdentityVerifier {

    private static final Logger LOG = Logger.getLogger(LogCodeVerifier.class.getName());

    @Override
    public void deliver(String contact, String code) {
        LOG.info(() -> "MinPing verification code for " + CitizenRegistration.masked(contact) + ": " + code);
    }
}
