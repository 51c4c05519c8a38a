package org.minping.moderation.bomb;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.minping.core.appraisal.RaterLevel;

/**
 * One group of suspected appraisals of an agency, held together and decided together: the
 * signature they share (how they were detected, the pattern, the levels and rater levels) and the
 * appraisals that match it.
 *
 * @param levels the levels of the signature: those the group stands out by (a slow rater-level group holds its
 *               cohort at every level it gave, so its signature is every such level)
 * @param patternKey the network or rater key the group shares; null for a rater-level cohort or a scattered burst
 * @param start the first member's arrival
 * @param end the last member's arrival
 * @param meanLevel the members' mean overall level
 * @param referenceMean the mean level the members were compared with (the agency's baseline or the other raters), if any
 * @param ratio how far the group stands out: the burst's rate against the baseline, or a level's share against the reference
 * @param pValue the statistical test's family-wise significance (slow detection only)
 */
public record QuarantineGroup(Detection detection, Pattern pattern, String patternKey, SortedSet<Integer> levels,
                              SortedSet<RaterLevel> raterLevels, List<Arrival> members, LocalDateTime start,
                              LocalDateTime end, double meanLevel, Double referenceMean, double ratio, Double pValue) {

    /** How the group was found. */
    public enum Detection {
        /** Far more arrivals in the last hour than the agency's normal, a level or more lower. */
        BURST,
        /** A level over-represented in one pattern over days, against the agency's other raters. */
        SLOW
    }

    /** What the members share besides their levels. */
    public enum Pattern {
        /** One network prefix. */
        NETWORK,
        /** One account or device. */
        RATER,
        /** Only their rater level: a brigade spread over many networks and devices. */
        RATER_LEVEL,
        /** A burst from many networks: its members share the arrival window, levels and rater levels. */
        SCATTERED,
        /** A whole window, as quarantined before signatures existed. */
        WINDOW
    }

    public QuarantineGroup {
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(pattern, "pattern");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a quarantine group has members");
        }
        levels = Collections.unmodifiableSortedSet(new TreeSet<>(levels));
        raterLevels = Collections.unmodifiableSortedSet(new TreeSet<>(raterLevels));
        members = List.copyOf(members);
    }

    /** Whether a later arrival carries this group's signature (so a burst's tail joins it). */
    public boolean matches(Arrival arrival) {
        if (!levels.contains(arrival.level()) || !raterLevels.contains(arrival.raterLevel())) {
            return false;
        }
        return switch (pattern) {
            case NETWORK -> patternKey.equals(arrival.networkKey());
            case RATER -> patternKey.equals(arrival.raterKey());
            case RATER_LEVEL, SCATTERED, WINDOW -> true;
        };
    }

    /** The levels as stored: "1,2". */
    public String levelList() {
        return String.join(",", levels.stream().map(String::valueOf).toList());
    }

    /** The rater levels as stored: "ANONYMOUS,REGISTERED". */
    public String raterLevelList() {
        return String.join(",", raterLevels.stream().map(Enum::name).toList());
    }

    static double meanLevel(List<Arrival> arrivals) {
        return arrivals.stream().mapToInt(Arrival::level).average().orElse(Double.NaN);
    }
}
