package org.minping.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authz.PermissionsAuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;

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
            http.setContentType("application/problem+json");
            http.getWriter().write("{\"type\":\"https://minping.org/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"this account may not use this resource\"}");
        } else {
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }
}
