package org.minping.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.minping.core.twofactor.SignInStep;

/**
 * A sign-in between its password and its second factor, kept in the browser's session: whose
 * password was right, and whether a code is asked for or two-factor sign-in is set up first. Nobody
 * is signed in while it waits, so the session reaches nothing that needs an account. It lasts five
 * minutes; the session gets a new id when it starts and again when it completes.
 */
public final class PendingSignIn implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = PendingSignIn.class.getName();
    static final Duration VALIDITY = Duration.ofMinutes(5);

    private final String username;
    private final SignInStep step;
    private final Instant started;

    private PendingSignIn(String username, SignInStep step, Instant started) {
        this.username = username;
        this.step = step;
        this.started = started;
    }

    /** After a correct password of an account with a second factor (or required to set one up). */
    static void start(HttpServletRequest request, String username, SignInStep step) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(ATTRIBUTE, new PendingSignIn(username, step, Instant.now()));
    }

    /** The session's sign-in waiting for its second factor, if one is and its time is not up. */
    public static Optional<PendingSignIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (Instant.now().isAfter(pending.started.plus(VALIDITY))) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** Gives up the waiting sign-in: the password is asked for again. */
    public static void drop(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    public String username() {
        return username;
    }

    public SignInStep step() {
        return step;
    }

    /**
     * The second factor was accepted: signs the account in, in a session with a new id, and returns
     * where to go next (the page that asked for the sign-in, or the home page), always a path of
     * this portal.
     */
    public String complete(HttpServletRequest request) {
        drop(request);
        request.changeSessionId();
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        SecurityUtils.getSubject().login(new SecondFactorToken(username));
        if (saved != null && "GET".equalsIgnoreCase(saved.getMethod()) && saved.getRequestUrl() != null
                && saved.getRequestUrl().startsWith("/") && !saved.getRequestUrl().startsWith("//")) {
            return saved.getRequestUrl();
        }
        return request.getContextPath() + "/";
    }
}
