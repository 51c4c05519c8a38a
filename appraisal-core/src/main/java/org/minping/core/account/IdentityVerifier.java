package org.minping.core.account;

/**
 * Delivers a one-time code to the contact a citizen registered with, to prove it is theirs. The
 * portal ships {@link LogCodeVerifier}, which writes the code to the server log (for demonstration
 * and tests). A real deployment adds a CDI alternative that sends an SMS or an e-mail, or that
 * hands over to an identity provider, e.g.
 * {@code @Alternative @Priority(APPLICATION) @ApplicationScoped class SmsVerifier implements IdentityVerifier}.
 */
public interface IdentityVerifier {

    /** Sends the code; it must not be logged or stored anywhere else. */
    void deliver(String contact, String code);
}
