package org.minping.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Deadlines and thresholds of moderation and appeals, from the portal's configuration (docs/OPERATIONS.md). */
@ApplicationScoped
public class ModerationSettings {

    @Inject
    @ConfigProperty(name = "minping.appeal.working-days", defaultValue = "5")
    int appealWorkingDays;

    @Inject
    @ConfigProperty(name = "minping.appeal.sla-working-days", defaultValue = "5")
    int appealSlaWorkingDays;

    @Inject
    @ConfigProperty(name = "minping.moderation.sla-working-days", defaultValue = "2")
    int moderationSlaWorkingDays;

    @Inject
    @ConfigProperty(name = "minping.moderation.flags-to-hide", defaultValue = "3")
    int flagsToHide;

    /** Working days after a decision in which its author may appeal it. */
    public int appealWorkingDays() {
        return appealWorkingDays;
    }

    /** Working days moderators have to decide an appeal; older ones are marked overdue. */
    public int appealSlaWorkingDays() {
        return appealSlaWorkingDays;
    }

    /** Working days a held appraisal may wait for a decision; older ones are marked overdue. */
    public int moderationSlaWorkingDays() {
        return moderationSlaWorkingDays;
    }

    /** Reports from different raters that hide a public comment until a moderator looks at it. */
    public int flagsToHide() {
        return flagsToHide;
    }
}
