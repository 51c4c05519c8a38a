package org.minping.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.minping.core.shared.Localized;

class RankedAgencyTest {

    private static RankedAgency withRespondents(Long respondents) {
        return new RankedAgency("HZ", new Localized("杭州市人民政府", "Hangzhou"), "LOCAL", new BigDecimal("81.25"), "良好",
                1, 1, 2, false, false, 80.0, 70.0, 90.0, 8.5, respondents, false);
    }

    @Test
    void theSatisfactionOfTooFewRatersIsHiddenAndTheScoreIsNot() {
        RankedAgency few = withRespondents(9L).suppressedBelow(10);
        assertTrue(few.satisfactionSuppressed());
        assertNull(few.publicMean());
        assertNull(few.publicLower());
        assertNull(few.publicUpper());
        assertNull(few.effectiveSample());
        assertNull(few.respondents());
        assertEquals(new BigDecimal("81.25"), few.score());
        assertEquals(1, few.rank());
    }

    @Test
    void enoughRatersOrNoPublicInputChangeNothing() {
        RankedAgency enough = withRespondents(10L);
        assertSame(enough, enough.suppressedBelow(10));
        RankedAgency none = withRespondents(null);
        assertSame(none, none.suppressedBelow(10));
        assertFalse(enough.suppressedBelow(10).satisfactionSuppressed());
    }

    @Test
    void anAgencyWithoutARankIsListedApartForTooLittleDataOrForNoneAtAll() {
        RankedAgency ranked = withRespondents(13L);
        assertTrue(ranked.isRanked());
        assertNull(ranked.notRankedReason());
        RankedAgency tooLittle = new RankedAgency("HZ", new Localized("杭州市人民政府", "Hangzhou"), "LOCAL",
                new BigDecimal("100.00"), null, 0, 0, 0, true, true, 100.0, 100.0, 100.0, 3.0, 3L, false);
        assertEquals(RankedAgency.NotRankedReason.INSUFFICIENT_DATA, tooLittle.notRankedReason());
        RankedAgency none = new RankedAgency("SZ", new Localized("深圳市人民政府", "Shenzhen"), "LOCAL",
                null, null, 0, 0, 0, true, false, null, null, null, null, null, false);
        assertEquals(RankedAgency.NotRankedReason.NO_DATA, none.notRankedReason());
    }
}
