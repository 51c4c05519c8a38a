package org.minping.core.supervision;

import java.math.BigDecimal;
import org.minping.core.shared.Localized;

/**
 * An imported score of a cycle that a visit may check, named by {@link #key()}: cycle, source,
 * agency and indicator codes joined by "/".
 */
public record CheckableScore(String cycleCode, String source, String agencyCode, Localized agencyName, String indicatorCode,
                             Localized indicatorName, BigDecimal score) {

    public String key() {
        return cycleCode + "/" + source + "/" + agencyCode + "/" + indicatorCode;
    }
}
