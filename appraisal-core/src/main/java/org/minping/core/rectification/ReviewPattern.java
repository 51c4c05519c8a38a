package org.minping.core.rectification;

import org.minping.core.shared.Localized;

/**
 * An agency whose appraisals of a cycle's period show a pattern of bad reviews: how many first
 * ratings, how many of them 不满意 or 非常不满意, how many bad-review follow-ups are past their
 * deadline unanswered, and the indicator rated bad most often (null when none was).
 */
public record ReviewPattern(String agencyCode, Localized agencyName, long appraisals, long badReviews,
                            long overdueFollowUps, String worstIndicatorCode) {
}
