package org.minping.moderation.bomb;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for one agency, whether the latest window of appraisals is a review bomb: many more
 * arrivals than the agency's trailing baseline rate, with a mean level well below its baseline
 * mean. Pure: the caller supplies "now" and the arrivals. {@link BurstSignature} then says which of
 * the window's appraisals the burst is made of.
 *
 * @param window length of the window examined, ending now
 * @param baseline length of the trailing period before the window that sets the normal rate and level
 * @param minimumCount fewest appraisals in the window that can make a bomb
 * @param rateRatio how many times the baseline rate the window's rate must reach
 * @param levelDrop how far below the baseline mean level the window's mean must be
 */
public record ReviewBombDetector(Duration window, Duration baseline, int minimumCount, double rateRatio,
                                 double levelDrop) {

    /** One hour against the previous 7 days: 30 or more arrivals at 5 × the usual rate, a full level lower. */
    public static ReviewBombDetector standard() {
        return new ReviewBombDetector(Duration.ofHours(1), Duration.ofDays(7), 30, 5, 1.0);
    }

    /** A suspicious window and the numbers that made it so. */
    public record Suspicion(LocalDateTime start, LocalDateTime end, int count, double windowMean, Double baselineMean,
                            double rateRatio) {
    }

    public Optional<Suspicion> examine(List<Arrival> arrivals, LocalDateTime now) {
        LocalDateTime windowStart = now.minus(window);
        LocalDateTime baselineStart = windowStart.minus(baseline);
        int inWindow = 0;
        int inBaseline = 0;
        double windowSum = 0;
        double baselineSum = 0;
        for (Arrival arrival : arrivals) {
            if (!arrival.at().isBefore(windowStart) && !arrival.at().isAfter(now)) {
                inWindow++;
                windowSum += arrival.level();
            } else if (!arrival.at().isBefore(baselineStart) && arrival.at().isBefore(windowStart)) {
                inBaseline++;
                baselineSum += arrival.level();
            }
        }
        if (inWindow < minimumCount) {
            return Optional.empty();
        }
        // An agency with no history gets a baseline of one appraisal per baseline period, so a
        // burst at a quiet agency still has a finite ratio.
        double baselineRate = Math.max(inBaseline, 1) / (double) baseline.toSeconds();
        double windowRate = inWindow / (double) window.toSeconds();
        double ratio = windowRate / baselineRate;
        double windowMean = windowSum / inWindow;
        Double baselineMean = inBaseline == 0 ? null : baselineSum / inBaseline;
        // Without history, "a level lower" is measured against the middle of the scale.
        double reference = baselineMean == null ? 3.0 : baselineMean;
        if (ratio >= rateRatio && windowMean <= reference - levelDrop) {
            return Optional.of(new Suspicion(windowStart, now, inWindow, windowMean, baselineMean, ratio));
        }
        return Optional.empty();
    }
}
