package org.minping.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when the portal runs behind TLS (minping.cookies.secure).
 * HttpOnly is set in web.xml and SameSite in glassfish-web.xml.
 */
@WebListener
public class CookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("minping.cookies.secure", Boolean.class)
                .orElse(false);
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
    }
}
