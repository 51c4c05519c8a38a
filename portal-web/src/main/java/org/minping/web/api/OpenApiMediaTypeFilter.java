package org.minping.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Payara serves the OpenAPI document (its servlet at /openapi joins the application at the root
 * context) as YAML labelled text/plain, and answers 406 to a client that asks for application/yaml,
 * YAML's registered type (RFC 9512). This labels the YAML application/yaml and lets a request for
 * application/yaml reach Payara as one for its YAML; JSON (Accept: application/json or
 * ?format=JSON) passes as it is.
 */
@WebFilter(urlPatterns = "/openapi/*")
public class OpenApiMediaTypeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String YAML = "application/yaml";
    private static final String PAYARA_YAML = "text/plain";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(asksForYaml(request) ? new AcceptingPayaraYaml(request) : request, new LabellingYaml(response));
    }

    private static boolean asksForYaml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(YAML);
    }

    static String relabelled(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(PAYARA_YAML) ? YAML : contentType;
    }

    private static boolean isContentType(String header) {
        return "Content-Type".equalsIgnoreCase(header);
    }

    private static final class AcceptingPayaraYaml extends HttpServletRequestWrapper {

        AcceptingPayaraYaml(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? PAYARA_YAML : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(PAYARA_YAML)) : super.getHeaders(name);
        }
    }

    private static final class LabellingYaml extends HttpServletResponseWrapper {

        LabellingYaml(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(relabelled(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isContentType(name) ? relabelled(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, isContentType(name) ? relabelled(value) : value);
        }
    }
}
