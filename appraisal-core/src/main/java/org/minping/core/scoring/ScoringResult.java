package org.minping.core.scoring;

import java.util.List;
import java.util.Optional;

/** The outcome of one run: results per agency (by code), raking, panel agreement and both digests. */
public record ScoringResult(List<AgencyResult> agencies, RakingResult raking, List<Agreement> agreements,
                           String inputDigest, String outputDigest) {

    public ScoringResult {
        agencies = List.copyOf(agencies);
        agreements = List.copyOf(agreements);
    }

    public Optional<AgencyResult> agency(String code) {
        return agencies.stream().filter(a -> a.agency().equals(code)).findFirst();
    }
}
