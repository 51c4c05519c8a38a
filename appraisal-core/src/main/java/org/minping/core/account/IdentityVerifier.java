package org.minping.core.account;

/**
 * Sends messages to the e-mail address or mobile number a citizen registers with: a one-time code
 * that proves the contact is theirs, or, when the contact has an account already, a notice to its
 * holder instead. The portal ships {@link LogCodeVerifier}, which writes both to the server log (for
 * demonstration and tests). A real deployment adds a CDI alternative that sends an SMS or an e-mail,
 * or that hands over to an identity provider, e.g.
 * {@code @Alternative @Priority(APPLICATION) @ApplicationScoped class SmsVerifier implements IdentityVerifier}.
 * Registration shows the same page whichever of the two is sent, so an implementation should take
 * about the same time for both (hand both to the same queue, say).
 */
public interface IdentityVerifier {

    /** Sends the code; it must not be logged or stored anywhere else. */
    void deliver(String contact, String code);

    /**
     * Sends a notice instead of a code, already worded in the registrant's language, e.g. that
     * someone tried to register with a contact that has an account.
     */
    void deliverNotice(String contact, String text);
}
