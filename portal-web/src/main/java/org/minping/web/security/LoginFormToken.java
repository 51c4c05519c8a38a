package org.minping.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A token that ties a login post to a login form this portal served in the same browser session,
 * so another site cannot sign a visitor into an account of its choosing (login CSRF). A post from
 * elsewhere carries no session cookie (SameSite) or the wrong token, and is refused.
 */
@Named("loginForm")
@RequestScoped
public class LoginFormToken {

    static final String PARAMETER = "csrf";
    private static final String ATTRIBUTE = LoginFormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    @jakarta.inject.Inject
    HttpServletRequest request;

    /** The session's token, made when the form is first shown. */
    public String getToken() {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return (String) token;
    }

    /** Whether the post carries the token of the session it arrives in. */
    static boolean matches(ServletRequest request) {
        HttpSession session = ((HttpServletRequest) request).getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String sent = request.getParameter(PARAMETER);
        return expected != null && sent != null
                && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
