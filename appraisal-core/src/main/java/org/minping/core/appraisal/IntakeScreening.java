package org.minping.core.appraisal;

/**
 * The automatic moderation rules run on every submission inside the submitting transaction. The
 * moderation module implements it; the core only knows this contract, so it never depends on
 * moderation.
 */
public interface IntakeScreening {

    /**
     * @param agencyCode the rated agency
     * @param comment the citizen's comment, stripped, or null when there is none
     * @param raterKey the rater's keyed hash, or null when the rater is not known
     * @param networkKey the keyed hash of the network the submission came from, or null
     */
    ScreeningOutcome screen(String agencyCode, String comment, String raterKey, String networkKey);
}
