package org.minping.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Counts the requests in flight, so a stopping portal waits for them (see {@link GracefulShutdown}).
 * First in web.xml: the count covers every other filter's work too.
 */
public class InFlightRequestFilter implements Filter {

    @Inject
    GracefulShutdown shutdown;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        shutdown.requestStarted();
        try {
            chain.doFilter(request, response);
        } finally {
            shutdown.requestFinished();
        }
    }
}
