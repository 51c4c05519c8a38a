package org.minping.core.scoring;

/** An agency under evaluation and the pilot track it is ranked in. */
public record AgencyRef(String code, String track) implements Comparable<AgencyRef> {

    public AgencyRef {
        Checks.require(code, "an agency's code");
        Checks.require(track, "the track of agency " + code);
    }

    @Override
    public int compareTo(AgencyRef other) {
        return code.compareTo(other.code);
    }
}
