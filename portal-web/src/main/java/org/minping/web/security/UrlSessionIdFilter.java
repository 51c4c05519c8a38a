package org.minping.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Sessions travel in the cookie only. The container still honours a {@code ;jsessionid=} in the
 * address although web.xml asks for cookies, which would let a session id leak through links,
 * logs and Referer headers, or be planted by one. Such a request is refused before anything reads
 * its session. Declared first in web.xml, ahead of Shiro.
 */
public class UrlSessionIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL()
                || request.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
