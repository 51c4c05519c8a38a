package org.minping.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin", " admin ", "ADMIN", "Admin", "admin\u200b", "\u200badmin", "ad\u200dmin", "admin\ufeff",
            "ａｄｍｉｎ", "ＡＤＭＩＮ", "ad\u00admin", "admin\u2060", "adm\u200ein", "admin\u3164", "admin\ufe0f"})
    void spellingsThatLookAlikeNameOneAccount(String typed) {
        assertEquals("admin", UserNames.canonical(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admín", "аdmin" /* Cyrillic a */, "admin2", "adm in"})
    void anotherLetterIsAnotherName(String typed) {
        assertNotEquals("admin", UserNames.canonical(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"１３８１２３４５６７８", "13812345678\u200b"})
    void fullWidthDigitsOfAMobileAreItsDigits(String typed) {
        assertEquals("13812345678", UserNames.canonical(typed));
    }

    @org.junit.jupiter.api.Test
    void nothingTypedIsTheEmptyName() {
        assertEquals("", UserNames.canonical(null));
        assertEquals("", UserNames.canonical("\u200b \u200b"));
    }
}
