package org.minping.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.shiro.web.filter.authz.PermissionsAuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;
import org.minping.web.api.Problem;

/**
 * Permission check for page areas: anonymous visitors go to the login page; a logged-in user
 * without the permission gets 403 and the forbidden page (Shiro's default would answer 401), or, on
 * the API, a 403 problem document.
 */
public class ForbiddenPermissionsFilter extends PermissionsAuthorizationFilter {

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        if (getSubject(request, response).getPrincipal() == null) {
            saveRequestAndRedirectToLogin(request, response);
        } else if (WebUtils.toHttp(request).getRequestURI().startsWith(WebUtils.toHttp(request).getContextPath() + "/api/")) {
            // The API answers in its own shape, and makes no session to render a page with.
            HttpServletResponse http = WebUtils.toHttp(response);
            http.setStatus(HttpServletResponse.SC_FORBIDDEN);
            http.setContentType(Problem.MEDIA_TYPE);
            http.getWriter().write(Problem.body(HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden",
                    "this account may not use this resource", List.of()));
        } else {
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }
}
