package org.minping.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Form login that gives the session a new id once the user is authenticated, which Shiro does not
 * do by itself: a session id planted before login (session fixation) is worthless after it.
 */
public class SessionRotatingAuthenticationFilter extends FormAuthenticationFilter {

    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
                                     ServletResponse response) throws Exception {
        WebUtils.toHttp(request).changeSessionId();
        return super.onLoginSuccess(token, subject, request, response);
    }
}
