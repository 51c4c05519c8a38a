package org.minping.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks the session cookie Secure when the portal runs behind TLS (minping.cookies.secure).
 * HttpOnly is set in web.xml and SameSite in glassfish-web.xml.
 */
@WebListener
public class CookieSettings implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "minping.cookies.secure", defaultValue = "false")
    boolean secure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
    }
}
