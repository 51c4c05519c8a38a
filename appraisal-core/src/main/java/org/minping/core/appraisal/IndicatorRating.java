package org.minping.core.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The level a citizen gave one indicator within an appraisal. */
@Embeddable
public class IndicatorRating {

    @Column(name = "indicator_id", nullable = false)
    private long indicatorId;

    @Column(name = "level", nullable = false)
    private int level;

    protected IndicatorRating() {
    }

    IndicatorRating(long indicatorId, SatisfactionLevel level) {
        this.indicatorId = indicatorId;
        this.level = level.value();
    }

    public long indicatorId() {
        return indicatorId;
    }

    public int level() {
        return level;
    }
}
