package org.minping.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;
import org.minping.web.api.Problem;

/**
 * HTTP Basic for the staff's API (audit, service cases): the 401 challenge carries a problem
 * document like every other refusal of the API, where Shiro's sends an empty body. An account that
 * signs in with a second factor cannot use it (a password alone is not its sign-in), and is told so.
 */
public class ProblemBasicAuthenticationFilter extends BasicHttpAuthenticationFilter {

    private static final String SECOND_FACTOR = ProblemBasicAuthenticationFilter.class.getName() + ".secondFactor";

    @Override
    protected boolean onLoginFailure(org.apache.shiro.authc.AuthenticationToken token, org.apache.shiro.authc.AuthenticationException e,
                                     ServletRequest request, ServletResponse response) {
        if (e instanceof SecondFactorRequiredException) {
            request.setAttribute(SECOND_FACTOR, true);
        }
        return super.onLoginFailure(token, e, request, response);
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        super.sendChallenge(request, response);
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setContentType(Problem.MEDIA_TYPE);
        try {
            String detail = request.getAttribute(SECOND_FACTOR) != null
                    ? "this account signs in with a second factor, which HTTP Basic cannot carry"
                    : "the credentials of an account with the permission for this resource are required (HTTP Basic)";
            http.getWriter().write(Problem.body(HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Unauthorized", detail, List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }
}
