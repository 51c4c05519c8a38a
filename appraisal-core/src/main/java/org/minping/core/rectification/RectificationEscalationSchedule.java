package org.minping.core.rectification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Escalates overdue rectification tasks to the evaluation office every ten minutes, on the same
 * schedule as the follow-ups' escalation; the office's list shows every overdue task first anyway.
 */
@Singleton
public class RectificationEscalationSchedule {

    private static final Logger LOG = Logger.getLogger(RectificationEscalationSchedule.class.getName());

    @Inject
    RectificationService rectifications;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void escalate() {
        int escalated = rectifications.escalateOverdue(LocalDate.now(clock), "system");
        if (escalated > 0) {
            LOG.warning(() -> escalated + " overdue rectification tasks escalated to the evaluation office");
        }
    }
}
