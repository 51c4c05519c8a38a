package org.minping.core.scoring;

/**
 * An agency under evaluation, the pilot track it is ranked in, and the indicator tree it is scored
 * against: the key of {@link ScoringInput#trees()}. The tree is the track's unless the cycle binds
 * another version for the agency's kind within the track (a department beside regional governments).
 */
public record AgencyRef(String code, String track, String system) implements Comparable<AgencyRef> {

    public AgencyRef {
        Checks.require(code, "an agency's code");
        Checks.require(track, "the track of agency " + code);
        Checks.require(system, "the indicator tree of agency " + code);
    }

    /** An agency scored against its track's tree. */
    public AgencyRef(String code, String track) {
        this(code, track, track);
    }

    /** Whether the agency is scored against a tree of its own kind rather than its track's. */
    public boolean hasOwnSystem() {
        return !system.equals(track);
    }

    @Override
    public int compareTo(AgencyRef other) {
        return code.compareTo(other.code);
    }
}
