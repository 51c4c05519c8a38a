package org.minping.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * PrimeFaces' dynamic content (images and downloads streamed by a key kept in the session) is used
 * by no page of the portal, and its address is where an expression injection once was; a request
 * for it is answered 404 before PrimeFaces sees it.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*")
public class DynamicContentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().toLowerCase(Locale.ROOT).contains("dynamiccontent") || request.getParameter("pfdrid") != null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
