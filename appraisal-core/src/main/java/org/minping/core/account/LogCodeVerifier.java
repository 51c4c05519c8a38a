package org.minping.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** The demonstration verifier: codes and notices appear in the server log, where an operator (or a test) reads them. */
@ApplicationScoped
public class LogCodeVerifier implements IdentityVerifier {

    private static final Logger LOG = Logger.getLogger(LogCodeVerifier.class.getName());

    @Override
    public void deliver(String contact, String code) {
        LOG.info(() -> "MinPing verification code for " + CitizenRegistration.masked(contact) + ": " + code);
    }

    @Override
    public void deliverNotice(String contact, String text) {
        LOG.info(() -> "MinPing notice for " + CitizenRegistration.masked(contact) + ": " + text);
    }
}
