package org.minping.core.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AgencyRepositoryTest {

    @Test
    void likeWildcardsInSearchTextMatchLiterally() {
        assertEquals("100!%", AgencyRepository.escapeLike("100%"));
        assertEquals("a!_b", AgencyRepository.escapeLike("a_b"));
        assertEquals("!!x", AgencyRepository.escapeLike("!x"));
        assertEquals("杭州市", AgencyRepository.escapeLike("杭州市"));
    }

    @Test
    void blankCriteriaMeanAny() {
        AgencyQuery query = new AgencyQuery("  ", "", null);
        assertEquals(true, query.textCriterion().isEmpty());
        assertEquals(true, query.trackCriterion().isEmpty());
        assertEquals("HZ", new AgencyQuery(" HZ ", null, null).textCriterion().orElseThrow());
    }
}
