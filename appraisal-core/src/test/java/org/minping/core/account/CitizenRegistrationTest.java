package org.minping.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

class CitizenRegistrationTest {

    @Test
    void mobileNumbersAreStoredAsElevenDigits() {
        assertEquals("13812345678", CitizenRegistration.normalize(" +86 138-1234-5678 "));
        assertEquals("13812345678", CitizenRegistration.normalize("13812345678"));
        assertNull(CitizenRegistration.normalize("12812345678"), "no mainland mobile starts with 12");
        assertNull(CitizenRegistration.normalize("1381234567"), "ten digits");
    }

    @Test
    void emailAddressesAreStoredInLowerCase() {
        assertEquals("zhang.san@example.com", CitizenRegistration.normalize("Zhang.San@Example.COM"));
        assertNull(CitizenRegistration.normalize("zhang@localhost"));
        assertNull(CitizenRegistration.normalize("two@@example.com"));
        assertNull(CitizenRegistration.normalize(null));
    }

    @Test
    void shownNamesDoNotPublishTheContact() {
        assertEquals("138****5678", CitizenRegistration.masked("13812345678"));
        assertEquals("z***@example.com", CitizenRegistration.masked("zhang.san@example.com"));
    }

    @Test
    void everyWrongFieldIsNamed() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> new CitizenRegistration().checkedContact("nobody", "short", "名".repeat(101)));
        assertEquals(List.of("contact", "password", "displayName"), invalid.errors().stream().map(FieldError::field).toList());
    }
}
