package org.minping.core.account;

import java.util.Set;

/** What the login realm needs of an account: its stored hash and its roles. */
public record AccountCredentials(String username, String displayName, String passwordHash, Set<Role> roles) {

    public AccountCredentials {
        roles = Set.copyOf(roles);
    }
}
