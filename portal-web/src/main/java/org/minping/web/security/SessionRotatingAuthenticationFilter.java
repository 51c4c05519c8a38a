package org.minping.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.web.util.WebUtils;

/**
 * Form login that gives the session a new id once the user is authenticated, which Shiro does not
 * do by itself (a session id planted before login is worthless after it), and that throttles
 * repeated failures per user name and per client address (429 with Retry-After).
 */
public class SessionRotatingAuthenticationFilter extends FormAuthenticationFilter {

    /** Request attribute the login page reads to say that attempts are paused. */
    public static final String THROTTLED = "minpingLoginThrottled";

    private final LoginThrottle throttle = new LoginThrottle();

    @Override
    protected boolean executeLogin(ServletRequest request, ServletResponse response) throws Exception {
        long wait = throttle.secondsToWait(getUsername(request), ClientAddress.of(request));
        if (wait > 0) {
            HttpServletResponse http = WebUtils.toHttp(response);
            http.setStatus(429);
            http.setHeader("Retry-After", Long.toString(wait));
            request.setAttribute(THROTTLED, wait);
            return true;
        }
        return super.executeLogin(request, response);
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, org.apache.shiro.authc.AuthenticationException e,
                                     ServletRequest request, ServletResponse response) {
        throttle.failed(getUsername(request), ClientAddress.of(request));
        return super.onLoginFailure(token, e, request, response);
    }

    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
                                     ServletResponse response) throws Exception {
        WebUtils.toHttp(request).changeSessionId();
        return super.onLoginSuccess(token, subject, request, response);
    }
}
