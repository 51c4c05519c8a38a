package org.minping.core.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minping.core.shared.InvalidInputException;

class WorkingDaysTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"1, 1", "10, 10", "' 15 ', 15", "120, 120", "０１０, 10", "１５, 15", "1５, 15"})
    void asciiAndFullWidthDigitsReadAsTheSameCount(String typed, int days) {
        assertEquals(days, WorkingDays.parse("workingDays", typed));
    }

    @ParameterizedTest(name = "\"{0}\" refused")
    @ValueSource(strings = {"", " ", "0", "０", "-3", "+3", "121", "1000000", "3.5", "1 0", "十", "١٠", "१०", "1e2", "0x10", "𝟏𝟎"})
    void anythingElseIsRefusedNamingTheFieldAndTheRange(String typed) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> WorkingDays.parse("workingDays", typed));
        assertEquals("workingDays", refused.errors().get(0).field());
        assertEquals("rectification.workingDays", refused.errors().get(0).code());
    }

    @org.junit.jupiter.api.Test
    void noCountIsRefusedToo() {
        assertThrows(InvalidInputException.class, () -> WorkingDays.parse("workingDays", null));
    }
}
