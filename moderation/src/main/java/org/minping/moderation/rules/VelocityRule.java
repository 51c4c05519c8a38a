package org.minping.moderation.rules;

import java.time.Duration;
import java.util.Optional;

/**
 * Velocity: a person rates a service once, perhaps twice; a burst of ratings of one agency from one
 * device, or from one network (a household, an office behind one router), within minutes is
 * held for a moderator. The counts are of the earlier appraisals in the window, this one excluded.
 * Pure: the caller counts.
 *
 * @param perDevice earlier appraisals of the agency from the device in the window that make the next one suspect
 * @param perNetwork the same for the network
 */
public record VelocityRule(int perDevice, int perNetwork) {

    /** How far back the rule counts. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    public VelocityRule {
        if (perDevice < 1 || perNetwork < 1) {
            throw new IllegalArgumentException("velocity limits must be 1 or more, not " + perDevice + " and " + perNetwork);
        }
    }

    public Optional<HoldReason> check(long earlierFromDevice, long earlierFromNetwork) {
        return earlierFromDevice >= perDevice || earlierFromNetwork >= perNetwork
                ? Optional.of(HoldReason.VELOCITY) : Optional.empty();
    }
}
