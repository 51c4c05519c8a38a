package org.minping.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpertPseudonymsTest {

    @Test
    void theKeyedIdentityIsTheExpertInTheCycleApartFromOtherRaterIdentities() {
        assertEquals("expert:2026\u0000li.na", ExpertPseudonyms.identity("2026", "li.na"));
        assertNotEquals(ExpertPseudonyms.identity("2026", "li.na"), ExpertPseudonyms.identity("2027", "li.na"),
                "another cycle, another pseudonym: cycles cannot be linked");
        assertNotEquals(ExpertPseudonyms.identity("20", "26li.na"), ExpertPseudonyms.identity("2026", "li.na"));
        assertFalse(ExpertPseudonyms.identity("2026", "li.na").startsWith("account:"));
    }

    @Test
    void aPseudonymIsTwelveHexDigitsOfTheKeyedHash() {
        String pseudonym = ExpertPseudonyms.fromKey("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        assertEquals("E-0123456789ab", pseudonym);
        assertTrue(ExpertPseudonyms.isPseudonym(pseudonym));
    }

    @ParameterizedTest
    @ValueSource(strings = {"expert", "li.na", "E-0123456789a", "E-0123456789abc", "E-0123456789AB", "e-0123456789ab", ""})
    void accountNamesAreNotTakenForPseudonyms(String label) {
        assertFalse(ExpertPseudonyms.isPseudonym(label));
    }
}
