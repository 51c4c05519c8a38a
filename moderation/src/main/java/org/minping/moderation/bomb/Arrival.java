package org.minping.moderation.bomb;

import java.time.LocalDateTime;
import java.util.Objects;
import org.minping.core.appraisal.RaterLevel;

/**
 * What detection knows of one appraisal: when it arrived, its overall level, and the pattern it
 * came with — the rater's level, the keyed hash of its network prefix and of its account or device
 * (either may be absent). Never the address or the identity itself.
 */
public record Arrival(long id, LocalDateTime at, int level, RaterLevel raterLevel, String networkKey, String raterKey) {

    public Arrival {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(raterLevel, "raterLevel");
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("level " + level + " is not between 1 and 5");
        }
    }
}
