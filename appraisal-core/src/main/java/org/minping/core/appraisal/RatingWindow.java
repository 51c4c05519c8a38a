package org.minping.core.appraisal;

import java.time.Duration;

/**
 * How long after a service case closed it can be rated (default 7 days). The portal produces it
 * from its configuration (minping.case.rating-window-days).
 */
public record RatingWindow(Duration duration) {
}
