package org.minping.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/** How the public results are shown. */
@ApplicationScoped
public class ResultsSettings {

    /**
     * Satisfaction of fewer respondents than this is not shown publicly (minping.results.min-raters,
     * default 10): few answers could point at the people who gave them and say little anyway.
     */
    public int minRaters() {
        return ConfigProvider.getConfig().getOptionalValue("minping.results.min-raters", Integer.class).orElse(10);
    }
}
