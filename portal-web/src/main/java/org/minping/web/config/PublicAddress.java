package org.minping.web.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's public address, from configuration only ({@code minping.public-url}, required: the
 * portal does not deploy without it). Absolute links (QR codes, notices, Location headers) are
 * built from it and never from the request: a Host header is whatever the client sends, and a
 * link built from it would send citizens, or a cached QR code's readers, to the client's site.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "minping.public-url")
    String configured;

    private String base;

    @PostConstruct
    void check() {
        URI uri;
        try {
            uri = URI.create(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("minping.public-url is not a URL: " + configured, e);
        }
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("minping.public-url must be the portal's absolute http(s) address, e.g."
                    + " https://minping.example.gov.cn/ (it is " + configured + ")");
        }
        String text = uri.toString();
        base = text.endsWith("/") ? text : text + "/";
    }

    /** The address of a path of the portal, e.g. {@code of("login")}. */
    public String of(String relativePath) {
        return base + (relativePath.startsWith("/") ? relativePath.substring(1) : relativePath);
    }

    /** The portal's root address, ending in a slash. */
    public String root() {
        return base;
    }
}
