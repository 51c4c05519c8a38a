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
 * document like every other refusal of the API, where Shiro's sends an empty body.
 */
public class ProblemBasicAuthenticationFilter extends BasicHttpAuthenticationFilter {

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        super.sendChallenge(request, response);
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setContentType(Problem.MEDIA_TYPE);
        try {
            http.getWriter().write(Problem.body(HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "the credentials of an account with the permission for this resource are required (HTTP Basic)", List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }
}
