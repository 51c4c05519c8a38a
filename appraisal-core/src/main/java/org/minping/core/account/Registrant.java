package org.minping.core.account;

/** What a citizen gave to register: the checked contact (the future user name), the argon2id hash of the password, an optional name to show. */
public record Registrant(String contact, String passwordHash, String displayName) {
}
