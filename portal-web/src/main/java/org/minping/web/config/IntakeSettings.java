package org.minping.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minping.core.appraisal.RatingWindow;
import org.minping.core.followup.FollowUpPolicy;
import org.minping.moderation.rules.VelocityRule;

/** Settings the core takes from the portal's configuration: rating window and follow-up deadline. */
@ApplicationScoped
public class IntakeSettings {

    @Inject
    @ConfigProperty(name = "minping.followup.working-days", defaultValue = "5")
    int followUpWorkingDays;

    @Inject
    @ConfigProperty(name = "minping.velocity.per-device", defaultValue = "3")
    int velocityPerDevice;

    @Inject
    @ConfigProperty(name = "minping.velocity.per-network", defaultValue = "30")
    int velocityPerNetwork;

    @Inject
    @ConfigProperty(name = "minping.case.rating-window-days", defaultValue = "7")
    int ratingWindowDays;

    /** Working days to call back and rectify after a bad review (minping.followup.working-days, default 5). */
    @Produces
    FollowUpPolicy followUpPolicy() {
        int days = followUpWorkingDays;
        if (days < 1) {
            throw new IllegalStateException("minping.followup.working-days must be 1 or more, not " + days);
        }
        return new FollowUpPolicy(days);
    }

    /**
     * The velocity rule: earlier appraisals of one agency from one device (minping.velocity.per-device,
     * default 3) or one network (minping.velocity.per-network, default 30) within ten minutes that
     * make the next one held.
     */
    @Produces
    VelocityRule velocityRule() {
        return new VelocityRule(velocityPerDevice, velocityPerNetwork);
    }

    /** Days after a service case closed in which it can be rated (minping.case.rating-window-days, default 7). */
    // Dependent scope: a record is final and cannot be proxied; it is read once per injecting bean.
    @Produces
    RatingWindow ratingWindow() {
        int days = ratingWindowDays;
        if (days < 1) {
            throw new IllegalStateException("minping.case.rating-window-days must be 1 or more, not " + days);
        }
        return new RatingWindow(Duration.ofDays(days));
    }
}
