package org.minping.core.report;

import java.util.List;
import java.util.Map;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.shared.Localized;

/**
 * What a published run says of a pilot track, for the departments that receive the whole track:
 * the ranking as the public may see it, and each agency's bad-review follow-up by agency code.
 */
public record TrackReport(FeedbackReport.CycleHeading cycle, String trackCode, Localized trackName,
                          List<RankedAgency> ranking, Map<String, FeedbackReport.FollowUpCounts> followUp) {
}
