package org.minping.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;
import org.minping.core.account.UserNames;

/**
 * Form login. Before a password is checked: the post must come from this portal's own form in the
 * same session ({@link LoginFormToken}), the client address must not be over its allowance of
 * failures (429 with Retry-After), and a user name with recent failures needs a fresh proof of
 * work (see {@link LoginThrottle}). The typed name is brought to its canonical spelling first, so
 * look-alike spellings share one account and one throttle. Once authenticated, the session gets a
 * new id, which Shiro does not do by itself (a session id planted before login is worthless after).
 * The right password of an account with a second factor signs nobody in: the session gets a new id
 * and a {@link PendingSignIn}, and the browser goes on to the code page.
 */
public class SessionRotatingAuthenticationFilter extends FormAuthenticationFilter {

    /** Request attributes the login page reads to say why a post was refused. */
    public static final String THROTTLED = "minpingLoginThrottled";
    public static final String PROOF_REQUIRED = "minpingLoginProofRequired";
    public static final String FORM_EXPIRED = "minpingLoginFormExpired";

    /** Where a sign-in goes on after the password of an account with a second factor. */
    static final String CODE_URL = "/login-code";

    @Override
    protected String getUsername(ServletRequest request) {
        return UserNames.canonical(super.getUsername(request));
    }

    @Override
    protected boolean executeLogin(ServletRequest request, ServletResponse response) throws Exception {
        if (!LoginFormToken.matches(request)) {
            request.setAttribute(FORM_EXPIRED, true);
            WebUtils.toHttp(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
            return true;
        }
        long wait = throttle().secondsToWait(ClientAddress.of(request));
        if (wait > 0) {
            HttpServletResponse http = WebUtils.toHttp(response);
            http.setStatus(429);
            http.setHeader("Retry-After", Long.toString(wait));
            request.setAttribute(THROTTLED, wait);
            return true;
        }
        if (throttle().proofRequired(getUsername(request))
                && !CDI.current().select(ProofOfWork.class).get().accept(request.getParameter("altcha"), ClientAddress.of(request))) {
            request.setAttribute(PROOF_REQUIRED, true);
            return true;
        }
        return super.executeLogin(request, response);
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, org.apache.shiro.authc.AuthenticationException e,
                                     ServletRequest request, ServletResponse response) {
        if (e instanceof SecondFactorRequiredException second) {
            // The password was right: not a failure, but not a sign-in either until the second factor.
            PendingSignIn.start(WebUtils.toHttp(request), second.username(), second.step());
            try {
                WebUtils.issueRedirect(request, response, CODE_URL);
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            return false;
        }
        throttle().failed(getUsername(request), ClientAddress.of(request));
        return super.onLoginFailure(token, e, request, response);
    }

    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
                                     ServletResponse response) throws Exception {
        WebUtils.toHttp(request).changeSessionId();
        // Another account's sign-in left waiting in this browser ends with this one.
        PendingSignIn.drop(WebUtils.toHttp(request));
        return super.onLoginSuccess(token, subject, request, response);
    }

    /** Shiro, not CDI, makes this filter: the throttle and its configured limits come from the container. */
    private static LoginThrottle throttle() {
        return CDI.current().select(LoginThrottle.class).get();
    }
}
