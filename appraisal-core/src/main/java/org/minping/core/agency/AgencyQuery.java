package org.minping.core.agency;

import java.util.Optional;

/** Criteria of the public agency search; every criterion is optional and blank means "any". */
public record AgencyQuery(String text, String trackCode, String regionCode) {

    public static AgencyQuery all() {
        return new AgencyQuery(null, null, null);
    }

    public Optional<String> textCriterion() {
        return nonBlank(text);
    }

    public Optional<String> trackCriterion() {
        return nonBlank(trackCode);
    }

    public Optional<String> regionCriterion() {
        return nonBlank(regionCode);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
