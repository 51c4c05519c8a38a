package org.minping.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the public results are shown. */
@ApplicationScoped
public class ResultsSettings {

    @Inject
    @ConfigProperty(name = "minping.results.min-raters", defaultValue = "10")
    int minRaters;

    /**
     * Satisfaction of fewer respondents than this is not shown publicly (minping.results.min-raters,
     * default 10): few answers could point at the people who gave them and say little anyway.
     */
    public int minRaters() {
        return minRaters;
    }
}
