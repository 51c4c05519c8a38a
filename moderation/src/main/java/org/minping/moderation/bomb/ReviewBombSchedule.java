package org.minping.moderation.bomb;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Runs review-bomb detection in the background (one run at a time per instance): bursts every
 * minute, slow brigades every hour (they take days to show, and the test reads a week of ratings).
 */
@Singleton
public class ReviewBombSchedule {

    private static final Logger LOG = Logger.getLogger(ReviewBombSchedule.class.getName());

    @Inject
    QuarantineService quarantines;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void detect() {
        List<Long> created = quarantines.detect();
        if (!created.isEmpty()) {
            LOG.warning(() -> "review-bomb groups quarantined: " + created);
        }
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void detectSlowBrigades() {
        List<Long> created = quarantines.detectSlowBrigades();
        if (!created.isEmpty()) {
            LOG.warning(() -> "slow brigade groups quarantined: " + created);
        }
    }
}
