package org.minping.core.scoring;

/**
 * How far a panel's raters agree on one indicator within one track: Kendall's W over their rankings
 * of the agencies (NaN when undefined), flagged below the cycle's threshold.
 */
public record Agreement(String track, String indicator, Source source, int raters, int agencies, double kendallW,
                        boolean low) {
}
