package org.minping.core.appraisal;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a citizen submits, as received and not yet validated: any field may be missing or wrong,
 * and {@link AppraisalService} reports every problem at once. Levels are plain integers so that
 * an out-of-range value can be named rather than lost in parsing.
 *
 * @param ratings level per indicator code, for the public-appraisal indicators the citizen rated
 * @param complaint the citizen asks the agency to follow up, whatever the rating (a bad rating does so anyway)
 * @param caseCode the rating code of the service case, which its citizen got with it ({@link RatingCodes})
 * @param hallCode the code of the agency's service hall where the citizen was served, if given (field {@code hall})
 */
public record AppraisalSubmission(String agencyCode, String serviceCode, String caseNumber, Channel channel,
                                  Integer overall, Map<String, Integer> ratings, String comment,
                                  String respondentRegion, String respondentAgeBand, boolean complaint,
                                  String caseCode, String hallCode) {

    public AppraisalSubmission {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }

    /** A submission that names no service hall. */
    public AppraisalSubmission(String agencyCode, String serviceCode, String caseNumber, Channel channel, Integer overall,
                               Map<String, Integer> ratings, String comment, String respondentRegion, String respondentAgeBand,
                               boolean complaint, String caseCode) {
        this(agencyCode, serviceCode, caseNumber, channel, overall, ratings, comment, respondentRegion, respondentAgeBand,
                complaint, caseCode, null);
    }

    /** A submission without a case's rating code. */
    public AppraisalSubmission(String agencyCode, String serviceCode, String caseNumber, Channel channel, Integer overall,
                               Map<String, Integer> ratings, String comment, String respondentRegion, String respondentAgeBand,
                               boolean complaint) {
        this(agencyCode, serviceCode, caseNumber, channel, overall, ratings, comment, respondentRegion, respondentAgeBand,
                complaint, null);
    }

    /** A submission that is not flagged as a complaint. */
    public AppraisalSubmission(String agencyCode, String serviceCode, String caseNumber, Channel channel, Integer overall,
                               Map<String, Integer> ratings, String comment, String respondentRegion, String respondentAgeBand) {
        this(agencyCode, serviceCode, caseNumber, channel, overall, ratings, comment, respondentRegion, respondentAgeBand, false);
    }

    /**
     * SHA-256 of a canonical rendering of every field, so that a retried request with the same
     * content but another JSON layout or key order is recognised as the same request.
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        field(canonical, "agencyCode", agencyCode);
        field(canonical, "serviceCode", serviceCode);
        field(canonical, "caseNumber", caseNumber);
        field(canonical, "channel", channel == null ? null : channel.name());
        field(canonical, "overall", overall == null ? null : overall.toString());
        new TreeMap<>(ratings).forEach((code, level) ->
                field(canonical, "ratings." + code, level == null ? null : level.toString()));
        field(canonical, "comment", comment);
        field(canonical, "respondent.region", respondentRegion);
        field(canonical, "respondent.ageBand", respondentAgeBand);
        if (complaint) {
            // Only when set, so that the fingerprints of requests stored before the flag existed still match.
            field(canonical, "complaint", "true");
        }
        if (caseCode != null && !caseCode.isBlank()) {
            field(canonical, "caseCode", RatingCodes.canonical(caseCode));
        }
        if (hallCode != null && !hallCode.isBlank()) {
            // As the case code: only when given, so earlier requests' fingerprints still match.
            field(canonical, "hall", hallCode);
        }
        return org.minping.core.shared.Sha256.hex(canonical.toString());
    }

    // Length-prefixed so that no choice of values can make two different submissions collide.
    private static void field(StringBuilder canonical, String name, String value) {
        canonical.append(name).append('=');
        if (value == null) {
            canonical.append('-');
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append('\n');
    }
}
