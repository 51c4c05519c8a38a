package org.minping.core.followup;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/** Escalates overdue follow-ups every ten minutes (administrators can also do it at once on their page). */
@Singleton
public class FollowUpEscalationSchedule {

    private static final Logger LOG = Logger.getLogger(FollowUpEscalationSchedule.class.getName());

    @Inject
    FollowUpService followUps;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void escalate() {
        int escalated = followUps.escalateOverdue(LocalDate.now(clock), "system");
        if (escalated > 0) {
            LOG.warning(() -> escalated + " overdue bad-review follow-ups escalated to the administrators");
        }
    }
}
