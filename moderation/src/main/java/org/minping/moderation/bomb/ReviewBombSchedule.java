package org.minping.moderation.bomb;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/** Runs review-bomb detection every minute in the background (one run at a time per instance). */
@Singleton
public class ReviewBombSchedule {

    private static final Logger LOG = Logger.getLogger(ReviewBombSchedule.class.getName());

    @Inject
    QuarantineService quarantines;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void detect() {
        List<Long> created = quarantines.detect();
        if (!created.isEmpty()) {
            LOG.warning(() -> "review-bomb windows quarantined: " + created);
        }
    }
}
