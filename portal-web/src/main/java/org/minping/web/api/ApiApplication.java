package org.minping.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API, under /api; version 1 lives under /api/v1. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "MinPing 民评 API", version = "1",
        description = "Agencies, appraisal forms and citizen appraisals of the MinPing portal"))
public class ApiApplication extends Application {

    /** No WADL: /openapi describes the API, and a second, generated description only widens what is exposed. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
