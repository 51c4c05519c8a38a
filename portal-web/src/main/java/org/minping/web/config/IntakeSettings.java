package org.minping.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.minping.core.appraisal.RatingWindow;
import org.minping.core.followup.FollowUpPolicy;

/** Settings the core takes from the portal's configuration: rating window and follow-up deadline. */
@ApplicationScoped
public class IntakeSettings {

    /** Days after a service case closed in which it can be rated (minping.case.rating-window-days, default 7). */
    /** Working days to call back and rectify after a bad review (minping.followup.working-days, default 5). */
    @Produces
    FollowUpPolicy followUpPolicy() {
        int days = ConfigProvider.getConfig().getOptionalValue("minping.followup.working-days", Integer.class).orElse(5);
        if (days < 1) {
            throw new IllegalStateException("minping.followup.working-days must be 1 or more, not " + days);
        }
        return new FollowUpPolicy(days);
    }

    // Dependent scope: a record is final and cannot be proxied; it is read once per injecting bean.
    @Produces
    RatingWindow ratingWindow() {
        int days = ConfigProvider.getConfig().getOptionalValue("minping.case.rating-window-days", Integer.class).orElse(7);
        if (days < 1) {
            throw new IllegalStateException("minping.case.rating-window-days must be 1 or more, not " + days);
        }
        return new RatingWindow(Duration.ofDays(days));
    }
}
