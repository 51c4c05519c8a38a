package org.minping.core.account;

import java.io.Serializable;

/**
 * The registrant's handle on a registration waiting for its code: random, held by the browser's
 * session only, stored as a hash. It says nothing about the contact or whether it has an account.
 */
public record RegistrationToken(String value) implements Serializable {

    public RegistrationToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a registration token needs a value");
        }
    }
}
